import { ModelData, Model } from "@kubernetes-models/base";
export interface IStickinessConfig {
    "durationSeconds": number;
    "enabled": boolean;
}
export declare class StickinessConfig extends Model<IStickinessConfig> implements IStickinessConfig {
    "durationSeconds": number;
    "enabled": boolean;
    constructor(data?: ModelData<IStickinessConfig>);
}
export type { IStickinessConfig as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StickinessConfig, StickinessConfig as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StickinessConfig };
