import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixRoute } from "./ApisixRoute.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IApisixTrafficRouting {
    "route"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixRoute;
}
export declare class ApisixTrafficRouting extends Model<IApisixTrafficRouting> implements IApisixTrafficRouting {
    "route"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixRoute;
    constructor(data?: ModelData<IApisixTrafficRouting>);
}
export type { IApisixTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixTrafficRouting, ApisixTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixTrafficRouting };
