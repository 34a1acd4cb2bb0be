// A placeholder (`${ARN}`, `<load-balancer-arn>`, an empty string) is a value still to be filled
// in: placeholder-value says so once, and what other rules would say about it (not an ARN, not a
// protocol, too short) is dropped, on the value and on its key.
import type { Binding } from '../bind';
import type { Finding, Range } from '../findings';
import { placeholderOf } from '../rules/structure/memberFacts';
import { keyRangeOf } from '../syntax/tree';

export function dropFindingsOnPlaceholders(
  findings: Finding[],
  binding: Binding,
  keep: (finding: Finding) => boolean,
): Finding[] {
  const ranges: Range[] = [];
  for (const entry of binding.entries)
    if (placeholderOf(entry))
      ranges.push({ start: entry.node.start, end: entry.node.end }, keyRangeOf(entry.node));
  if (ranges.length === 0) return findings;
  const on = (f: Finding, r: Range): boolean => f.start < r.end && r.start < f.end;
  return findings.filter((f) => keep(f) || !ranges.some((r) => on(f, r)));
}
