import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis } from "./RolloutAnalysis.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStep } from "./RolloutExperimentStep.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutPause } from "./RolloutPause.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PluginStep } from "./PluginStep.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetCanaryScale } from "./SetCanaryScale.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetHeaderRoute } from "./SetHeaderRoute.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetMirrorRoute } from "./SetMirrorRoute.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ICanaryStep {
    "analysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis;
    "experiment"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStep;
    "pause"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutPause;
    "plugin"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PluginStep;
    "setCanaryScale"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetCanaryScale;
    "setHeaderRoute"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetHeaderRoute;
    "setMirrorRoute"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetMirrorRoute;
    "setWeight"?: number;
}
export declare class CanaryStep extends Model<ICanaryStep> implements ICanaryStep {
    "analysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis;
    "experiment"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStep;
    "pause"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutPause;
    "plugin"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PluginStep;
    "setCanaryScale"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetCanaryScale;
    "setHeaderRoute"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetHeaderRoute;
    "setMirrorRoute"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetMirrorRoute;
    "setWeight"?: number;
    constructor(data?: ModelData<ICanaryStep>);
}
export type { ICanaryStep as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStep, CanaryStep as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStep };
