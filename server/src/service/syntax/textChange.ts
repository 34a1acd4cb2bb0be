// What an edit changed, found by comparing the old and the new text, and moving the nodes after it.
// Editors send either a ranged change or the whole text (full sync); both become one comparison
// here, so every incremental path treats them alike. Comparing slices lets the engine compare
// memory instead of looping over characters in JavaScript: linear and cheap even at 10 MB.
import type { Node, Property } from './tree';

/** The part that differs: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Characters compared at once, from large to single ones. */
const CHUNKS = [4096, 256, 16, 1];

/** The smallest range outside which the two texts agree, or undefined when they are equal. */
export function changedRange(old: string, text: string): TextChange | undefined {
  if (old === text) return undefined;
  const limit = Math.min(old.length, text.length);
  let start = 0;
  for (const chunk of CHUNKS)
    while (start + chunk <= limit && old.slice(start, start + chunk) === text.slice(start, start + chunk))
      start += chunk;
  let end = 0;
  const room = limit - start;
  for (const chunk of CHUNKS)
    while (
      end + chunk <= room &&
      old.slice(old.length - end - chunk, old.length - end) ===
        text.slice(text.length - end - chunk, text.length - end)
    )
      end += chunk;
  return { start, oldEnd: old.length - end, newEnd: text.length - end };
}

/** Moves a property's own range and its key's by `delta`. */
export function shiftKey(p: Property, delta: number): void {
  p.start += delta;
  p.end += delta;
  p.key.start += delta;
  p.key.end += delta;
}

/** Moves a subtree (no aliases: every node once) by `delta`. */
export function shiftSubtree(node: Node, delta: number): void {
  if (delta === 0) return;
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    n.start += delta;
    n.end += delta;
    if (n.type === 'object')
      for (const p of n.properties) {
        shiftKey(p, delta);
        stack.push(p.value);
      }
    else if (n.type === 'array') for (const item of n.items) stack.push(item);
  }
}
