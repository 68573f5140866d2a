import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetricDimension } from "./CloudWatchMetricStatMetricDimension.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ICloudWatchMetricStatMetric {
    "dimensions"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetricDimension>;
    "metricName"?: string;
    "namespace"?: string;
}
export declare class CloudWatchMetricStatMetric extends Model<ICloudWatchMetricStatMetric> implements ICloudWatchMetricStatMetric {
    "dimensions"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetricDimension>;
    "metricName"?: string;
    "namespace"?: string;
    constructor(data?: ModelData<ICloudWatchMetricStatMetric>);
}
export type { ICloudWatchMetricStatMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetric, CloudWatchMetricStatMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetric };
