import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1OAuth2Config } from "./OAuth2Config.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Sigv4Config } from "./Sigv4Config.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IAuthentication {
    "oauth2"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1OAuth2Config;
    "sigv4"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Sigv4Config;
}
export declare class Authentication extends Model<IAuthentication> implements IAuthentication {
    "oauth2"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1OAuth2Config;
    "sigv4"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Sigv4Config;
    constructor(data?: ModelData<IAuthentication>);
}
export type { IAuthentication as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication, Authentication as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Authentication };
