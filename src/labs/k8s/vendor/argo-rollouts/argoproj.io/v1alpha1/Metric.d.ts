import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString } from "./DurationString.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MetricProvider } from "./MetricProvider.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IMetric {
    "consecutiveErrorLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "consecutiveSuccessLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "count"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "failureCondition"?: string;
    "failureLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "inconclusiveLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "initialDelay"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "name": string;
    "provider": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MetricProvider;
    "successCondition"?: string;
}
export declare class Metric extends Model<IMetric> implements IMetric {
    "consecutiveErrorLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "consecutiveSuccessLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "count"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "failureCondition"?: string;
    "failureLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "inconclusiveLimit"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "initialDelay"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "name": string;
    "provider": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MetricProvider;
    "successCondition"?: string;
    constructor(data?: ModelData<IMetric>);
}
export type { IMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Metric, Metric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Metric };
