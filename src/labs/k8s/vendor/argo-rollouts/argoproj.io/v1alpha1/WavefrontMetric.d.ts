import { ModelData, Model } from "@kubernetes-models/base";
export interface IWavefrontMetric {
    "address"?: string;
    "query"?: string;
}
export declare class WavefrontMetric extends Model<IWavefrontMetric> implements IWavefrontMetric {
    "address"?: string;
    "query"?: string;
    constructor(data?: ModelData<IWavefrontMetric>);
}
export type { IWavefrontMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WavefrontMetric, WavefrontMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WavefrontMetric };
