import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisPhase } from "./AnalysisPhase.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutAnalysisRunStatus {
    "message"?: string;
    "name": string;
    "status": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisPhase;
}
export declare class RolloutAnalysisRunStatus extends Model<IRolloutAnalysisRunStatus> implements IRolloutAnalysisRunStatus {
    "message"?: string;
    "name": string;
    "status": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisPhase;
    constructor(data?: ModelData<IRolloutAnalysisRunStatus>);
}
export type { IRolloutAnalysisRunStatus as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus, RolloutAnalysisRunStatus as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus };
