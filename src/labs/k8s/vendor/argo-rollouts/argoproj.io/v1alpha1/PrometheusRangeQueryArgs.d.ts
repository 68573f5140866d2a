import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString } from "./DurationString.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IPrometheusRangeQueryArgs {
    "end"?: string;
    "start"?: string;
    "step"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
}
export declare class PrometheusRangeQueryArgs extends Model<IPrometheusRangeQueryArgs> implements IPrometheusRangeQueryArgs {
    "end"?: string;
    "start"?: string;
    "step"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    constructor(data?: ModelData<IPrometheusRangeQueryArgs>);
}
export type { IPrometheusRangeQueryArgs as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusRangeQueryArgs, PrometheusRangeQueryArgs as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PrometheusRangeQueryArgs };
