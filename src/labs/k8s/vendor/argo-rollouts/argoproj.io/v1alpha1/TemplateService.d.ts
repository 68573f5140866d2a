import { ModelData, Model } from "@kubernetes-models/base";
export interface ITemplateService {
    "name"?: string;
}
export declare class TemplateService extends Model<ITemplateService> implements ITemplateService {
    "name"?: string;
    constructor(data?: ModelData<ITemplateService>);
}
export type { ITemplateService as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TemplateService, TemplateService as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TemplateService };
