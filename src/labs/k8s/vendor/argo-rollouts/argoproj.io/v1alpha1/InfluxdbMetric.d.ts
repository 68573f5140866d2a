import { ModelData, Model } from "@kubernetes-models/base";
export interface IInfluxdbMetric {
    "profile"?: string;
    "query"?: string;
}
export declare class InfluxdbMetric extends Model<IInfluxdbMetric> implements IInfluxdbMetric {
    "profile"?: string;
    "query"?: string;
    constructor(data?: ModelData<IInfluxdbMetric>);
}
export type { IInfluxdbMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1InfluxdbMetric, InfluxdbMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1InfluxdbMetric };
