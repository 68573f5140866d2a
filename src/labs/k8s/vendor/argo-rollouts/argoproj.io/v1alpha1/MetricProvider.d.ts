import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetric } from "./CloudWatchMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DatadogMetric } from "./DatadogMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1GraphiteMetric } from "./GraphiteMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1InfluxdbMetric } from "./InfluxdbMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1JobMetric } from "./JobMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaMetric } from "./KayentaMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NewRelicMetric } from "./NewRelicMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusMetric } from "./PrometheusMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SkyWalkingMetric } from "./SkyWalkingMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WavefrontMetric } from "./WavefrontMetric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetric } from "./WebMetric.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IMetricProvider {
    "cloudWatch"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetric;
    "datadog"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DatadogMetric;
    "graphite"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1GraphiteMetric;
    "influxdb"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1InfluxdbMetric;
    "job"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1JobMetric;
    "kayenta"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaMetric;
    "newRelic"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NewRelicMetric;
    "plugin"?: {};
    "prometheus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusMetric;
    "skywalking"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SkyWalkingMetric;
    "wavefront"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WavefrontMetric;
    "web"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetric;
}
export declare class MetricProvider extends Model<IMetricProvider> implements IMetricProvider {
    "cloudWatch"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CloudWatchMetric;
    "datadog"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DatadogMetric;
    "graphite"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1GraphiteMetric;
    "influxdb"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1InfluxdbMetric;
    "job"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1JobMetric;
    "kayenta"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaMetric;
    "newRelic"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NewRelicMetric;
    "plugin"?: {};
    "prometheus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusMetric;
    "skywalking"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SkyWalkingMetric;
    "wavefront"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WavefrontMetric;
    "web"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetric;
    constructor(data?: ModelData<IMetricProvider>);
}
export type { IMetricProvider as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MetricProvider, MetricProvider as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MetricProvider };
