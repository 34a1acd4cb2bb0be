import { members } from '../../model/apiModel';
import { renameKey } from '../../edits';
import { closest, listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';

export const unknownMember: Rule = {
  id: 'unknown-member',
  severity: 'error',
  summary: 'Every key is a member of the object it is in.',
  constraint:
    'The AWS CLI validates request documents against the API model and rejects a member the model does not define; names are case-sensitive.',
  sources: [
    apiSource('CreateListener', '(request syntax)'),
    apiSource('CreateTargetGroup', '(request syntax)'),
  ],
  check(context) {
    for (const { property, structure } of context.binding.unknownMembers) {
      const present = new Set(property.parent.properties.map((p) => p.key.value));
      const names = members(structure).map((m) => m.name);
      const suggestion = closest(property.key.value, names);
      const taken = suggestion !== undefined && present.has(suggestion);
      const hint = !suggestion
        ? ` Allowed here: ${listOf(names, 'and')}.`
        : taken
          ? ` Did you mean \`${suggestion}\`? It is already set in this object, so remove this one.`
          : ` Did you mean \`${suggestion}\`?`;
      context.report(
        property.key,
        `Unknown member \`${property.key.value}\` in ${structure}: the AWS CLI rejects members the API does not define.${hint}`,
        suggestion && !taken
          ? [
              {
                title: `Rename to \`${suggestion}\``,
                edits: [renameKey(context.document, property, suggestion)],
              },
            ]
          : undefined,
      );
    }
  },
};
