import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioDestinationRule } from "./IstioDestinationRule.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioVirtualService } from "./IstioVirtualService.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IIstioTrafficRouting {
    "destinationRule"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioDestinationRule;
    "virtualService"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioVirtualService;
    "virtualServices"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioVirtualService>;
}
export declare class IstioTrafficRouting extends Model<IIstioTrafficRouting> implements IIstioTrafficRouting {
    "destinationRule"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioDestinationRule;
    "virtualService"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioVirtualService;
    "virtualServices"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioVirtualService>;
    constructor(data?: ModelData<IIstioTrafficRouting>);
}
export type { IIstioTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioTrafficRouting, IstioTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioTrafficRouting };
