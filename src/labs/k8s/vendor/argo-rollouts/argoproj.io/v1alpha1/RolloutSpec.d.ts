import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunStrategy } from "./AnalysisRunStrategy.js";
import { IIoK8sApimachineryPkgApisMetaV1Time } from "@kubernetes-models/apimachinery/apis/meta/v1/Time";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RollbackWindowSpec } from "./RollbackWindowSpec.js";
import { IIoK8sApimachineryPkgApisMetaV1LabelSelector } from "@kubernetes-models/apimachinery/apis/meta/v1/LabelSelector";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStrategy } from "./RolloutStrategy.js";
import { IIoK8sApiCoreV1PodTemplateSpec } from "kubernetes-models/v1/PodTemplateSpec";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ObjectRef } from "./ObjectRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutSpec {
    "analysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunStrategy;
    "minReadySeconds"?: number;
    "paused"?: boolean;
    "progressDeadlineAbort"?: boolean;
    "progressDeadlineSeconds"?: number;
    "replicas"?: number;
    "restartAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
    "revisionHistoryLimit"?: number;
    "rollbackWindow"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RollbackWindowSpec;
    "selector"?: IIoK8sApimachineryPkgApisMetaV1LabelSelector;
    "strategy"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStrategy;
    "template"?: IIoK8sApiCoreV1PodTemplateSpec;
    "workloadRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ObjectRef;
}
export declare class RolloutSpec extends Model<IRolloutSpec> implements IRolloutSpec {
    "analysis"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunStrategy;
    "minReadySeconds"?: number;
    "paused"?: boolean;
    "progressDeadlineAbort"?: boolean;
    "progressDeadlineSeconds"?: number;
    "replicas"?: number;
    "restartAt"?: IIoK8sApimachineryPkgApisMetaV1Time;
    "revisionHistoryLimit"?: number;
    "rollbackWindow"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RollbackWindowSpec;
    "selector"?: IIoK8sApimachineryPkgApisMetaV1LabelSelector;
    "strategy"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutStrategy;
    "template"?: IIoK8sApiCoreV1PodTemplateSpec;
    "workloadRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ObjectRef;
    constructor(data?: ModelData<IRolloutSpec>);
}
export type { IRolloutSpec as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutSpec, RolloutSpec as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutSpec };
