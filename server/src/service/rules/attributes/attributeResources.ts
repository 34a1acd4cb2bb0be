// Which resource the attributes of a describe-*-attributes output belong to, when its keys do not
// say one: keys shared by several resources (elbv2-ls says it cannot tell), or keys of several
// resources mixed in one list (an error).
import { resourcesOfKey, type AttributeResource } from '../../model/attributes';
import { keyOf } from '../../semantics/attributes';
import { listOf } from '../../suggest';
import { keyRangeOf, type ObjectNode } from '../../syntax/tree';
import type { Rule } from '../rule';
import { ATTRIBUTE_KEY_SOURCES, attributeNoun } from './attributeHelpers';

export const attributeResourceUnknown: Rule = {
  id: 'attribute-resource-unknown',
  severity: 'info',
  summary: 'A describe-*-attributes output whose keys do not tell whose attributes they are.',
  constraint:
    'describe-target-group-attributes, describe-load-balancer-attributes and describe-listener-attributes all print `{Attributes: [...]}`; elbv2-ls tells them apart by their keys. When every key belongs to several resources (`load_balancing.cross_zone.enabled`), or there is none, it says so and checks only what holds for all of them, rather than guess.',
  sources: ATTRIBUTE_KEY_SOURCES,
  scope: 'document',
  fixable: false,
  check(context) {
    for (const set of context.semantics.attributeSets) {
      if (set.owner.resource || set.candidates.length < 2) continue;
      const names = set.candidates.map((r) => r.replace('-', ' ')).join(', ');
      context.report(
        keyRangeOf(set.list),
        `These attributes could be those of a ${names.replace(/, ([^,]*)$/, ' or $1')}: their keys do not tell which, so elbv2-ls checks only that each key exists. Add an attribute only one of them has to have it checked fully.`,
      );
    }
  },
};

export const attributeResourcesMixed: Rule = {
  id: 'attribute-resources-mixed',
  severity: 'error',
  summary: 'One attribute list holds the attributes of one kind of resource.',
  constraint:
    'A describe-*-attributes output lists the attributes of one target group, load balancer or listener; keys of two of them in one list cannot both be right.',
  sources: ATTRIBUTE_KEY_SOURCES,
  scope: 'document',
  fixable: false,
  check(context) {
    for (const set of context.semantics.attributeSets) {
      if (set.owner.resource || set.candidates.length > 0) continue;
      // The resources of the first key that names any, and the first key none of those take.
      let first: { key: string; resources: AttributeResource[] } | undefined;
      for (const attribute of set.attributes) {
        const key = keyOf(attribute);
        const resources = key !== undefined ? resourcesOfKey(key) : [];
        if (!key || resources.length === 0) continue;
        if (!first) first = { key, resources };
        else if (!resources.some((r) => first?.resources.includes(r))) {
          report(context, attribute, key, resources, first);
          break;
        }
      }
    }
  },
};

function report(
  context: Parameters<Rule['check']>[0],
  attribute: ObjectNode,
  key: string,
  resources: AttributeResource[],
  first: { key: string; resources: AttributeResource[] },
): void {
  const keyNode = attribute.properties.find((p) => p.key.value === 'Key')?.value ?? attribute;
  const nouns = (rs: AttributeResource[]): string => listOf(rs.map(attributeNoun)).replace(/`/g, '');
  context.report(
    keyNode,
    `\`${key}\` is a ${nouns(resources)}, but \`${first.key}\` is a ${nouns(first.resources)}: one output lists the attributes of one resource.`,
  );
}
