import type { BoundNode } from '../../bind';
import type { MemberFacts } from '../../model/facts';

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
