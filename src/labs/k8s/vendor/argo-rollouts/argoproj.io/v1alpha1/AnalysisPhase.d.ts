export type IAnalysisPhase = string;
export type AnalysisPhase = IAnalysisPhase;
export type { IAnalysisPhase as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisPhase, AnalysisPhase as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisPhase };
