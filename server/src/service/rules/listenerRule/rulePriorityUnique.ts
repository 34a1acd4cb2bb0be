import type { RulePriority, RuleFacts } from '../../semantics/rule';
import { propertyValue, type ObjectNode } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const rulePriorityUnique: Rule = {
  id: 'rule-priority-unique',
  severity: 'error',
  summary:
    'The rules of one listener have different priorities, and a SetRulePriorities request names each rule once.',
  constraint:
    'Rules are evaluated in priority order, so two rules of one listener cannot share a priority: in a describe-rules output or a SetRulePriorities request, rules whose ARNs name the same listener need distinct priorities, and a SetRulePriorities request gives each rule one priority. Rules whose listener is not known from an ARN are not compared.',
  sources: [apiSource('CreateRule', 'Priority'), apiSource('SetRulePriorities', '(description)')],
  scope: 'document',
  fixable: false,
  check(context) {
    // Rules of one listener: the same listener resource (a template's), else the same listener ARN.
    const byListener = new Map<ObjectNode | string, RuleFacts[]>();
    for (const rule of context.semantics.rules) {
      const key = rule.listener?.object ?? rule.listenerArn;
      if (key === undefined) continue;
      const list = byListener.get(key) ?? [];
      list.push(rule);
      byListener.set(key, list);
    }
    for (const rules of byListener.values()) {
      const seenRule = new Map<string, RuleFacts>();
      const seenPriority = new Map<number, RuleFacts>();
      for (const rule of rules) {
        const arnNode = propertyValue(rule.object, 'RuleArn');
        const arn =
          arnNode?.type === 'scalar' && typeof arnNode.value === 'string' ? arnNode.value : undefined;
        if (context.kind?.kind === 'set-rule-priorities' && arn !== undefined && arnNode) {
          if (seenRule.has(arn)) {
            context.report(
              arnNode,
              'This rule is already given a priority earlier in this request: name each rule once.',
            );
            continue;
          }
          seenRule.set(arn, rule);
        }
        const priority = numeric(rule.priority);
        if (priority === undefined || !rule.priority) continue;
        if (!seenPriority.has(priority)) {
          seenPriority.set(priority, rule);
          continue;
        }
        context.report(
          rule.priority.node,
          `Priority ${priority} is already taken by an earlier rule of the same listener: a listener's rules need distinct priorities. Pick a free one.`,
        );
      }
    }
  },
};

function numeric(priority: RulePriority | undefined): number | undefined {
  return typeof priority?.value === 'number' ? priority.value : undefined;
}
