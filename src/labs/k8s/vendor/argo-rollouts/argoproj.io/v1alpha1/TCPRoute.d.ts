import { ModelData, Model } from "@kubernetes-models/base";
export interface ITCPRoute {
    "port"?: number;
}
export declare class TCPRoute extends Model<ITCPRoute> implements ITCPRoute {
    "port"?: number;
    constructor(data?: ModelData<ITCPRoute>);
}
export type { ITCPRoute as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TCPRoute, TCPRoute as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TCPRoute };
