import { ModelData, Model } from "@kubernetes-models/base";
export interface IAnalysisRunMetadata {
    "annotations"?: {
        [key: string]: string;
    };
    "labels"?: {
        [key: string]: string;
    };
}
export declare class AnalysisRunMetadata extends Model<IAnalysisRunMetadata> implements IAnalysisRunMetadata {
    "annotations"?: {
        [key: string]: string;
    };
    "labels"?: {
        [key: string]: string;
    };
    constructor(data?: ModelData<IAnalysisRunMetadata>);
}
export type { IAnalysisRunMetadata as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunMetadata, AnalysisRunMetadata as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunMetadata };
