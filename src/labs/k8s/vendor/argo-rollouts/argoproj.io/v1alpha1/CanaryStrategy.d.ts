import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisBackground } from "./RolloutAnalysisBackground.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AntiAffinity } from "./AntiAffinity.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata } from "./PodTemplateMetadata.js";
import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongSpec } from "./PingPongSpec.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaProgressThreshold } from "./ReplicaProgressThreshold.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStep } from "./CanaryStep.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutTrafficRouting } from "./RolloutTrafficRouting.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ICanaryStrategy {
    "abortScaleDownDelaySeconds"?: number;
    "analysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisBackground;
    "antiAffinity"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AntiAffinity;
    "canaryMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "canaryService"?: string;
    "dynamicStableScale"?: boolean;
    "maxSurge"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "maxUnavailable"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "minPodsPerReplicaSet"?: number;
    "pingPong"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongSpec;
    "replicaProgressThreshold"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaProgressThreshold;
    "scaleDownDelayRevisionLimit"?: number;
    "scaleDownDelaySeconds"?: number;
    "stableMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "stableService"?: string;
    "steps"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStep>;
    "trafficRouting"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutTrafficRouting;
}
export declare class CanaryStrategy extends Model<ICanaryStrategy> implements ICanaryStrategy {
    "abortScaleDownDelaySeconds"?: number;
    "analysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysisBackground;
    "antiAffinity"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AntiAffinity;
    "canaryMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "canaryService"?: string;
    "dynamicStableScale"?: boolean;
    "maxSurge"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "maxUnavailable"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "minPodsPerReplicaSet"?: number;
    "pingPong"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongSpec;
    "replicaProgressThreshold"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaProgressThreshold;
    "scaleDownDelayRevisionLimit"?: number;
    "scaleDownDelaySeconds"?: number;
    "stableMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "stableService"?: string;
    "steps"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStep>;
    "trafficRouting"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutTrafficRouting;
    constructor(data?: ModelData<ICanaryStrategy>);
}
export type { ICanaryStrategy as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStrategy, CanaryStrategy as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStrategy };
