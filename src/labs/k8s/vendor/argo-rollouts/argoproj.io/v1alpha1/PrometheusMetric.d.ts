import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication } from "./Authentication.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader } from "./WebMetricHeader.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusRangeQueryArgs } from "./PrometheusRangeQueryArgs.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IPrometheusMetric {
    "address"?: string;
    "authentication"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication;
    "headers"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader>;
    "insecure"?: boolean;
    "query"?: string;
    "rangeQuery"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusRangeQueryArgs;
    "timeout"?: number;
}
export declare class PrometheusMetric extends Model<IPrometheusMetric> implements IPrometheusMetric {
    "address"?: string;
    "authentication"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication;
    "headers"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader>;
    "insecure"?: boolean;
    "query"?: string;
    "rangeQuery"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusRangeQueryArgs;
    "timeout"?: number;
    constructor(data?: ModelData<IPrometheusMetric>);
}
export type { IPrometheusMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusMetric, PrometheusMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusMetric };
