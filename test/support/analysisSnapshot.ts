// What the incremental tests share: seeded random edits, and everything a caller can read from an
// analysis in a form `deepEqual` compares (tree offsets, parent links, problems, kind, binding,
// findings), so an incrementally checked document can be held to one checked from scratch.
import assert from 'node:assert/strict';
import type { Analysis } from '../../server/src/service/languageService';
import type { Node } from '../../server/src/service/syntax/tree';

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The tree with offsets, checking every parent link on the way. */
function treeOf(node: Node | undefined): unknown {
  if (!node) return null;
  if (node.type === 'scalar') return [node.start, node.end, node.value, node.integer];
  if (node.type === 'array') {
    for (const item of node.items) assert.equal(item.parent, node, 'an item points to its list');
    return [node.start, node.end, node.items.map(treeOf)];
  }
  return [
    node.start,
    node.end,
    node.properties.map((p) => {
      assert.equal(p.parent, node, 'a property points to its object');
      assert.equal(p.key.parent, p, 'a key points to its property');
      assert.equal(p.value.parent, p, 'a value points to its property');
      return [p.start, p.end, p.key.start, p.key.end, p.key.value, treeOf(p.value)];
    }),
  ];
}

/** Everything a caller can read from an analysis, in a comparable form. */
export function snapshot(analysis: Analysis): unknown {
  const { binding } = analysis;
  const structures = new Set<string>();
  const entries = binding.entries.map((e) => {
    if (e.type.kind === 'structure') structures.add(e.type.name);
    return [
      e.node.start,
      e.node.end,
      e.node.type,
      JSON.stringify(e.type),
      e.owner ? `${e.owner.structure}.${e.owner.member.name}` : '',
      e.itemOf ? `${e.itemOf.structure}.${e.itemOf.member.name}` : '',
      binding.entryOf(e.node) === e,
    ];
  });
  const problems = [...analysis.document.problems].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.message.localeCompare(b.message),
  );
  return {
    tree: treeOf(analysis.document.root),
    problems,
    kind: analysis.kind?.kind,
    entries,
    objects: [...structures].sort().map((s) => [s, binding.objectsOf(s).map((o) => [o.start, o.end])]),
    unknown: binding.unknownMembers.map((u) => [u.structure, u.property.start, u.property.key.value]),
    findings: analysis.findings,
  };
}
