import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1HeaderRoutingMatch } from "./HeaderRoutingMatch.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ISetHeaderRoute {
    "match"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1HeaderRoutingMatch>;
    "name"?: string;
}
export declare class SetHeaderRoute extends Model<ISetHeaderRoute> implements ISetHeaderRoute {
    "match"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1HeaderRoutingMatch>;
    "name"?: string;
    constructor(data?: ModelData<ISetHeaderRoute>);
}
export type { ISetHeaderRoute as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetHeaderRoute, SetHeaderRoute as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetHeaderRoute };
