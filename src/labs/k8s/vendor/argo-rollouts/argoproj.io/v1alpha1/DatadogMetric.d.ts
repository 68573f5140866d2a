import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString } from "./DurationString.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretRef } from "./SecretRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IDatadogMetric {
    "aggregator"?: "avg" | "min" | "max" | "sum" | "last" | "percentile" | "mean" | "l2norm" | "area";
    "apiVersion"?: "v1" | "v2";
    "formula"?: string;
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "queries"?: {
        [key: string]: string;
    };
    "query"?: string;
    "secretRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretRef;
}
export declare class DatadogMetric extends Model<IDatadogMetric> implements IDatadogMetric {
    "aggregator"?: "avg" | "min" | "max" | "sum" | "last" | "percentile" | "mean" | "l2norm" | "area";
    "apiVersion"?: "v1" | "v2";
    "formula"?: string;
    "interval"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "queries"?: {
        [key: string]: string;
    };
    "query"?: string;
    "secretRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretRef;
    constructor(data?: ModelData<IDatadogMetric>);
}
export type { IDatadogMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DatadogMetric, DatadogMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DatadogMetric };
