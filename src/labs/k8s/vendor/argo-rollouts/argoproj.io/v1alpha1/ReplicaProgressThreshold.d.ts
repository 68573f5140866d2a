import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ProgressType } from "./ProgressType.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IReplicaProgressThreshold {
    "type": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ProgressType;
    "value": number;
}
export declare class ReplicaProgressThreshold extends Model<IReplicaProgressThreshold> implements IReplicaProgressThreshold {
    "type": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ProgressType;
    "value": number;
    constructor(data?: ModelData<IReplicaProgressThreshold>);
}
export type { IReplicaProgressThreshold as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaProgressThreshold, ReplicaProgressThreshold as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaProgressThreshold };
