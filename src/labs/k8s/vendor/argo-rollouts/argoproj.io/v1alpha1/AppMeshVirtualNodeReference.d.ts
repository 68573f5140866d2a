import { ModelData, Model } from "@kubernetes-models/base";
export interface IAppMeshVirtualNodeReference {
    "name": string;
}
export declare class AppMeshVirtualNodeReference extends Model<IAppMeshVirtualNodeReference> implements IAppMeshVirtualNodeReference {
    "name": string;
    constructor(data?: ModelData<IAppMeshVirtualNodeReference>);
}
export type { IAppMeshVirtualNodeReference as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeReference, AppMeshVirtualNodeReference as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualNodeReference };
