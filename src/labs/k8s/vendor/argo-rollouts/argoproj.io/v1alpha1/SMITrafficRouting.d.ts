import { ModelData, Model } from "@kubernetes-models/base";
export interface ISMITrafficRouting {
    "rootService"?: string;
    "trafficSplitName"?: string;
}
export declare class SMITrafficRouting extends Model<ISMITrafficRouting> implements ISMITrafficRouting {
    "rootService"?: string;
    "trafficSplitName"?: string;
    constructor(data?: ModelData<ISMITrafficRouting>);
}
export type { ISMITrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SMITrafficRouting, SMITrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SMITrafficRouting };
