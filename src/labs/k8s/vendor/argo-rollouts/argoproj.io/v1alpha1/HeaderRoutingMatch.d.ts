import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch } from "./StringMatch.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IHeaderRoutingMatch {
    "headerName": string;
    "headerValue": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
}
export declare class HeaderRoutingMatch extends Model<IHeaderRoutingMatch> implements IHeaderRoutingMatch {
    "headerName": string;
    "headerValue": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1StringMatch;
    constructor(data?: ModelData<IHeaderRoutingMatch>);
}
export type { IHeaderRoutingMatch as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1HeaderRoutingMatch, HeaderRoutingMatch as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1HeaderRoutingMatch };
