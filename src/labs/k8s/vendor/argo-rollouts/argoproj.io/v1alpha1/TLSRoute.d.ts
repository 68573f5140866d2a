import { ModelData, Model } from "@kubernetes-models/base";
export interface ITLSRoute {
    "port"?: number;
    "sniHosts"?: Array<string>;
}
export declare class TLSRoute extends Model<ITLSRoute> implements ITLSRoute {
    "port"?: number;
    "sniHosts"?: Array<string>;
    constructor(data?: ModelData<ITLSRoute>);
}
export type { ITLSRoute as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TLSRoute, TLSRoute as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TLSRoute };
