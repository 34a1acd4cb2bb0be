// The rules of this group, in the order they run.
import type { Rule } from '../rule';
import { actionConfigMismatch } from './actionConfigMismatch';
import { actionConfigMissing } from './actionConfigMissing';
import { actionOrderRequired } from './actionOrderRequired';
import { authenticationActionCount } from './authenticationActionCount';
import { authenticationRequiresHttps } from './authenticationRequiresHttps';
import { forwardTargetGroupConflict } from './forwardTargetGroupConflict';
import { forwardTargetGroupCount } from './forwardTargetGroupCount';
import { forwardTargetGroupFits } from './forwardTargetGroupFits';
import { httpsUrlRequired } from './httpsUrlRequired';
import { jwtReservedClaim } from './jwtReservedClaim';
import { jwtSpaceSeparatedValues } from './jwtSpaceSeparatedValues';
import { oidcClientSecret } from './oidcClientSecret';
import { routingActionCount } from './routingActionCount';
import { routingActionLast } from './routingActionLast';
import { stickinessDurationRequired } from './stickinessDurationRequired';

export const ACTION_RULES: readonly Rule[] = [
  routingActionCount,
  routingActionLast,
  authenticationActionCount,
  authenticationRequiresHttps,
  actionOrderRequired,
  actionConfigMismatch,
  actionConfigMissing,
  forwardTargetGroupConflict,
  forwardTargetGroupCount,
  forwardTargetGroupFits,
  stickinessDurationRequired,
  httpsUrlRequired,
  oidcClientSecret,
  jwtReservedClaim,
  jwtSpaceSeparatedValues,
];
