import { removeProperty, replaceNode } from '../../edits';
import { isArray, isObject, property, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const forwardTargetGroupConflict: Rule = {
  id: 'forward-target-group-conflict',
  severity: 'error',
  summary:
    'A forward action with both TargetGroupArn and ForwardConfig names the same single target group in both.',
  constraint:
    'TargetGroupArn and ForwardConfig may appear together only if ForwardConfig lists one target group and that group is the one TargetGroupArn names; to spread requests over several target groups, use ForwardConfig alone.',
  sources: [apiSource('Action', 'ForwardConfig'), apiSource('Action', 'TargetGroupArn')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const list of context.semantics.actionLists) {
      for (const action of list.actions) {
        const arnProperty = property(action, 'TargetGroupArn');
        const arn = arnProperty?.value;
        const config = propertyValue(action, 'ForwardConfig');
        if (!arnProperty || arn?.type !== 'scalar' || typeof arn.value !== 'string' || !isObject(config))
          continue;
        const groups = propertyValue(config, 'TargetGroups');
        if (!isArray(groups) || groups.items.length === 0) continue;
        const removeArn = {
          title: 'Remove `TargetGroupArn` (keep `ForwardConfig`)',
          edits: [removeProperty(context.document, arnProperty)],
        };
        if (groups.items.length > 1) {
          context.report(
            arnProperty.key,
            `\`ForwardConfig\` lists ${groups.items.length} target groups, so \`TargetGroupArn\` cannot be given as well: together they must name one and the same target group. Remove \`TargetGroupArn\` to spread requests over the groups of \`ForwardConfig\`.`,
            [removeArn],
          );
          continue;
        }
        const [item] = groups.items;
        const inner = isObject(item) ? propertyValue(item, 'TargetGroupArn') : undefined;
        if (inner?.type !== 'scalar' || typeof inner.value !== 'string' || inner.value === arn.value)
          continue;
        context.report(
          inner,
          `This target group differs from the action's \`TargetGroupArn\` (\`${arn.value}\`): when both are given, they must name the same target group. Use the same ARN in both, or remove \`TargetGroupArn\`.`,
          [
            {
              title: "Use the action's `TargetGroupArn` here",
              edits: [replaceNode(context.document, inner, arn.value)],
            },
            removeArn,
          ],
        );
      }
    }
  },
};
