import { removeProperty } from '../../edits';
import { ACTION_CONFIG_MEMBERS } from '../../model/facts';
import { listOf } from '../../suggest';
import type { Rule } from '../rule';
import { actionTypeOf } from '../../semantics/actions';
import { ACTION_CONFIG_SOURCES } from './actionHelpers';

/** Each configuration member and the action type it belongs to. */
const TYPE_OF_MEMBER = new Map(
  Object.entries(ACTION_CONFIG_MEMBERS).flatMap(([type, names]) =>
    names.map((name) => [name, type] as const),
  ),
);

export const actionConfigMismatch: Rule = {
  id: 'action-config-mismatch',
  severity: 'error',
  summary: "An action carries only its own type's configuration member.",
  constraint:
    'TargetGroupArn and ForwardConfig belong to forward actions, RedirectConfig to redirect, FixedResponseConfig to fixed-response, AuthenticateOidcConfig to authenticate-oidc, AuthenticateCognitoConfig to authenticate-cognito and JwtValidationConfig to jwt-validation; an action of another type must not carry them.',
  sources: ACTION_CONFIG_SOURCES,
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const list of context.semantics.actionLists) {
      for (const action of list.actions) {
        const type = actionTypeOf(action);
        if (!type) continue;
        const own = ACTION_CONFIG_MEMBERS[type] ?? [];
        for (const p of action.properties) {
          const owner = TYPE_OF_MEMBER.get(p.key.value);
          if (!owner || owner === type) continue;
          context.report(
            p.key,
            `\`${p.key.value}\` belongs to \`${owner}\` actions, but this action is \`${type}\`, which is configured with ${own.length > 0 ? listOf(own) : 'no configuration member'}. Remove \`${p.key.value}\`, or change the action's \`Type\` to \`${owner}\`.`,
            [{ title: `Remove \`${p.key.value}\``, edits: [removeProperty(context.document, p)] }],
          );
        }
      }
    }
  },
};
