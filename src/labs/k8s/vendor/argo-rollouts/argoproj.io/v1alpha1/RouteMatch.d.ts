import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch } from "./StringMatch.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRouteMatch {
    "headers"?: {
        [key: string]: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
    };
    "method"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
    "path"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
}
export declare class RouteMatch extends Model<IRouteMatch> implements IRouteMatch {
    "headers"?: {
        [key: string]: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
    };
    "method"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
    "path"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
    constructor(data?: ModelData<IRouteMatch>);
}
export type { IRouteMatch as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RouteMatch, RouteMatch as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RouteMatch };
