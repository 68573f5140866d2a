import { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec } from "./AnalysisTemplateSpec.js";
import { ModelData, TypeMeta, Model } from "@kubernetes-models/base";
export interface IAnalysisTemplate extends TypeMeta {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "AnalysisTemplate";
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec;
}
export declare class AnalysisTemplate extends Model<IAnalysisTemplate> implements IAnalysisTemplate {
    "apiVersion": "argoproj.io/v1alpha1";
    "kind": "AnalysisTemplate";
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplateSpec;
    static apiVersion: IAnalysisTemplate["apiVersion"];
    static kind: IAnalysisTemplate["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<IAnalysisTemplate>;
    constructor(data?: ModelData<IAnalysisTemplate>);
}
export type { IAnalysisTemplate as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplate, AnalysisTemplate as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisTemplate };
