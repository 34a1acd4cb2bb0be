import { AUTHENTICATION_ACTION_TYPES } from '../../model/facts';
import { listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';
import { ownerNoun } from '../../semantics/actionList';
import { actionTypeOf, authenticationActions } from '../../semantics/actions';
import { typeRange } from './actionHelpers';

export const authenticationActionCount: Rule = {
  id: 'authentication-action-count',
  severity: 'error',
  summary:
    'A listener or rule has at most one authentication action (authenticate-oidc, authenticate-cognito or jwt-validation).',
  constraint:
    'Besides its routing action, a listener (in its default actions) or a listener rule may run one optional action that authenticates the user or validates a token: authenticate-oidc, authenticate-cognito or jwt-validation. Two of them in one list of actions are not allowed.',
  sources: [apiSource('Action', 'Type')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const list of context.semantics.actionLists) {
      const [first, ...extras] = authenticationActions(list);
      const firstType = first ? actionTypeOf(first) : undefined;
      for (const extra of extras) {
        context.report(
          typeRange(extra),
          `A ${ownerNoun(list)} takes at most one authentication action (${listOf(AUTHENTICATION_ACTION_TYPES)}), and this \`${actionTypeOf(extra) ?? ''}\` action comes after a \`${firstType ?? ''}\` one. Keep one of them and remove the other.`,
        );
      }
    }
  },
};
