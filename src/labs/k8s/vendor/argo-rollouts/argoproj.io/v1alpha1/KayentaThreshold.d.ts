import { ModelData, Model } from "@kubernetes-models/base";
export interface IKayentaThreshold {
    "marginal": number;
    "pass": number;
}
export declare class KayentaThreshold extends Model<IKayentaThreshold> implements IKayentaThreshold {
    "marginal": number;
    "pass": number;
    constructor(data?: ModelData<IKayentaThreshold>);
}
export type { IKayentaThreshold as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaThreshold, KayentaThreshold as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1KayentaThreshold };
