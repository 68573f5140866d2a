import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeGroup } from "./AppMeshVirtualNodeGroup.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualService } from "./AppMeshVirtualService.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IAppMeshTrafficRouting {
    "virtualNodeGroup"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeGroup;
    "virtualService"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualService;
}
export declare class AppMeshTrafficRouting extends Model<IAppMeshTrafficRouting> implements IAppMeshTrafficRouting {
    "virtualNodeGroup"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeGroup;
    "virtualService"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualService;
    constructor(data?: ModelData<IAppMeshTrafficRouting>);
}
export type { IAppMeshTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshTrafficRouting, AppMeshTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshTrafficRouting };
