// The rules of this group, in the order they run.
import type { Rule } from '../rule';
import { genevePort } from './genevePort';
import { healthCheckAlwaysEnabled } from './healthCheckAlwaysEnabled';
import { healthCheckPort } from './healthCheckPort';
import { healthCheckProtocol } from './healthCheckProtocol';
import { lambdaTargetGroup } from './lambdaTargetGroup';
import { matcherCodeKind } from './matcherCodeKind';
import { matcherHttpCode } from './matcherHttpCode';
import { needsHttpHealthCheck } from './needsHttpHealthCheck';
import { protocolVersionHttpOnly } from './protocolVersionHttpOnly';
import { quicTargetGroupIpv4 } from './quicTargetGroupIpv4';
import { requiredUnlessLambda } from './requiredUnlessLambda';

export const TARGET_GROUP_RULES: readonly Rule[] = [
  lambdaTargetGroup,
  requiredUnlessLambda,
  genevePort,
  protocolVersionHttpOnly,
  healthCheckProtocol,
  healthCheckPort,
  healthCheckAlwaysEnabled,
  needsHttpHealthCheck,
  matcherHttpCode,
  matcherCodeKind,
  quicTargetGroupIpv4,
];
