import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef } from "./FieldRef.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFromPodTemplateHash } from "./ValueFromPodTemplateHash.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IArgumentValueFrom {
    "fieldRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef;
    "podTemplateHashValue"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFromPodTemplateHash;
}
export declare class ArgumentValueFrom extends Model<IArgumentValueFrom> implements IArgumentValueFrom {
    "fieldRef"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1FieldRef;
    "podTemplateHashValue"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFromPodTemplateHash;
    constructor(data?: ModelData<IArgumentValueFrom>);
}
export type { IArgumentValueFrom as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ArgumentValueFrom, ArgumentValueFrom as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ArgumentValueFrom };
