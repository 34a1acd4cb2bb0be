// What the attribute rules share: each attribute of the document with its set and table entry,
// the sources they cite, and how messages name resources and load-balancer types.
import { LOAD_BALANCER_TYPE_LABEL, type LoadBalancerType } from '../../arn';
import type { AttributeResource, AttributeSpec } from '../../model/attributes';
import { ATTRIBUTE_STRUCTURE } from '../../model/attributes';
import { keyOf, specOf, type AttributeSet } from '../../semantics/attributes';
import { propertyValue, type ObjectNode, type ScalarNode } from '../../syntax/tree';
import { distance } from '../../suggest';
import { apiSource, type ApiSource, type RuleContext } from '../rule';

export interface AttributeInScope {
  set: AttributeSet;
  attribute: ObjectNode;
  key: string;
  keyNode: ScalarNode;
  /** The table entry of the key, when the key is known for the set's resource. */
  spec: AttributeSpec | undefined;
}

/** Every bound attribute object with a string Key, in document order, with its set. */
export function attributesOf(context: RuleContext): AttributeInScope[] {
  const result: AttributeInScope[] = [];
  for (const set of context.semantics.attributeSets)
    for (const attribute of set.attributes) {
      const key = keyOf(attribute);
      const keyNode = propertyValue(attribute, 'Key');
      if (key === undefined || keyNode?.type !== 'scalar') continue;
      result.push({ set, attribute, key, keyNode, spec: specOf(set, attribute) });
    }
  return result;
}

/** The Key members of the three attribute structures, whose documentation lists the keys. */
export const ATTRIBUTE_KEY_SOURCES: ApiSource[] = Object.values(ATTRIBUTE_STRUCTURE).map((s) =>
  apiSource(s, 'Key'),
);

/** "target-group attribute", "load-balancer attribute", "listener attribute". */
export function attributeNoun(resource: AttributeResource): string {
  return `${resource} attribute`;
}

/** "Application Load Balancers", "Application and Network Load Balancers". */
export function typesText(types: readonly LoadBalancerType[]): string {
  const names = types.map((t) => LOAD_BALANCER_TYPE_LABEL[t].replace(' Load Balancer', ''));
  if (names.length === 3) return 'all load balancers';
  const joined =
    names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${joined} Load Balancers`;
}

/** A key that the Key member's trait refuses (reported by pattern-mismatch or invalid-length). */
export function malformedKey(key: string): boolean {
  return key.length > 256 || !/^[a-zA-Z0-9._]+$/.test(key);
}

/**
 * The known key nearest to a mistyped one: same letters in another case, or a few characters
 * off. (suggest.ts's `closest` also matches on the last word, which for keys is mostly `enabled`
 * or `seconds` and says nothing.)
 */
export function closestKey(key: string, candidates: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(key.length / 6)) ? best : undefined;
}
