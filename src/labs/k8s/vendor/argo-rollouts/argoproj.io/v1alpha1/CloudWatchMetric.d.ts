import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString } from "./DurationString.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricDataQuery } from "./CloudWatchMetricDataQuery.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ICloudWatchMetric {
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "metricDataQueries": Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricDataQuery>;
}
export declare class CloudWatchMetric extends Model<ICloudWatchMetric> implements ICloudWatchMetric {
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "metricDataQueries": Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricDataQuery>;
    constructor(data?: ModelData<ICloudWatchMetric>);
}
export type { ICloudWatchMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetric, CloudWatchMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetric };
