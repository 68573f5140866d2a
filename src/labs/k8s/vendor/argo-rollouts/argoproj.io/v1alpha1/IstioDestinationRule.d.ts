import { ModelData, Model } from "@kubernetes-models/base";
export interface IIstioDestinationRule {
    "additionalSubsetNames"?: Array<string>;
    "canarySubsetName": string;
    "name": string;
    "stableSubsetName": string;
}
export declare class IstioDestinationRule extends Model<IIstioDestinationRule> implements IIstioDestinationRule {
    "additionalSubsetNames"?: Array<string>;
    "canarySubsetName": string;
    "name": string;
    "stableSubsetName": string;
    constructor(data?: ModelData<IIstioDestinationRule>);
}
export type { IIstioDestinationRule as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioDestinationRule, IstioDestinationRule as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioDestinationRule };
