import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString } from "./DurationString.js";
import { IIoK8sApimachineryPkgApisMetaV1Time } from "@kubernetes-models/apimachinery/apis/meta/v1/Time";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginOperation } from "./StepPluginOperation.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginPhase } from "./StepPluginPhase.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IStepPluginStatus {
    "backoff"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "disabled"?: boolean;
    "executions"?: number;
    "finishedAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
    "index": number;
    "message"?: string;
    "name": string;
    "operation": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginOperation;
    "phase"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginPhase;
    "startedAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
    "status"?: {};
    "updatedAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
}
export declare class StepPluginStatus extends Model<IStepPluginStatus> implements IStepPluginStatus {
    "backoff"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString;
    "disabled"?: boolean;
    "executions"?: number;
    "finishedAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
    "index": number;
    "message"?: string;
    "name": string;
    "operation": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginOperation;
    "phase"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginPhase;
    "startedAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
    "status"?: {};
    "updatedAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
    constructor(data?: ModelData<IStepPluginStatus>);
}
export type { IStepPluginStatus as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginStatus, StepPluginStatus as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StepPluginStatus };
