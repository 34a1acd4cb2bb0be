import type { BoundNode } from '../../bind';
import { replaceNode } from '../../edits';
import type { Fix } from '../../findings';
import { typeLabel, type TypeRef } from '../../model/apiModel';
import type { Node, ParsedDocument } from '../../syntax/tree';
import { apiSource, type Rule, type RuleContext } from '../rule';
import { nameOfEntry } from './memberFacts';

export const wrongType: Rule = {
  id: 'wrong-type',
  severity: 'error',
  summary: 'Every value has the type its member declares (string, integer, boolean, object or list).',
  constraint:
    'The AWS CLI checks each value against the API model type before sending the request: `Port: "443"` is a string where a listener wants an integer, while RedirectConfig wants its Port as a string.',
  sources: [
    apiSource('CreateListener', '(request syntax)'),
    apiSource('CreateTargetGroup', '(request syntax)'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const entry of context.binding.entries) checkEntry(context, entry);
  },
};

function found(node: Node, document: ParsedDocument): string {
  const text = document.text;
  if (node.type === 'object') return 'an object';
  if (node.type === 'array') return 'a list';
  const written = text.slice(node.start, node.end);
  if (node.timestamp)
    return `a date: the AWS CLI reads the unquoted \`${written}\` as a YAML timestamp, not as text`;
  const value =
    node.value === null
      ? 'no value'
      : typeof node.value === 'string'
        ? `the string ${JSON.stringify(node.value)}`
        : typeof node.value === 'number'
          ? `the number ${node.value}`
          : `the boolean ${node.value}`;
  // `8_080`, `0x1BB` or (under %YAML 1.1) `yes` do not look like what the AWS CLI reads them as.
  const surprising =
    document.syntax === 'yaml' &&
    (typeof node.value === 'number'
      ? Number(written) !== node.value
      : typeof node.value === 'boolean' && written.toLowerCase() !== String(node.value));
  return surprising ? `${value}: the AWS CLI reads the unquoted \`${written}\` that way` : value;
}

function matches(node: Node, type: TypeRef): boolean {
  switch (type.kind) {
    case 'string':
    case 'enum':
      return node.type === 'scalar' && typeof node.value === 'string' && !node.timestamp;
    case 'timestamp':
      return node.type === 'scalar' && typeof node.value === 'string';
    case 'integer':
      return node.type === 'scalar' && typeof node.value === 'number' && node.integer;
    case 'boolean':
      return node.type === 'scalar' && typeof node.value === 'boolean';
    case 'structure':
    case 'map':
      return node.type === 'object';
    case 'list':
      return node.type === 'array';
  }
}

function checkEntry(context: RuleContext, entry: BoundNode): void {
  const { node, type } = entry;
  if (matches(node, type)) return;
  const expected =
    type.kind === 'integer'
      ? 'an integer'
      : type.kind === 'structure' || type.kind === 'map'
        ? 'an object'
        : type.kind === 'list'
          ? typeLabel(type).replace(/^list/, 'a list')
          : `a ${typeLabel(type)}`;
  const fixes: Fix[] = [];
  let advice = '';
  if (node.type === 'scalar') {
    const v = node.value;
    if ((type.kind === 'string' || type.kind === 'enum') && node.timestamp && typeof v === 'string') {
      advice = ' Quote it to make it a string.';
      fixes.push({ title: `Quote the value`, edits: [replaceNode(context.document, node, v)] });
    } else if (
      (type.kind === 'string' || type.kind === 'enum') &&
      (typeof v === 'number' || typeof v === 'boolean')
    ) {
      // Quote what was written (`8_080`), not the number it was read as.
      const written = context.document.text.slice(node.start, node.end);
      advice = ' Quote it to make it a string.';
      fixes.push({
        title: `Quote the value`,
        edits: [replaceNode(context.document, node, written || String(v))],
      });
    } else if (type.kind === 'integer' && typeof v === 'string' && /^[0-9]+$/.test(v.trim())) {
      advice = ' Remove the quotes.';
      fixes.push({
        title: `Write ${Number(v)} as a number`,
        edits: [replaceNode(context.document, node, Number(v))],
      });
    } else if (type.kind === 'integer' && typeof v === 'number') {
      advice = ' Fractions are not allowed.';
    } else if (type.kind === 'boolean' && typeof v === 'string' && /^(true|false)$/i.test(v.trim())) {
      const b = v.trim().toLowerCase() === 'true';
      advice = ` Write it as the boolean ${b}.`;
      fixes.push({ title: `Write ${b} as a boolean`, edits: [replaceNode(context.document, node, b)] });
    }
  } else if (type.kind === 'list' && node.type === 'object') {
    advice = ' Put the object in a list.';
  }
  const range = node.type === 'scalar' && node.start !== node.end ? node : keyOrNode(node);
  context.report(
    range,
    `${nameOfEntry(entry)} must be ${expected}, but it is ${found(node, context.document)}.${advice}`,
    fixes,
  );
}

function keyOrNode(node: Node): { start: number; end: number } {
  const parent = node.parent;
  if (parent && !('type' in parent)) return parent.key;
  return { start: node.start, end: Math.max(node.end, node.start) };
}
