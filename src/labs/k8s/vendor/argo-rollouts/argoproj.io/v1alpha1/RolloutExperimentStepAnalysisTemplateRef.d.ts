import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunArgument } from "./AnalysisRunArgument.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutExperimentStepAnalysisTemplateRef {
    "args"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunArgument>;
    "clusterScope"?: boolean;
    "name": string;
    "requiredForCompletion"?: boolean;
    "templateName": string;
}
export declare class RolloutExperimentStepAnalysisTemplateRef extends Model<IRolloutExperimentStepAnalysisTemplateRef> implements IRolloutExperimentStepAnalysisTemplateRef {
    "args"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunArgument>;
    "clusterScope"?: boolean;
    "name": string;
    "requiredForCompletion"?: boolean;
    "templateName": string;
    constructor(data?: ModelData<IRolloutExperimentStepAnalysisTemplateRef>);
}
export type { IRolloutExperimentStepAnalysisTemplateRef as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStepAnalysisTemplateRef, RolloutExperimentStepAnalysisTemplateRef as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentStepAnalysisTemplateRef };
