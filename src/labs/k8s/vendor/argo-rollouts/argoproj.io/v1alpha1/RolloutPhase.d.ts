export type IRolloutPhase = string;
export type RolloutPhase = IRolloutPhase;
export type { IRolloutPhase as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutPhase, RolloutPhase as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutPhase };
