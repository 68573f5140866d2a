import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1BlueGreenStrategy } from "./BlueGreenStrategy.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStrategy } from "./CanaryStrategy.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutStrategy {
    "blueGreen"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1BlueGreenStrategy;
    "canary"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStrategy;
}
export declare class RolloutStrategy extends Model<IRolloutStrategy> implements IRolloutStrategy {
    "blueGreen"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1BlueGreenStrategy;
    "canary"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1CanaryStrategy;
    constructor(data?: ModelData<IRolloutStrategy>);
}
export type { IRolloutStrategy as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStrategy, RolloutStrategy as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStrategy };
