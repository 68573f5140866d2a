import { ModelData, Model } from "@kubernetes-models/base";
export interface ISecretRef {
    "name"?: string;
    "namespaced"?: boolean;
}
export declare class SecretRef extends Model<ISecretRef> implements ISecretRef {
    "name"?: string;
    "namespaced"?: boolean;
    constructor(data?: ModelData<ISecretRef>);
}
export type { ISecretRef as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretRef, SecretRef as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretRef };
