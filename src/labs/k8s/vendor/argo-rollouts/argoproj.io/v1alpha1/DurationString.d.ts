export type IDurationString = string;
export type DurationString = IDurationString;
export type { IDurationString as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString, DurationString as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1DurationString };
