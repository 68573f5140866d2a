import { ModelData, Model } from "@kubernetes-models/base";
export interface IPluginStep {
    "config"?: {};
    "name": string;
}
export declare class PluginStep extends Model<IPluginStep> implements IPluginStep {
    "config"?: {};
    "name": string;
    constructor(data?: ModelData<IPluginStep>);
}
export type { IPluginStep as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PluginStep, PluginStep as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PluginStep };
