import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStepAnalysisTemplateRef } from "./RolloutExperimentStepAnalysisTemplateRef.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunMetadata } from "./AnalysisRunMetadata.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun } from "./DryRun.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString } from "./DurationString.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentTemplate } from "./RolloutExperimentTemplate.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutExperimentStep {
    "analyses"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStepAnalysisTemplateRef>;
    "analysisRunMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunMetadata;
    "dryRun"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun>;
    "duration"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "scaleDownDelaySeconds"?: number;
    "templates": Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentTemplate>;
}
export declare class RolloutExperimentStep extends Model<IRolloutExperimentStep> implements IRolloutExperimentStep {
    "analyses"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStepAnalysisTemplateRef>;
    "analysisRunMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunMetadata;
    "dryRun"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun>;
    "duration"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "scaleDownDelaySeconds"?: number;
    "templates": Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentTemplate>;
    constructor(data?: ModelData<IRolloutExperimentStep>);
}
export type { IRolloutExperimentStep as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStep, RolloutExperimentStep as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStep };
