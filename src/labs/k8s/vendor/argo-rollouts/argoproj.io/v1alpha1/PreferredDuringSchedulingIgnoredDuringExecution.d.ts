import { ModelData, Model } from "@kubernetes-models/base";
export interface IPreferredDuringSchedulingIgnoredDuringExecution {
    "weight": number;
}
export declare class PreferredDuringSchedulingIgnoredDuringExecution extends Model<IPreferredDuringSchedulingIgnoredDuringExecution> implements IPreferredDuringSchedulingIgnoredDuringExecution {
    "weight": number;
    constructor(data?: ModelData<IPreferredDuringSchedulingIgnoredDuringExecution>);
}
export type { IPreferredDuringSchedulingIgnoredDuringExecution as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PreferredDuringSchedulingIgnoredDuringExecution, PreferredDuringSchedulingIgnoredDuringExecution as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PreferredDuringSchedulingIgnoredDuringExecution };
