import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Argument } from "./Argument.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun } from "./DryRun.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MeasurementRetention } from "./MeasurementRetention.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Metric } from "./Metric.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateRef } from "./AnalysisTemplateRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IAnalysisTemplateSpec {
    "args"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Argument>;
    "dryRun"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun>;
    "measurementRetention"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MeasurementRetention>;
    "metrics"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Metric>;
    "templates"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateRef>;
}
export declare class AnalysisTemplateSpec extends Model<IAnalysisTemplateSpec> implements IAnalysisTemplateSpec {
    "args"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Argument>;
    "dryRun"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun>;
    "measurementRetention"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MeasurementRetention>;
    "metrics"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Metric>;
    "templates"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateRef>;
    constructor(data?: ModelData<IAnalysisTemplateSpec>);
}
export type { IAnalysisTemplateSpec as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec, AnalysisTemplateSpec as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec };
