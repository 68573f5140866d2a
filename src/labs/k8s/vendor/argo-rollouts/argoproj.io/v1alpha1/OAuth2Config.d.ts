import { ModelData, Model } from "@kubernetes-models/base";
export interface IOAuth2Config {
    "clientId"?: string;
    "clientSecret"?: string;
    "scopes"?: Array<string>;
    "tokenUrl"?: string;
}
export declare class OAuth2Config extends Model<IOAuth2Config> implements IOAuth2Config {
    "clientId"?: string;
    "clientSecret"?: string;
    "scopes"?: Array<string>;
    "tokenUrl"?: string;
    constructor(data?: ModelData<IOAuth2Config>);
}
export type { IOAuth2Config as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1OAuth2Config, OAuth2Config as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1OAuth2Config };
