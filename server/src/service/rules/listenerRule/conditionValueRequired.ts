import { CONDITION_CONFIG_MEMBERS } from '../../model/ruleConditionFacts';
import { matchValuesOf, ownConfigOf } from '../../semantics/conditions';
import { anchorOf, property, propertyValue, type ObjectNode } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { conditionsOf, stringItems, stringOf } from './common';

export const conditionValueRequired: Rule = {
  id: 'condition-value-required',
  severity: 'error',
  summary: 'Every rule condition has something to compare, and no comparison value is empty.',
  constraint:
    'A condition needs at least one comparison value (in Values or RegexValues, of its configuration block or, for host-header and path-pattern, at the top level; a source-ip condition of a Network Load Balancer names an IpAddressType instead), and none of its values may be an empty string. A query-string pair may leave out its Key but not its Value.',
  sources: [
    apiSource('RuleCondition', '(description)'),
    apiSource('QueryStringKeyValuePair', 'Key'),
    apiSource('SourceIpConditionConfig', 'IpAddressType'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const { condition, field } of conditionsOf(context.semantics.rules)) {
      if (!field) continue;
      const values = matchValuesOf(condition);
      if (values.length === 0 && !matchesAddressType(condition, field)) {
        const config = CONDITION_CONFIG_MEMBERS[field] ?? '';
        const at =
          property(condition, config)?.key ?? propertyValue(condition, 'Field') ?? anchorOf(condition);
        context.report(
          at,
          `This \`${field}\` condition has nothing to compare: give its values in \`${config}\`${field === 'source-ip' ? ' (`Values` with CIDR blocks, or `IpAddressType` on a Network Load Balancer)' : ' (`Values`)'}.`,
        );
        continue;
      }
      for (const value of values) {
        if (value.node.type === 'object') {
          const pairValue = propertyValue(value.node, 'Value');
          if (pairValue === undefined || stringOf(pairValue) === '')
            context.report(
              pairValue ?? anchorOf(value.node),
              'A query-string pair needs a non-empty `Value` to look for (its `Key` may be left out).',
            );
          continue;
        }
        if (stringOf(value.node) === '')
          context.report(
            value.node,
            'A condition value cannot be empty: give the string to compare, or remove the item.',
          );
      }
    }
  },
};

/** A source-ip condition that matches on the address family (IpAddressType) rather than on values. */
function matchesAddressType(condition: ObjectNode, field: string): boolean {
  if (field !== 'source-ip') return false;
  const config = ownConfigOf(condition, field);
  return (
    config !== undefined &&
    property(config, 'IpAddressType') !== undefined &&
    stringItems(config, 'Values').length === 0
  );
}
