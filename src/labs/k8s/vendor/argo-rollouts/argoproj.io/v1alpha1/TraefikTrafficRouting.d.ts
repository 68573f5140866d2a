import { ModelData, Model } from "@kubernetes-models/base";
export interface ITraefikTrafficRouting {
    "weightedTraefikServiceName": string;
}
export declare class TraefikTrafficRouting extends Model<ITraefikTrafficRouting> implements ITraefikTrafficRouting {
    "weightedTraefikServiceName": string;
    constructor(data?: ModelData<ITraefikTrafficRouting>);
}
export type { ITraefikTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TraefikTrafficRouting, TraefikTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TraefikTrafficRouting };
