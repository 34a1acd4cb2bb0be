import { AUTHENTICATION_ACTION_TYPES } from '../../model/facts';
import { listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';
import { actionTypeOf, typeRange } from './actionHelpers';

export const authenticationActionCount: Rule = {
  id: 'authentication-action-count',
  severity: 'error',
  summary:
    'A listener has at most one authentication action (authenticate-oidc, authenticate-cognito or jwt-validation).',
  constraint:
    'Besides its routing action, a listener may run one optional action that authenticates the user or validates a token: authenticate-oidc, authenticate-cognito or jwt-validation. Two of them in one listener are not allowed.',
  sources: [apiSource('Action', 'Type')],
  check(context) {
    for (const listener of context.listeners) {
      const auth = listener.actions.filter((a) =>
        AUTHENTICATION_ACTION_TYPES.includes(actionTypeOf(a) ?? ''),
      );
      const [first, ...extras] = auth;
      const firstType = first ? actionTypeOf(first) : undefined;
      for (const extra of extras) {
        context.report(
          typeRange(extra),
          `A listener takes at most one authentication action (${listOf(AUTHENTICATION_ACTION_TYPES)}), and this \`${actionTypeOf(extra) ?? ''}\` action comes after a \`${firstType ?? ''}\` one. Keep one of them and remove the other.`,
        );
      }
    }
  },
};
