import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef } from "./FieldRef.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretKeyRef } from "./SecretKeyRef.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IValueFrom {
    "fieldRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef;
    "secretKeyRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretKeyRef;
}
export declare class ValueFrom extends Model<IValueFrom> implements IValueFrom {
    "fieldRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef;
    "secretKeyRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SecretKeyRef;
    constructor(data?: ModelData<IValueFrom>);
}
export type { IValueFrom as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFrom, ValueFrom as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFrom };
