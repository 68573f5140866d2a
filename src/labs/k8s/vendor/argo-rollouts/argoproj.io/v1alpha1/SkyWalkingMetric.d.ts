import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString } from "./DurationString.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ISkyWalkingMetric {
    "address"?: string;
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "query"?: string;
}
export declare class SkyWalkingMetric extends Model<ISkyWalkingMetric> implements ISkyWalkingMetric {
    "address"?: string;
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "query"?: string;
    constructor(data?: ModelData<ISkyWalkingMetric>);
}
export type { ISkyWalkingMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SkyWalkingMetric, SkyWalkingMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SkyWalkingMetric };
