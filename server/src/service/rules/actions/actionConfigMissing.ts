import { insertProperty } from '../../edits';
import type { Fix } from '../../findings';
import { ACTION_CONFIG_MEMBERS } from '../../model/facts';
import { listOf } from '../../suggest';
import { isArray, isObject, property, propertyValue, type ObjectNode } from '../../syntax/tree';
import type { Rule } from '../rule';
import { actionTypeOf } from '../../semantics/actions';
import { ACTION_CONFIG_SOURCES, typeRange } from './actionHelpers';

export const actionConfigMissing: Rule = {
  id: 'action-config-missing',
  severity: 'error',
  summary: "An action has its type's configuration (a forward action names a target group).",
  constraint:
    'A forward action needs a target group, as TargetGroupArn or in ForwardConfig TargetGroups; a redirect action needs RedirectConfig, a fixed-response action FixedResponseConfig, and each authentication action its own config (AuthenticateOidcConfig, AuthenticateCognitoConfig or JwtValidationConfig).',
  sources: ACTION_CONFIG_SOURCES,
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const list of context.semantics.actionLists) {
      for (const action of list.actions) {
        const type = actionTypeOf(action);
        const members = type && ACTION_CONFIG_MEMBERS[type];
        if (!type || !members) continue;
        if (type === 'forward') {
          if (forwardsSomewhere(action)) continue;
          context.report(
            typeRange(action),
            property(action, 'ForwardConfig')
              ? 'This forward action names no target group: its `ForwardConfig` lists none. Add the target groups to `ForwardConfig.TargetGroups`, or set `TargetGroupArn`.'
              : 'This forward action names no target group. Add `TargetGroupArn` for a single target group, or `ForwardConfig` with `TargetGroups` to spread requests over several.',
          );
          continue;
        }
        if (members.some((m) => property(action, m))) continue;
        const name = members[0] ?? '';
        const fixes: Fix[] = [
          { title: `Add \`${name}\``, edits: [insertProperty(context.document, action, name, '{}')] },
        ];
        context.report(
          typeRange(action),
          `Every \`${type}\` action needs ${listOf(members)} to say what it does, and this one has none. Add \`${name}\`.`,
          fixes,
        );
      }
    }
  },
};

/** True when the forward action names a target group, or its config is not a list we can read. */
function forwardsSomewhere(action: ObjectNode): boolean {
  if (property(action, 'TargetGroupArn')) return true;
  const config = propertyValue(action, 'ForwardConfig');
  if (!config) return false;
  if (!isObject(config)) return true;
  const groups = propertyValue(config, 'TargetGroups');
  return groups !== undefined && (!isArray(groups) || groups.items.length > 0);
}
