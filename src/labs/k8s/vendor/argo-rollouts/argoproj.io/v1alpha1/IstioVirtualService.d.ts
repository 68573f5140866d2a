import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TCPRoute } from "./TCPRoute.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TLSRoute } from "./TLSRoute.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IIstioVirtualService {
    "name": string;
    "routes"?: Array<string>;
    "tcpRoutes"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TCPRoute>;
    "tlsRoutes"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TLSRoute>;
}
export declare class IstioVirtualService extends Model<IIstioVirtualService> implements IIstioVirtualService {
    "name": string;
    "routes"?: Array<string>;
    "tcpRoutes"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TCPRoute>;
    "tlsRoutes"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TLSRoute>;
    constructor(data?: ModelData<IIstioVirtualService>);
}
export type { IIstioVirtualService as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioVirtualService, IstioVirtualService as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioVirtualService };
