import { listOf } from '../../suggest';
import {
  attributeWithKey,
  resourceNoun,
  specOf,
  valueOf,
  type AttributeSet,
} from '../../semantics/attributes';
import { propertyValue, type Node, type ObjectNode } from '../../syntax/tree';
import type { Rule, RuleContext } from '../rule';
import { ATTRIBUTE_KEY_SOURCES } from './attributeHelpers';

export const attributeDependency: Rule = {
  id: 'attribute-dependency',
  severity: 'error',
  summary: 'Attributes that depend on each other are set consistently.',
  constraint:
    'Anomaly mitigation runs only with the weighted_random algorithm; the unhealthy draining interval can be set only while connection termination for unhealthy targets is off; a Gateway Load Balancer target group’s two target_failover attributes are set together, to the same value; and access, connection or health-check logs that are turned on need their S3 bucket. Requests that change some attributes leave the others as they are, so only what the request itself says is judged; a template resource’s attributes are its whole configuration, so a missing one has its default there.',
  sources: ATTRIBUTE_KEY_SOURCES,
  scope: 'document',
  fixable: false,
  check(context) {
    for (const set of context.semantics.attributeSets) {
      if (!set.owner.input) continue;
      for (const attribute of set.attributes) checkAttribute(context, set, attribute);
    }
  },
};

function checkAttribute(context: RuleContext, set: AttributeSet, attribute: ObjectNode): void {
  const spec = specOf(set, attribute);
  const value = valueOf(attribute);
  const at = (propertyValue(attribute, 'Value') ?? propertyValue(attribute, 'Key')) as Node;
  if (!spec || value === undefined) return;
  const { complete } = set.owner;

  const dependency = spec.dependency;
  if (dependency && (!dependency.when || dependency.when.includes(value))) {
    const other = attributeWithKey(set, dependency.key);
    const otherValue = other ? valueOf(other) : complete ? dependency.defaultValue : undefined;
    if (otherValue !== undefined && !dependency.values.includes(otherValue))
      context.report(
        at,
        `\`${spec.key}\` set to \`${value}\` needs \`${dependency.key}\` to be ${listOf(dependency.values)}, but it is \`${otherValue}\`${other ? '' : ' (its default)'}. Change one of them.`,
      );
  }

  const sameAs = spec.sameAs;
  if (sameAs) {
    const partner = attributeWithKey(set, sameAs.key);
    const partnerValue = partner ? valueOf(partner) : undefined;
    if (!partner)
      context.report(
        at,
        `\`${spec.key}\` cannot be set on its own: set \`${sameAs.key}\` in the same list, to the same value (\`${value}\`).`,
      );
    else if (partnerValue !== undefined && partnerValue !== value && partner.start < attribute.start)
      context.report(
        at,
        `\`${spec.key}\` is \`${value}\` but \`${sameAs.key}\` is \`${partnerValue}\`: the two must have the same value.`,
      );
  }

  const needs = spec.needs;
  if (needs && complete && value === needs.when) {
    const needed = attributeWithKey(set, needs.key);
    const neededValue = needed ? valueOf(needed) : undefined;
    if (!neededValue)
      context.report(
        at,
        `\`${spec.key}\` is \`${value}\`, which needs \`${needs.key}\`: name the S3 bucket ${resourceNoun(set.owner.resource)} writes to.`,
      );
  }
}
