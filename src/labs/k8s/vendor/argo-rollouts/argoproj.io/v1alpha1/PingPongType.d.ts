export type IPingPongType = string;
export type PingPongType = IPingPongType;
export type { IPingPongType as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongType, PingPongType as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1PingPongType };
