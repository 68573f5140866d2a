import { ModelData, Model } from "@kubernetes-models/base";
export interface IApisixRoute {
    "name": string;
    "rules"?: Array<string>;
}
export declare class ApisixRoute extends Model<IApisixRoute> implements IApisixRoute {
    "name": string;
    "rules"?: Array<string>;
    constructor(data?: ModelData<IApisixRoute>);
}
export type { IApisixRoute as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixRoute, ApisixRoute as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixRoute };
