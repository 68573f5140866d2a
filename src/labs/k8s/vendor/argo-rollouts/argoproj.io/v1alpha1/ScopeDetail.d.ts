import { ModelData, Model } from "@kubernetes-models/base";
export interface IScopeDetail {
    "end"?: string;
    "region": string;
    "scope": string;
    "start"?: string;
    "step": number;
}
export declare class ScopeDetail extends Model<IScopeDetail> implements IScopeDetail {
    "end"?: string;
    "region": string;
    "scope": string;
    "start"?: string;
    "step": number;
    constructor(data?: ModelData<IScopeDetail>);
}
export type { IScopeDetail as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ScopeDetail, ScopeDetail as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ScopeDetail };
