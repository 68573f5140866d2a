import { ModelData, Model } from "@kubernetes-models/base";
export interface IAnalysisRunStrategy {
    "successfulRunHistoryLimit"?: number;
    "unsuccessfulRunHistoryLimit"?: number;
}
export declare class AnalysisRunStrategy extends Model<IAnalysisRunStrategy> implements IAnalysisRunStrategy {
    "successfulRunHistoryLimit"?: number;
    "unsuccessfulRunHistoryLimit"?: number;
    constructor(data?: ModelData<IAnalysisRunStrategy>);
}
export type { IAnalysisRunStrategy as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunStrategy, AnalysisRunStrategy as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunStrategy };
