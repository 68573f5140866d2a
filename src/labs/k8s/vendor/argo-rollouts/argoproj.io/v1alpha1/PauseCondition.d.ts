import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PauseReason } from "./PauseReason.js";
import { IIoK8sApimachineryPkgApisMetaV1Time } from "@kubernetes-models/apimachinery/apis/meta/v1/Time";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IPauseCondition {
    "reason": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PauseReason;
    "startTime": IIoK8sApimachineryPkgApisMetaV1Time;
}
export declare class PauseCondition extends Model<IPauseCondition> implements IPauseCondition {
    "reason": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PauseReason;
    "startTime": IIoK8sApimachineryPkgApisMetaV1Time;
    constructor(data?: ModelData<IPauseCondition>);
}
export type { IPauseCondition as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PauseCondition, PauseCondition as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PauseCondition };
