// Which node of the tree an offset falls on: what hover (and completion) start from.
import type { Node, Property } from './tree';

export interface NodeAtOffset {
  /**
   * The innermost node at the offset: a property key, a scalar value, or the object or list whose
   * gaps (indentation, commas, comments) the offset falls in.
   */
  node: Node;
  /** On a property's key, or on a value (a scalar, or between the entries of a container). */
  on: 'key' | 'value';
  /** The property whose key or value holds the offset, when the node is one or belongs to one. */
  property?: Property;
}

/**
 * The node at a UTF-16 offset. A node covers its characters, so the offset just past its end
 * is not on it; but when the offset touches no key or scalar, one that ends right there is taken
 * (a cursor placed after a word still names it). Zero-length scalars (a YAML key with nothing
 * after the colon) are never a hit.
 */
export function nodeAt(root: Node | undefined, offset: number): NodeAtOffset | undefined {
  if (!root) return undefined;
  const inside = descend(root, offset, false, undefined, 0);
  if (inside && (inside.on === 'key' || inside.node.type === 'scalar')) return inside;
  const touching = descend(root, offset, true, undefined, 0);
  if (touching && (touching.on === 'key' || touching.node.type === 'scalar')) return touching;
  return inside;
}

// The tree is at most ~200 levels deep (syntax/limits.ts); this guard only protects against a
// tree built some other way.
const MAX_DEPTH = 1000;

function descend(
  node: Node,
  offset: number,
  rightBound: boolean,
  property: Property | undefined,
  depth: number,
): NodeAtOffset | undefined {
  if (depth > MAX_DEPTH || !covers(node, offset, rightBound)) return undefined;
  if (node.type === 'object') {
    for (const p of node.properties) {
      if (covers(p.key, offset, rightBound)) return { node: p.key, on: 'key', property: p };
      const inner = descend(p.value, offset, rightBound, p, depth + 1);
      if (inner) return inner;
    }
  } else if (node.type === 'array') {
    for (const item of node.items) {
      const inner = descend(item, offset, rightBound, undefined, depth + 1);
      if (inner) return inner;
    }
  }
  return property ? { node, on: 'value', property } : { node, on: 'value' };
}

function covers(node: { start: number; end: number }, offset: number, rightBound: boolean): boolean {
  if (node.end <= node.start) return false;
  return node.start <= offset && (rightBound ? offset <= node.end : offset < node.end);
}
