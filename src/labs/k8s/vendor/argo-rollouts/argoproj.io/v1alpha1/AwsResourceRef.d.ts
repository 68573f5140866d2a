import { ModelData, Model } from "@kubernetes-models/base";
export interface IAwsResourceRef {
    "arn": string;
    "fullName"?: string;
    "name": string;
}
export declare class AwsResourceRef extends Model<IAwsResourceRef> implements IAwsResourceRef {
    "arn": string;
    "fullName"?: string;
    "name": string;
    constructor(data?: ModelData<IAwsResourceRef>);
}
export type { IAwsResourceRef as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef, AwsResourceRef as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AwsResourceRef };
