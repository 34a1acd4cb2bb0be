import type { Node, SyntaxProblem } from './tree';

/** Reports every key that repeats an earlier key of the same object (both parsers share it). */
export function findDuplicateKeys(root: Node | undefined, problems: SyntaxProblem[]): void {
  const stack: Node[] = root ? [root] : [];
  const seen = new Set<Node>();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (seen.has(node)) continue; // aliases share nodes
    seen.add(node);
    if (node.type === 'object') {
      const first = new Map<string, number>();
      for (const p of node.properties) {
        const earlier = first.get(p.key.value);
        if (earlier === undefined) first.set(p.key.value, p.key.start);
        else
          problems.push({
            start: p.key.start,
            end: p.key.end,
            severity: 'error',
            kind: 'duplicate-key',
            message: `Duplicate key "${p.key.value}": the AWS CLI keeps only the last one, so the earlier value is silently lost. Remove one of them.`,
          });
        stack.push(p.value);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) stack.push(item);
    }
  }
}
