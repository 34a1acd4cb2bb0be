import { insertProperty, scalarText } from '../../edits';
import { enumValues, members, type TypeRef } from '../../model/apiModel';
import type { ParsedDocument } from '../../syntax/tree';
import { anchorOf } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const missingRequiredMember: Rule = {
  id: 'missing-required-member',
  severity: 'error',
  summary: 'Every member the API marks as required is present.',
  constraint:
    'A request without a required member is rejected by the AWS CLI before it is sent (LoadBalancerArn and DefaultActions for CreateListener, Type for every action, StatusCode for redirect and fixed-response configs, …).',
  sources: [apiSource('CreateListener', '(request syntax)'), apiSource('Action', 'Type')],
  scope: 'resource',
  fixable: true,
  check(context) {
    // Describe outputs describe existing resources: the API marks nothing in them required.
    if (!context.kind?.input) return;
    for (const entry of context.binding.entries) {
      if (entry.type.kind !== 'structure' || entry.node.type !== 'object') continue;
      const object = entry.node;
      const present = new Set(object.properties.map((p) => p.key.value));
      const isRoot = object === context.document.root;
      for (const m of members(entry.type.name)) {
        if (!m.required || present.has(m.name)) continue;
        // The member that names the request's resource may come from the command line:
        // missing-identifying-member says so, as a warning.
        if (isRoot && m.name === context.kind.key) continue;
        const where = entry.owner
          ? `\`${entry.owner.member.name}\``
          : entry.itemOf
            ? `this item of \`${entry.itemOf.member.name}\``
            : `a ${context.kind.label}`;
        context.report(
          anchorOf(object),
          `Missing required member \`${m.name}\` in ${where}: the request is rejected without it. Add \`${m.name}\`.`,
          [
            {
              title: `Add \`${m.name}\``,
              edits: [
                insertProperty(context.document, object, m.name, placeholder(context.document, m.type)),
              ],
            },
          ],
        );
      }
    }
  },
};

function placeholder(document: ParsedDocument, type: TypeRef): string {
  switch (type.kind) {
    case 'enum':
      return scalarText(document, enumValues(type.name)[0] ?? '');
    case 'integer':
      return '1';
    case 'boolean':
      return 'false';
    case 'structure':
    case 'map':
      return '{}';
    case 'list':
      return '[]';
    default:
      return '""';
  }
}
