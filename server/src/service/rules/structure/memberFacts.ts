import type { BoundNode } from '../../bind';
import type { MemberFacts } from '../../model/facts';
import { isTemplatePlaceholder } from '../../placeholders';

/** The facts-table entry for a bound value: its member's, or its list member's "[]" entry. */
export function factsOfEntry(entry: BoundNode): MemberFacts | undefined {
  return entry.facts; // looked up once, when the value was bound
}

/** How a message starts when it names a bound value: "`Port`", or "Each item of `AlpnPolicy`". */
export function nameOfEntry(entry: BoundNode): string {
  if (entry.owner) return `\`${entry.owner.member.name}\``;
  if (entry.itemOf) return `Each item of \`${entry.itemOf.member.name}\``;
  return 'This value';
}

/**
 * Whether a bound value is a placeholder still to be filled in: a template placeholder
 * (`${ARN}`, `<load-balancer-arn>`, …), or an empty string where the member takes no empty value.
 */
export function placeholderOf(entry: BoundNode): 'template' | 'empty' | undefined {
  const { node, type } = entry;
  if (node.type !== 'scalar' || typeof node.value !== 'string' || node.timestamp) return undefined;
  if (node.value === '') {
    const scalar = type.kind !== 'structure' && type.kind !== 'list' && type.kind !== 'map';
    return scalar && (factsOfEntry(entry)?.length?.min ?? 1) > 0 ? 'empty' : undefined;
  }
  return isTemplatePlaceholder(node.value) ? 'template' : undefined;
}
