import { ModelData, Model } from "@kubernetes-models/base";
export interface ISetCanaryScale {
    "matchTrafficWeight"?: boolean;
    "replicas"?: number;
    "weight"?: number;
}
export declare class SetCanaryScale extends Model<ISetCanaryScale> implements ISetCanaryScale {
    "matchTrafficWeight"?: boolean;
    "replicas"?: number;
    "weight"?: number;
    constructor(data?: ModelData<ISetCanaryScale>);
}
export type { ISetCanaryScale as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetCanaryScale, SetCanaryScale as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SetCanaryScale };
