import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ArgumentValueFrom } from "./ArgumentValueFrom.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IAnalysisRunArgument {
    "name": string;
    "value"?: string;
    "valueFrom"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ArgumentValueFrom;
}
export declare class AnalysisRunArgument extends Model<IAnalysisRunArgument> implements IAnalysisRunArgument {
    "name": string;
    "value"?: string;
    "valueFrom"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ArgumentValueFrom;
    constructor(data?: ModelData<IAnalysisRunArgument>);
}
export type { IAnalysisRunArgument as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunArgument, AnalysisRunArgument as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AnalysisRunArgument };
