import { ModelData, Model } from "@kubernetes-models/base";
export interface IStringMatch {
    "exact"?: string;
    "prefix"?: string;
    "regex"?: string;
}
export declare class StringMatch extends Model<IStringMatch> implements IStringMatch {
    "exact"?: string;
    "prefix"?: string;
    "regex"?: string;
    constructor(data?: ModelData<IStringMatch>);
}
export type { IStringMatch as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch, StringMatch as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch };
