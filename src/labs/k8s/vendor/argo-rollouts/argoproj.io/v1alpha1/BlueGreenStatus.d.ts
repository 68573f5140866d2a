import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus } from "./RolloutAnalysisRunStatus.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IBlueGreenStatus {
    "activeSelector"?: string;
    "postPromotionAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "prePromotionAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "previewSelector"?: string;
    "scaleUpPreviewCheckPoint"?: boolean;
}
export declare class BlueGreenStatus extends Model<IBlueGreenStatus> implements IBlueGreenStatus {
    "activeSelector"?: string;
    "postPromotionAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "prePromotionAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "previewSelector"?: string;
    "scaleUpPreviewCheckPoint"?: boolean;
    constructor(data?: ModelData<IBlueGreenStatus>);
}
export type { IBlueGreenStatus as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1BlueGreenStatus, BlueGreenStatus as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1BlueGreenStatus };
