import { ModelData, Model } from "@kubernetes-models/base";
export interface ISigv4Config {
    "profile"?: string;
    "region"?: string;
    "roleArn"?: string;
}
export declare class Sigv4Config extends Model<ISigv4Config> implements ISigv4Config {
    "profile"?: string;
    "region"?: string;
    "roleArn"?: string;
    constructor(data?: ModelData<ISigv4Config>);
}
export type { ISigv4Config as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Sigv4Config, Sigv4Config as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Sigv4Config };
