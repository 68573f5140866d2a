import { ModelData, Model } from "@kubernetes-models/base";
export interface IWeightDestination {
    "podTemplateHash"?: string;
    "serviceName"?: string;
    "weight": number;
}
export declare class WeightDestination extends Model<IWeightDestination> implements IWeightDestination {
    "podTemplateHash"?: string;
    "serviceName"?: string;
    "weight": number;
    constructor(data?: ModelData<IWeightDestination>);
}
export type { IWeightDestination as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination, WeightDestination as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WeightDestination };
