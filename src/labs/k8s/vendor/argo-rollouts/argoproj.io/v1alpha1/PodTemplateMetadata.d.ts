import { ModelData, Model } from "@kubernetes-models/base";
export interface IPodTemplateMetadata {
    "annotations"?: {
        [key: string]: string;
    };
    "labels"?: {
        [key: string]: string;
    };
}
export declare class PodTemplateMetadata extends Model<IPodTemplateMetadata> implements IPodTemplateMetadata {
    "annotations"?: {
        [key: string]: string;
    };
    "labels"?: {
        [key: string]: string;
    };
    constructor(data?: ModelData<IPodTemplateMetadata>);
}
export type { IPodTemplateMetadata as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata, PodTemplateMetadata as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PodTemplateMetadata };
