import { ModelData, Model } from "@kubernetes-models/base";
export interface IGraphiteMetric {
    "address"?: string;
    "query"?: string;
}
export declare class GraphiteMetric extends Model<IGraphiteMetric> implements IGraphiteMetric {
    "address"?: string;
    "query"?: string;
    constructor(data?: ModelData<IGraphiteMetric>);
}
export type { IGraphiteMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1GraphiteMetric, GraphiteMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1GraphiteMetric };
