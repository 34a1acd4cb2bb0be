// The rules of this group, in the order they run.
import type { Rule } from '../rule';
import { actionRequiresApplicationLoadBalancer } from './actionRequiresApplicationLoadBalancer';
import { arnResourceType } from './arnResourceType';
import { certificateIsDefaultOnInput } from './certificateIsDefaultOnInput';
import { certificateRequired } from './certificateRequired';
import { listenerMemberProtocol } from './listenerMemberProtocol';
import { listenerProtocolLoadBalancerType } from './listenerProtocolLoadBalancerType';
import { mutualAuthenticationTrustStore } from './mutualAuthenticationTrustStore';
import { redirectHttpsToHttp } from './redirectHttpsToHttp';
import { redirectKeywords } from './redirectKeywords';
import { redirectLoop } from './redirectLoop';
import { redirectPath } from './redirectPath';
import { redirectPort } from './redirectPort';
import { redirectQuery } from './redirectQuery';
import { unknownSslPolicy } from './unknownSslPolicy';

export const LISTENER_RULES: readonly Rule[] = [
  arnResourceType,
  listenerProtocolLoadBalancerType,
  listenerMemberProtocol,
  certificateRequired,
  certificateIsDefaultOnInput,
  unknownSslPolicy,
  mutualAuthenticationTrustStore,
  actionRequiresApplicationLoadBalancer,
  redirectHttpsToHttp,
  redirectPort,
  redirectPath,
  redirectQuery,
  redirectKeywords,
  redirectLoop,
];
