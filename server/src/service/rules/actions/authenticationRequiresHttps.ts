import { AUTHENTICATION_ACTION_TYPES } from '../../model/facts';
import { apiSource, type Rule } from '../rule';
import { actionTypeOf, LISTENER_PROTOCOL_VALUES, typeRange } from './actionHelpers';

export const authenticationRequiresHttps: Rule = {
  id: 'authentication-requires-https',
  severity: 'error',
  summary: 'Authentication actions run only on HTTPS listeners.',
  constraint:
    'The authenticate-oidc, authenticate-cognito and jwt-validation actions need the TLS connection of an HTTPS listener; a listener with any other protocol cannot run them.',
  sources: [
    apiSource('Action', 'Type'),
    apiSource('Action', 'AuthenticateOidcConfig'),
    apiSource('Action', 'AuthenticateCognitoConfig'),
    apiSource('Action', 'JwtValidationConfig'),
  ],
  check(context) {
    for (const listener of context.listeners) {
      const protocol = listener.protocol;
      // Only when the protocol is stated and valid: a ModifyListener request may leave it out.
      if (!protocol || protocol === 'HTTPS' || !LISTENER_PROTOCOL_VALUES.includes(protocol)) continue;
      // On a Network or Gateway Load Balancer the action is wrong whatever the protocol:
      // action-requires-application-load-balancer reports that instead.
      if (listener.loadBalancerType && listener.loadBalancerType !== 'application') continue;
      for (const action of listener.actions) {
        const type = actionTypeOf(action);
        if (!type || !AUTHENTICATION_ACTION_TYPES.includes(type)) continue;
        context.report(
          typeRange(action),
          `The \`${type}\` action runs only on an HTTPS listener, but this listener's protocol is \`${protocol}\`. Use \`Protocol: HTTPS\` (with a certificate), or remove this action.`,
        );
      }
    }
  },
};
