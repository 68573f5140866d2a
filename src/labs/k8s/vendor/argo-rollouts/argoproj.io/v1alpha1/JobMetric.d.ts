import { IIoK8sApimachineryPkgApisMetaV1ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { IIoK8sApiBatchV1JobSpec } from "kubernetes-models/batch/v1/JobSpec";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IJobMetric {
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IIoK8sApiBatchV1JobSpec;
}
export declare class JobMetric extends Model<IJobMetric> implements IJobMetric {
    "metadata"?: IIoK8sApimachineryPkgApisMetaV1ObjectMeta;
    "spec": IIoK8sApiBatchV1JobSpec;
    constructor(data?: ModelData<IJobMetric>);
}
export type { IJobMetric as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1JobMetric, JobMetric as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1JobMetric };
