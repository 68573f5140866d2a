import { ModelData, Model } from "@kubernetes-models/base";
export interface IPingPongSpec {
    "pingService": string;
    "pongService": string;
}
export declare class PingPongSpec extends Model<IPingPongSpec> implements IPingPongSpec {
    "pingService": string;
    "pongService": string;
    constructor(data?: ModelData<IPingPongSpec>);
}
export type { IPingPongSpec as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongSpec, PingPongSpec as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongSpec };
