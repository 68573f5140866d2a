import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ScopeDetail } from "./ScopeDetail.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IKayentaScope {
    "controlScope": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ScopeDetail;
    "experimentScope": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ScopeDetail;
    "name": string;
}
export declare class KayentaScope extends Model<IKayentaScope> implements IKayentaScope {
    "controlScope": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ScopeDetail;
    "experimentScope": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ScopeDetail;
    "name": string;
    constructor(data?: ModelData<IKayentaScope>);
}
export type { IKayentaScope as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaScope, KayentaScope as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaScope };
