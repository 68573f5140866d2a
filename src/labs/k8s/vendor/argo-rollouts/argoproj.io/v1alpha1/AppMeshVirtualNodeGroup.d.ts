import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeReference } from "./AppMeshVirtualNodeReference.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IAppMeshVirtualNodeGroup {
    "canaryVirtualNodeRef": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeReference;
    "stableVirtualNodeRef": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeReference;
}
export declare class AppMeshVirtualNodeGroup extends Model<IAppMeshVirtualNodeGroup> implements IAppMeshVirtualNodeGroup {
    "canaryVirtualNodeRef": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeReference;
    "stableVirtualNodeRef": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeReference;
    constructor(data?: ModelData<IAppMeshVirtualNodeGroup>);
}
export type { IAppMeshVirtualNodeGroup as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeGroup, AppMeshVirtualNodeGroup as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeGroup };
