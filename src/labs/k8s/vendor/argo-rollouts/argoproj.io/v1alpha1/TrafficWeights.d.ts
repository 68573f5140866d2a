import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination } from "./WeightDestination.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface ITrafficWeights {
    "additional"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination>;
    "canary": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination;
    "stable": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination;
    "verified"?: boolean;
}
export declare class TrafficWeights extends Model<ITrafficWeights> implements ITrafficWeights {
    "additional"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination>;
    "canary": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination;
    "stable": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination;
    "verified"?: boolean;
    constructor(data?: ModelData<ITrafficWeights>);
}
export type { ITrafficWeights as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TrafficWeights, TrafficWeights as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TrafficWeights };
