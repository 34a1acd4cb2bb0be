// YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`) as the AWS CLI's loader applies them
// (ruamel.yaml's flatten_mapping): the merged maps' members are added to the map that merges them
// unless it sets them itself, and of several merged maps the earlier one wins. A merged member
// keeps the nodes (and offsets) of the map it comes from, as an alias does.
import type { Node, ObjectNode, SyntaxProblem } from './tree';

/** One `<<` entry of a map: where its key is, and its converted value. */
export interface MergeEntry {
  keyStart: number;
  keyEnd: number;
  value: Node;
}

/** Adds the merged members to `object`; reports what the AWS CLI's loader refuses. */
export function applyMerges(
  object: ObjectNode,
  merges: readonly MergeEntry[],
  problems: SyntaxProblem[],
): void {
  const first = merges[0];
  if (!first) return;
  for (const extra of merges.slice(1))
    problems.push({
      start: extra.keyStart,
      end: extra.keyEnd,
      severity: 'error',
      kind: 'duplicate-key',
      message:
        'A second merge key `<<` in the same map: the AWS CLI rejects the file. Merge several maps with one key: `<<: [*first, *second]`.',
    });
  const sources = mergedMaps(first.value);
  if (!sources) {
    problems.push({
      start: first.keyStart,
      end: first.keyEnd,
      severity: 'error',
      kind: 'invalid-syntax',
      message:
        'The merge key `<<` takes a map or a list of maps (usually aliases such as `*defaults`); the AWS CLI rejects the file otherwise.',
    });
    return;
  }
  const set = new Set(object.properties.map((p) => p.key.value));
  for (const source of sources)
    for (const p of source.properties) {
      if (set.has(p.key.value)) continue;
      set.add(p.key.value);
      object.properties.push({ key: p.key, value: p.value, parent: object, start: p.start, end: p.end });
    }
}

function mergedMaps(value: Node): ObjectNode[] | undefined {
  if (value.type === 'object') return [value];
  if (value.type === 'array' && value.items.every((item) => item.type === 'object'))
    return value.items as ObjectNode[];
  return undefined;
}
