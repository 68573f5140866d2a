import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ALBTrafficRouting } from "./ALBTrafficRouting.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AmbassadorTrafficRouting } from "./AmbassadorTrafficRouting.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixTrafficRouting } from "./ApisixTrafficRouting.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshTrafficRouting } from "./AppMeshTrafficRouting.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioTrafficRouting } from "./IstioTrafficRouting.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MangedRoutes } from "./MangedRoutes.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NginxTrafficRouting } from "./NginxTrafficRouting.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SMITrafficRouting } from "./SMITrafficRouting.js";
import { IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TraefikTrafficRouting } from "./TraefikTrafficRouting.js";
import { ModelData, Model } from "@kubernetes-models/base";
export interface IRolloutTrafficRouting {
    "alb"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ALBTrafficRouting;
    "ambassador"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AmbassadorTrafficRouting;
    "apisix"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixTrafficRouting;
    "appMesh"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshTrafficRouting;
    "istio"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioTrafficRouting;
    "managedRoutes"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MangedRoutes>;
    "maxTrafficWeight"?: number;
    "nginx"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NginxTrafficRouting;
    "plugins"?: {};
    "smi"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SMITrafficRouting;
    "traefik"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TraefikTrafficRouting;
}
export declare class RolloutTrafficRouting extends Model<IRolloutTrafficRouting> implements IRolloutTrafficRouting {
    "alb"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ALBTrafficRouting;
    "ambassador"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AmbassadorTrafficRouting;
    "apisix"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1ApisixTrafficRouting;
    "appMesh"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1AppMeshTrafficRouting;
    "istio"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1IstioTrafficRouting;
    "managedRoutes"?: Array<IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1MangedRoutes>;
    "maxTrafficWeight"?: number;
    "nginx"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1NginxTrafficRouting;
    "plugins"?: {};
    "smi"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1SMITrafficRouting;
    "traefik"?: IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1TraefikTrafficRouting;
    constructor(data?: ModelData<IRolloutTrafficRouting>);
}
export type { IRolloutTrafficRouting as IComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutTrafficRouting, RolloutTrafficRouting as ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutTrafficRouting };
