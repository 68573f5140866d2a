import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata } from "./PodTemplateMetadata.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AntiAffinity } from "./AntiAffinity.js";
import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis } from "./RolloutAnalysis.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IBlueGreenStrategy {
    "abortScaleDownDelaySeconds"?: number;
    "activeMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "activeService": string;
    "antiAffinity"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AntiAffinity;
    "autoPromotionEnabled"?: boolean;
    "autoPromotionSeconds"?: number;
    "maxUnavailable"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "postPromotionAnalysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis;
    "prePromotionAnalysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis;
    "previewMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "previewReplicaCount"?: number;
    "previewService"?: string;
    "scaleDownDelayRevisionLimit"?: number;
    "scaleDownDelaySeconds"?: number;
}
export declare class BlueGreenStrategy extends Model<IBlueGreenStrategy> implements IBlueGreenStrategy {
    "abortScaleDownDelaySeconds"?: number;
    "activeMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "activeService": string;
    "antiAffinity"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AntiAffinity;
    "autoPromotionEnabled"?: boolean;
    "autoPromotionSeconds"?: number;
    "maxUnavailable"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    "postPromotionAnalysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis;
    "prePromotionAnalysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutAnalysis;
    "previewMetadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "previewReplicaCount"?: number;
    "previewService"?: string;
    "scaleDownDelayRevisionLimit"?: number;
    "scaleDownDelaySeconds"?: number;
    constructor(data?: ModelData<IBlueGreenStrategy>);
}
export type { IBlueGreenStrategy as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1BlueGreenStrategy, BlueGreenStrategy as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1BlueGreenStrategy };
