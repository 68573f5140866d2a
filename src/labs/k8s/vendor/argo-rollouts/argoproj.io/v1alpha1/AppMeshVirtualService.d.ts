import { ModelData, Model } from "@kubernetes-models/base";
export interface IAppMeshVirtualService {
    "name": string;
    "routes"?: Array<string>;
}
export declare class AppMeshVirtualService extends Model<IAppMeshVirtualService> implements IAppMeshVirtualService {
    "name": string;
    "routes"?: Array<string>;
    constructor(data?: ModelData<IAppMeshVirtualService>);
}
export type { IAppMeshVirtualService as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualService, AppMeshVirtualService as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshVirtualService };
