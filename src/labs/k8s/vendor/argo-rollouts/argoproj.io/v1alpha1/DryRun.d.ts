import { ModelData, Model } from "@kubernetes-models/base";
export interface IDryRun {
    "metricName": string;
}
export declare class DryRun extends Model<IDryRun> implements IDryRun {
    "metricName": string;
    constructor(data?: ModelData<IDryRun>);
}
export type { IDryRun as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun, DryRun as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DryRun };
