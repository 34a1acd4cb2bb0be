import { factsFor } from '../../model/facts';
import { DEFAULT_RULE_PRIORITY } from '../../model/ruleConditionFacts';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { stringOf } from './common';

const RANGE = factsFor('CreateRuleInput', 'Priority')?.range ?? { min: 1, max: 50000 };

export const rulePriorityValue: Rule = {
  id: 'rule-priority-value',
  severity: 'error',
  summary:
    'A described rule’s Priority is a number from 1 to 50000 as a string, or `default` for the default rule.',
  constraint: `A describe-rules output gives each rule's Priority as a string: a number from ${RANGE.min} to ${RANGE.max} (the range CreateRule accepts), or \`${DEFAULT_RULE_PRIORITY}\` for the listener's default rule, which alone has IsDefault true.`,
  sources: [
    apiSource('Rule', 'Priority'),
    apiSource('Rule', 'IsDefault'),
    apiSource('CreateRule', 'Priority'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      if (rule.operation !== 'describe') continue;
      const node = rule.priority?.node;
      const text = stringOf(node);
      if (!node || text === undefined) continue; // wrong-type reports a number
      const value = rule.priority?.value;
      const inRange = typeof value === 'number' && value >= RANGE.min && value <= RANGE.max;
      if (value !== DEFAULT_RULE_PRIORITY && !inRange) {
        context.report(
          node,
          `\`${text}\` is not a rule priority: a described rule's \`Priority\` is a number from ${RANGE.min} to ${RANGE.max} written as a string, or \`${DEFAULT_RULE_PRIORITY}\` for the default rule.`,
        );
        continue;
      }
      const isDefault = property(rule.object, 'IsDefault');
      if (rule.isDefault === undefined || !isDefault) continue;
      if (value === DEFAULT_RULE_PRIORITY && !rule.isDefault)
        context.report(
          isDefault.value,
          `This rule's \`Priority\` is \`${DEFAULT_RULE_PRIORITY}\`, which only the default rule has, but \`IsDefault\` is false.`,
        );
      if (typeof value === 'number' && rule.isDefault)
        context.report(
          isDefault.value,
          `The default rule has the priority \`${DEFAULT_RULE_PRIORITY}\`, but this one's \`Priority\` is \`${text}\`: only one of the two can be right.`,
        );
    }
  },
};
