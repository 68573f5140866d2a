import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStat } from "./CloudWatchMetricStat.js";
import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ICloudWatchMetricDataQuery {
    "expression"?: string;
    "id"?: string;
    "label"?: string;
    "metricStat"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStat;
    "period"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "returnData"?: boolean;
}
export declare class CloudWatchMetricDataQuery extends Model<ICloudWatchMetricDataQuery> implements ICloudWatchMetricDataQuery {
    "expression"?: string;
    "id"?: string;
    "label"?: string;
    "metricStat"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricStat;
    "period"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "returnData"?: boolean;
    constructor(data?: ModelData<ICloudWatchMetricDataQuery>);
}
export type { ICloudWatchMetricDataQuery as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricDataQuery, CloudWatchMetricDataQuery as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetricDataQuery };
