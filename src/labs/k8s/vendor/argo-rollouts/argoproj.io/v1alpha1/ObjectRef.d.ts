import { ModelData, Model } from "@kubernetes-models/base";
export interface IObjectRef {
    "apiVersion"?: string;
    "kind"?: string;
    "name"?: string;
    "scaleDown"?: string;
}
export declare class ObjectRef extends Model<IObjectRef> implements IObjectRef {
    "apiVersion"?: string;
    "kind"?: string;
    "name"?: string;
    "scaleDown"?: string;
    constructor(data?: ModelData<IObjectRef>);
}
export type { IObjectRef as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ObjectRef, ObjectRef as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ObjectRef };
