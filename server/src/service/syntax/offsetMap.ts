// A text parsed after edits that change its length (a tab read as two spaces, a zero-width space
// removed) gives offsets into the edited text; these map them back to the original, so every node
// and problem still points at what the user wrote.
import type { TextEdit } from '../findings';
import type { Node, Property, SyntaxProblem } from './tree';

export interface OffsetMap {
  /** The original offset of an offset of the edited text. */
  toOriginal(offset: number): number;
}

/** Applies `edits` (original offsets, sorted, not overlapping) and returns the text and the map. */
export function applyWithMap(text: string, edits: readonly TextEdit[]): { text: string; map: OffsetMap } {
  const parts: string[] = [];
  const editedStarts: number[] = [];
  const deltasAfter: number[] = [];
  let from = 0;
  let delta = 0;
  for (const e of edits) {
    parts.push(text.slice(from, e.start), e.newText);
    editedStarts.push(e.start + delta);
    delta += e.newText.length - (e.end - e.start);
    deltasAfter.push(delta);
    from = e.end;
  }
  parts.push(text.slice(from));
  const toOriginal = (offset: number): number => {
    // The last edit that starts at or before the offset.
    let lo = 0;
    let hi = editedStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((editedStarts[mid] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    const edit = edits[i];
    if (i < 0 || !edit) return offset;
    const within = offset - (editedStarts[i] ?? 0);
    if (within < edit.newText.length) return edit.start + Math.min(within, edit.end - edit.start);
    return offset - (deltasAfter[i] ?? 0);
  };
  return { text: parts.join(''), map: { toOriginal } };
}

/** Moves every node of the tree (aliases and merged members share nodes: each once) and the problems. */
export function mapOffsets(root: Node | undefined, problems: SyntaxProblem[], map: OffsetMap): void {
  const seen = new Set<Node>();
  const seenProperties = new Set<Property>();
  const stack: Node[] = root ? [root] : [];
  const move = (n: { start: number; end: number }): void => {
    n.start = map.toOriginal(n.start);
    n.end = map.toOriginal(n.end);
  };
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (seen.has(node)) continue;
    seen.add(node);
    move(node);
    if (node.type === 'object')
      for (const p of node.properties) {
        if (!seenProperties.has(p)) {
          seenProperties.add(p);
          move(p);
        }
        stack.push(p.key, p.value);
      }
    else if (node.type === 'array') for (const item of node.items) stack.push(item);
  }
  for (const p of problems) move(p);
}
