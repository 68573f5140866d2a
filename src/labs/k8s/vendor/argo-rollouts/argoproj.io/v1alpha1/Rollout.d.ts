import { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutSpec } from "./RolloutSpec.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStatus } from "./RolloutStatus.js";
import { ModelData, TypeMeta, Model } from "@kubernetes-models/base";
export interface IRollout extends TypeMeta {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "Rollout";
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutSpec;
    "status"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStatus;
}
export declare class Rollout extends Model<IRollout> implements IRollout {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "Rollout";
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutSpec;
    "status"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStatus;
    static apiVersion: IRollout["apiVersion"];
    static kind: IRollout["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<IRollout>;
    constructor(data?: ModelData<IRollout>);
}
export type { IRollout as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Rollout, Rollout as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Rollout };
