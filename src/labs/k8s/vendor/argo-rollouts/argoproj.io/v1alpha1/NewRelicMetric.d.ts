import { ModelData, Model } from "@kubernetes-models/base";
export interface INewRelicMetric {
    "profile"?: string;
    "query": string;
    "timeout"?: number;
}
export declare class NewRelicMetric extends Model<INewRelicMetric> implements INewRelicMetric {
    "profile"?: string;
    "query": string;
    "timeout"?: number;
    constructor(data?: ModelData<INewRelicMetric>);
}
export type { INewRelicMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NewRelicMetric, NewRelicMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NewRelicMetric };
