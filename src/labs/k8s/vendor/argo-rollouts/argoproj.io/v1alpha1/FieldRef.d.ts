import { ModelData, Model } from "@kubernetes-models/base";
export interface IFieldRef {
    "fieldPath": string;
}
export declare class FieldRef extends Model<IFieldRef> implements IFieldRef {
    "fieldPath": string;
    constructor(data?: ModelData<IFieldRef>);
}
export type { IFieldRef as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef, FieldRef as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef };
