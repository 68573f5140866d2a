import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata } from "./PodTemplateMetadata.js";
import { IIoK8sApimachineryPkgApisMetaV1LabelSelector } from "@kubernetes-models/apimachinery/apis/meta/v1/LabelSelector";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TemplateService } from "./TemplateService.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaSetSpecRef } from "./ReplicaSetSpecRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutExperimentTemplate {
    "metadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "name": string;
    "replicas"?: number;
    "selector"?: IIoK8sApimachineryPkgApisMetaV1LabelSelector;
    "service"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TemplateService;
    "specRef": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaSetSpecRef;
    "weight"?: number;
}
export declare class RolloutExperimentTemplate extends Model<IRolloutExperimentTemplate> implements IRolloutExperimentTemplate {
    "metadata"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata;
    "name": string;
    "replicas"?: number;
    "selector"?: IIoK8sApimachineryPkgApisMetaV1LabelSelector;
    "service"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TemplateService;
    "specRef": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ReplicaSetSpecRef;
    "weight"?: number;
    constructor(data?: ModelData<IRolloutExperimentTemplate>);
}
export type { IRolloutExperimentTemplate as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentTemplate, RolloutExperimentTemplate as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutExperimentTemplate };
