import { ModelData, Model } from "@kubernetes-models/base";
export interface INginxTrafficRouting {
    "additionalIngressAnnotations"?: {
        [key: string]: string;
    };
    "annotationPrefix"?: string;
    "canaryIngressAnnotations"?: {
        [key: string]: string;
    };
    "stableIngress"?: string;
    "stableIngresses"?: Array<string>;
}
export declare class NginxTrafficRouting extends Model<INginxTrafficRouting> implements INginxTrafficRouting {
    "additionalIngressAnnotations"?: {
        [key: string]: string;
    };
    "annotationPrefix"?: string;
    "canaryIngressAnnotations"?: {
        [key: string]: string;
    };
    "stableIngress"?: string;
    "stableIngresses"?: Array<string>;
    constructor(data?: ModelData<INginxTrafficRouting>);
}
export type { INginxTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NginxTrafficRouting, NginxTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NginxTrafficRouting };
