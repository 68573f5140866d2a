import { ModelData, Model } from "@kubernetes-models/base";
export interface IAmbassadorTrafficRouting {
    "mappings": Array<string>;
}
export declare class AmbassadorTrafficRouting extends Model<IAmbassadorTrafficRouting> implements IAmbassadorTrafficRouting {
    "mappings": Array<string>;
    constructor(data?: ModelData<IAmbassadorTrafficRouting>);
}
export type { IAmbassadorTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AmbassadorTrafficRouting, AmbassadorTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AmbassadorTrafficRouting };
