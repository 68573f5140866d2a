import { IIoK8sApimachineryPkgUtilIntstrIntOrString } from "@kubernetes-models/apimachinery/util/intstr/IntOrString";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutPause {
    "duration"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
}
export declare class RolloutPause extends Model<IRolloutPause> implements IRolloutPause {
    "duration"?: IIoK8sApimachineryPkgUtilIntstrIntOrString;
    constructor(data?: ModelData<IRolloutPause>);
}
export type { IRolloutPause as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutPause, RolloutPause as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutPause };
