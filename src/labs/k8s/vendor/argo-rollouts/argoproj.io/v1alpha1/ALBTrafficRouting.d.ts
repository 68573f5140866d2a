import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StickinessConfig } from "./StickinessConfig.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IALBTrafficRouting {
    "annotationPrefix"?: string;
    "ingress"?: string;
    "ingresses"?: Array<string>;
    "rootService"?: string;
    "servicePort": number;
    "stickinessConfig"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StickinessConfig;
}
export declare class ALBTrafficRouting extends Model<IALBTrafficRouting> implements IALBTrafficRouting {
    "annotationPrefix"?: string;
    "ingress"?: string;
    "ingresses"?: Array<string>;
    "rootService"?: string;
    "servicePort": number;
    "stickinessConfig"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StickinessConfig;
    constructor(data?: ModelData<IALBTrafficRouting>);
}
export type { IALBTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ALBTrafficRouting, ALBTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ALBTrafficRouting };
