import { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec } from "./AnalysisTemplateSpec.js";
import { ModelData, TypeMeta, Model } from "@kubernetes-models/base";
export interface IClusterAnalysisTemplate extends TypeMeta {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "ClusterAnalysisTemplate";
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec;
}
export declare class ClusterAnalysisTemplate extends Model<IClusterAnalysisTemplate> implements IClusterAnalysisTemplate {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "ClusterAnalysisTemplate";
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec;
    static apiVersion: IClusterAnalysisTemplate["apiVersion"];
    static kind: IClusterAnalysisTemplate["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<IClusterAnalysisTemplate>;
    constructor(data?: ModelData<IClusterAnalysisTemplate>);
}
export type { IClusterAnalysisTemplate as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ClusterAnalysisTemplate, ClusterAnalysisTemplate as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ClusterAnalysisTemplate };
