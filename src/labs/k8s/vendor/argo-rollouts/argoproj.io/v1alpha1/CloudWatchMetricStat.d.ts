import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetric } from "./CloudWatchMetricStatMetric.js";
import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ICloudWatchMetricStat {
    "metric"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetric;
    "period"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "stat"?: string;
    "unit"?: string;
}
export declare class CloudWatchMetricStat extends Model<ICloudWatchMetricStat> implements ICloudWatchMetricStat {
    "metric"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStatMetric;
    "period"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "stat"?: string;
    "unit"?: string;
    constructor(data?: ModelData<ICloudWatchMetricStat>);
}
export type { ICloudWatchMetricStat as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStat, CloudWatchMetricStat as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStat };
