import { ModelData, Model } from "@kubernetes-models/base";
export interface IMeasurementRetention {
    "limit": number;
    "metricName": string;
}
export declare class MeasurementRetention extends Model<IMeasurementRetention> implements IMeasurementRetention {
    "limit": number;
    "metricName": string;
    constructor(data?: ModelData<IMeasurementRetention>);
}
export type { IMeasurementRetention as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MeasurementRetention, MeasurementRetention as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MeasurementRetention };
