import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaScope } from "./KayentaScope.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaThreshold } from "./KayentaThreshold.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IKayentaMetric {
    "address": string;
    "application": string;
    "canaryConfigName": string;
    "configurationAccountName": string;
    "lookback"?: boolean;
    "metricsAccountName": string;
    "scopes": Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaScope>;
    "storageAccountName": string;
    "threshold": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaThreshold;
}
export declare class KayentaMetric extends Model<IKayentaMetric> implements IKayentaMetric {
    "address": string;
    "application": string;
    "canaryConfigName": string;
    "configurationAccountName": string;
    "lookback"?: boolean;
    "metricsAccountName": string;
    "scopes": Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaScope>;
    "storageAccountName": string;
    "threshold": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaThreshold;
    constructor(data?: ModelData<IKayentaMetric>);
}
export type { IKayentaMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaMetric, KayentaMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaMetric };
