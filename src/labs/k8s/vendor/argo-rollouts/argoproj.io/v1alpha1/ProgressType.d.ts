export type IProgressType = string;
export type ProgressType = IProgressType;
export type { IProgressType as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ProgressType, ProgressType as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ProgressType };
