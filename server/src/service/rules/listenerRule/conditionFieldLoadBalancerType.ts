import { NETWORK_CONDITION_FIELDS } from '../../model/ruleConditionFacts';
import { listOf } from '../../suggest';
import { conditionRefusal } from '../../semantics/conditions';
import { describeLoadBalancer } from '../../semantics/origin';
import { propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { conditionsOf } from './common';

export const conditionFieldLoadBalancerType: Rule = {
  id: 'condition-field-load-balancer-type',
  severity: 'error',
  summary: 'The rules of a Network Load Balancer match only on source-ip.',
  constraint:
    "A Network Load Balancer does not read HTTP, so its listener rules take only source-ip conditions (matching on the address family of the client); host, path, header, method and query-string conditions need an Application Load Balancer. Checked when the load-balancer type is known from the rule's ARN.",
  sources: [apiSource('RuleCondition', '(description)'), apiSource('RuleCondition', 'Field')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const { rule, condition, field } of conditionsOf(context.semantics.rules)) {
      if (!field || conditionRefusal(rule, field) !== 'needs-application-load-balancer') continue;
      context.report(
        propertyValue(condition, 'Field') ?? condition,
        `A \`${field}\` condition needs an Application Load Balancer, but this rule's listener belongs to ${describeLoadBalancer(rule.loadBalancer)}, whose rules match only on ${listOf(NETWORK_CONDITION_FIELDS)}.`,
      );
    }
  },
};
