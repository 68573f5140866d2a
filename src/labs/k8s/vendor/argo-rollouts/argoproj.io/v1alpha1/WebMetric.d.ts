import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication } from "./Authentication.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader } from "./WebMetricHeader.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricMethod } from "./WebMetricMethod.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IWebMetric {
    "authentication"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication;
    "body"?: string;
    "headers"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader>;
    "insecure"?: boolean;
    "jsonBody"?: {};
    "jsonPath"?: string;
    "method"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricMethod;
    "timeoutSeconds"?: number;
    "url": string;
}
export declare class WebMetric extends Model<IWebMetric> implements IWebMetric {
    "authentication"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication;
    "body"?: string;
    "headers"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricHeader>;
    "insecure"?: boolean;
    "jsonBody"?: {};
    "jsonPath"?: string;
    "method"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetricMethod;
    "timeoutSeconds"?: number;
    "url": string;
    constructor(data?: ModelData<IWebMetric>);
}
export type { IWebMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetric, WebMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1WebMetric };
