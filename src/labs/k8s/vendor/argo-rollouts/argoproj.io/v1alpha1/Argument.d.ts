import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFrom } from "./ValueFrom.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IArgument {
    "name": string;
    "value"?: string;
    "valueFrom"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFrom;
}
export declare class Argument extends Model<IArgument> implements IArgument {
    "name": string;
    "value"?: string;
    "valueFrom"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ValueFrom;
    constructor(data?: ModelData<IArgument>);
}
export type { IArgument as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Argument, Argument as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1Argument };
