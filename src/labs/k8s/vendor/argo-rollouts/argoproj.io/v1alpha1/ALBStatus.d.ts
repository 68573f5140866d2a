import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef } from "./AwsResourceRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IALBStatus {
    "canaryTargetGroup"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef;
    "ingress"?: string;
    "loadBalancer"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef;
    "stableTargetGroup"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef;
}
export declare class ALBStatus extends Model<IALBStatus> implements IALBStatus {
    "canaryTargetGroup"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef;
    "ingress"?: string;
    "loadBalancer"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef;
    "stableTargetGroup"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef;
    constructor(data?: ModelData<IALBStatus>);
}
export type { IALBStatus as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ALBStatus, ALBStatus as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ALBStatus };
