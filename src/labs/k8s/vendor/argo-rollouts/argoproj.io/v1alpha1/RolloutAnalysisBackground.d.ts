import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis } from "./RolloutAnalysis.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunMetadata } from "./AnalysisRunMetadata.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunArgument } from "./AnalysisRunArgument.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun } from "./DryRun.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MeasurementRetention } from "./MeasurementRetention.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateRef } from "./AnalysisTemplateRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutAnalysisBackground extends IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis {
    "startingStep"?: number;
}
export declare class RolloutAnalysisBackground extends Model<IRolloutAnalysisBackground> implements IRolloutAnalysisBackground {
    "analysisRunMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunMetadata;
    "args"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunArgument>;
    "dryRun"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun>;
    "measurementRetention"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MeasurementRetention>;
    "templates"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateRef>;
    "startingStep"?: number;
    constructor(data?: ModelData<IRolloutAnalysisBackground>);
}
export type { IRolloutAnalysisBackground as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisBackground, RolloutAnalysisBackground as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisBackground };
