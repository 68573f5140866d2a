import { ModelData, Model } from "@kubernetes-models/base";
export interface IAnalysisTemplateRef {
    "clusterScope"?: boolean;
    "templateName"?: string;
}
export declare class AnalysisTemplateRef extends Model<IAnalysisTemplateRef> implements IAnalysisTemplateRef {
    "clusterScope"?: boolean;
    "templateName"?: string;
    constructor(data?: ModelData<IAnalysisTemplateRef>);
}
export type { IAnalysisTemplateRef as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateRef, AnalysisTemplateRef as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateRef };
