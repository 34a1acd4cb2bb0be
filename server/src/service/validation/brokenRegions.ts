// No finding from what failed to parse. Around a syntax error the tree is a guess (a key without
// its value, a list cut short, the rest of the document lost), so what rules say about it is noise:
// a wrong type, a missing member, a listener with no routing action. The broken region of an error
// is the innermost object or list that holds it, with the rest of the error's line; findings inside it, and
// findings on the key or first key of every object or list around it (where missing members and
// counts are reported), are dropped. The syntax error itself is kept. Problems the parser read
// past as their fix would leave the text (`recovered`) break nothing.
import type { Finding, Range } from '../findings';
import { lineOf, lineStarts } from '../syntax/lineStarts';
import { anchorOf, keyRangeOf, type Node, type ParsedDocument, type SyntaxProblem } from '../syntax/tree';

export function dropFindingsInBrokenRegions(
  findings: Finding[],
  document: ParsedDocument,
  keep: (finding: Finding) => boolean,
): Finding[] {
  const breaking = document.problems.filter(breaksTheTree);
  if (breaking.length === 0) return findings;
  const { regions, anchors } = brokenRegions(document, breaking);
  const overlaps = (f: Finding, r: Range): boolean => f.start <= r.end && r.start <= f.end;
  return findings.filter(
    (f) =>
      keep(f) ||
      (!regions.some((r) => overlaps(f, r)) && !anchors.some((a) => f.start === a.start && f.end === a.end)),
  );
}

function breaksTheTree(problem: SyntaxProblem): boolean {
  return problem.severity === 'error' && !problem.recovered && problem.kind !== 'duplicate-key';
}

function brokenRegions(
  document: ParsedDocument,
  problems: readonly SyntaxProblem[],
): { regions: Range[]; anchors: Range[] } {
  const { text, root } = document;
  const starts = lineStarts(text);
  const lineRange = (offset: number): Range => {
    const line = lineOf(starts, offset);
    const next = starts[line + 1];
    return { start: starts[line] ?? 0, end: next === undefined ? text.length : next - 1 };
  };
  const regions: Range[] = [];
  const anchors: Range[] = [];
  for (const problem of problems) {
    // From the error to the end of its line (a JSON document can be one line).
    const line = { start: problem.start, end: lineRange(problem.start).end };
    regions.push(line);
    if (!root) continue;
    // A collection holds the error when it does, or when the error is on the line where it ends:
    // a block collection ends at its last value, before what broke on that line.
    const holds = (node: Node): boolean =>
      node.start <= problem.start && problem.start <= Math.max(node.end, lineRange(node.end).end);
    const chain = holds(root) ? ancestorsOf(root, holds) : [root];
    for (const collection of chain) {
      anchors.push(collection.type === 'object' ? anchorOf(collection) : keyRangeOf(collection));
      if (collection.type === 'object' && collection.properties[0])
        anchors.push(collection.properties[0].key);
    }
    const innermost = chain[chain.length - 1] ?? root;
    const owner = innermost.parent && !('type' in innermost.parent) ? innermost.parent : undefined;
    regions.push({ start: owner?.start ?? innermost.start, end: Math.max(innermost.end, line.end) });
  }
  return { regions, anchors };
}

/** The objects and lists from the root down to the innermost one that holds the offset. */
function ancestorsOf(root: Node, holds: (node: Node) => boolean): Node[] {
  const chain: Node[] = [root];
  let node: Node | undefined = root;
  while (node) {
    let next: Node | undefined;
    const children: Node[] =
      node.type === 'object' ? node.properties.map((p) => p.value) : node.type === 'array' ? node.items : [];
    for (const child of children)
      if (child.type !== 'scalar' && !chain.includes(child) && holds(child)) next = child;
    if (next) chain.push(next);
    node = next;
  }
  return chain;
}
