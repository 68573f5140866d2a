import { ModelData, Model } from "@kubernetes-models/base";
export interface ICloudWatchMetricStatMetricDimension {
    "name"?: string;
    "value"?: string;
}
export declare class CloudWatchMetricStatMetricDimension extends Model<ICloudWatchMetricStatMetricDimension> implements ICloudWatchMetricStatMetricDimension {
    "name"?: string;
    "value"?: string;
    constructor(data?: ModelData<ICloudWatchMetricStatMetricDimension>);
}
export type { ICloudWatchMetricStatMetricDimension as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetricDimension, CloudWatchMetricStatMetricDimension as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetricDimension };
