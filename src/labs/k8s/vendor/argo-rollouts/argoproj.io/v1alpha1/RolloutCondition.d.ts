import { IIoK8sApimachineryPkgApisMetaV1Time } from "@kubernetes-models/apimachinery/apis/meta/v1/Time";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutConditionType } from "./RolloutConditionType.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutCondition {
    "lastTransitionTime": IIoK8sApimachineryPkgApisMetaV1Time;
    "lastUpdateTime": IIoK8sApimachineryPkgApisMetaV1Time;
    "message": string;
    "reason": string;
    "status": string;
    "type": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutConditionType;
}
export declare class RolloutCondition extends Model<IRolloutCondition> implements IRolloutCondition {
    "lastTransitionTime": IIoK8sApimachineryPkgApisMetaV1Time;
    "lastUpdateTime": IIoK8sApimachineryPkgApisMetaV1Time;
    "message": string;
    "reason": string;
    "status": string;
    "type": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutConditionType;
    constructor(data?: ModelData<IRolloutCondition>);
}
export type { IRolloutCondition as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutCondition, RolloutCondition as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutCondition };
