import { ModelData, Model } from "@kubernetes-models/base";
export interface IRollbackWindowSpec {
    "revisions"?: number;
}
export declare class RollbackWindowSpec extends Model<IRollbackWindowSpec> implements IRollbackWindowSpec {
    "revisions"?: number;
    constructor(data?: ModelData<IRollbackWindowSpec>);
}
export type { IRollbackWindowSpec as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RollbackWindowSpec, RollbackWindowSpec as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RollbackWindowSpec };
