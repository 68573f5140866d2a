import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RouteMatch } from "./RouteMatch.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ISetMirrorRoute {
    "match"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RouteMatch>;
    "name": string;
    "percentage"?: number;
}
export declare class SetMirrorRoute extends Model<ISetMirrorRoute> implements ISetMirrorRoute {
    "match"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RouteMatch>;
    "name": string;
    "percentage"?: number;
    constructor(data?: ModelData<ISetMirrorRoute>);
}
export type { ISetMirrorRoute as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetMirrorRoute, SetMirrorRoute as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetMirrorRoute };
