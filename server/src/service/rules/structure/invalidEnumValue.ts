import { replaceNode } from '../../edits';
import { enumValues } from '../../model/apiModel';
import { closest, listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from './memberFacts';

export const invalidEnumValue: Rule = {
  id: 'invalid-enum-value',
  severity: 'error',
  summary: 'Enumerated values are one of the allowed values, with the exact case.',
  constraint:
    'Protocols, action types, status codes, content types, claim formats, ALPN policies, target types and the other enumerated members accept only their listed values, compared case-sensitively (`Forward` is not `forward`).',
  sources: [
    apiSource('Action', 'Type'),
    apiSource('CreateListener', 'Protocol'),
    apiSource('FixedResponseActionConfig', 'ContentType'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node, type } = entry;
      if (node.type !== 'scalar' || typeof node.value !== 'string') continue;
      const allowed = type.kind === 'enum' ? enumValues(type.name) : factsOfEntry(entry)?.values?.values;
      if (!allowed || allowed.includes(node.value)) continue;
      const suggestion = closest(node.value, allowed);
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      const fixes = suggestion
        ? [{ title: `Change to \`${suggestion}\``, edits: [replaceNode(context.document, node, suggestion)] }]
        : undefined;
      context.report(
        node,
        `${nameOfEntry(entry)} does not accept \`${node.value}\`: allowed values are ${listOf(allowed)} (case-sensitive).${hint}`,
        fixes,
      );
    }
  },
};
