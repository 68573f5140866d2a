import { ModelData, Model } from "@kubernetes-models/base";
export interface IMangedRoutes {
    "name": string;
}
export declare class MangedRoutes extends Model<IMangedRoutes> implements IMangedRoutes {
    "name": string;
    constructor(data?: ModelData<IMangedRoutes>);
}
export type { IMangedRoutes as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MangedRoutes, MangedRoutes as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MangedRoutes };
