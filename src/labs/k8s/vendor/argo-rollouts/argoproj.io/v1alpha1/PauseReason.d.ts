export type IPauseReason = string;
export type PauseReason = IPauseReason;
export type { IPauseReason as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PauseReason, PauseReason as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PauseReason };
