import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus } from "./RolloutAnalysisRunStatus.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongType } from "./PingPongType.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginStatus } from "./StepPluginStatus.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TrafficWeights } from "./TrafficWeights.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ICanaryStatus {
    "currentBackgroundAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "currentExperiment"?: string;
    "currentStepAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "stablePingPong"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongType;
    "stepPluginStatuses"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginStatus>;
    "weights"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TrafficWeights;
}
export declare class CanaryStatus extends Model<ICanaryStatus> implements ICanaryStatus {
    "currentBackgroundAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "currentExperiment"?: string;
    "currentStepAnalysisRunStatus"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisRunStatus;
    "stablePingPong"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongType;
    "stepPluginStatuses"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginStatus>;
    "weights"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TrafficWeights;
    constructor(data?: ModelData<ICanaryStatus>);
}
export type { ICanaryStatus as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStatus, CanaryStatus as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStatus };
