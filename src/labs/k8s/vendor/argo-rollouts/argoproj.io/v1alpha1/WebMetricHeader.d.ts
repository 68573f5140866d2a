import { ModelData, Model } from "@kubernetes-models/base";
export interface IWebMetricHeader {
    "key": string;
    "value": string;
}
export declare class WebMetricHeader extends Model<IWebMetricHeader> implements IWebMetricHeader {
    "key": string;
    "value": string;
    constructor(data?: ModelData<IWebMetricHeader>);
}
export type { IWebMetricHeader as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader, WebMetricHeader as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader };
