import { members } from '../../model/apiModel';
import { removeProperty, renameKey } from '../../edits';
import { KINDS } from '../../documentKind';
import { closest, listOf } from '../../suggest';
import { isInvisible, namesOf } from '../../syntax/invisibleCharacters';
import type { ObjectNode, Property } from '../../syntax/tree';
import type { Fix } from '../../findings';
import { apiSource, type Rule, type RuleContext } from '../rule';

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
  scope: 'resource',
  fixable: true,
  check(context) {
    // One set of key names per object: an object can hold thousands of unknown keys (a pasted
    // block), and building the set for each of them made this rule quadratic.
    const keysOf = new Map<ObjectNode, Set<string>>();
    for (const { property, structure } of context.binding.unknownMembers) {
      const object = property.parent;
      let present = keysOf.get(object);
      if (!present) {
        present = new Set(object.properties.map((p) => p.key.value));
        keysOf.set(object, present);
      }
      // Past the cap of findings nobody reads the suggestion: build it only for listed findings.
      context.reportLazily(property.key, () => {
        const names = members(structure).map((m) => m.name);
        const hidden = invisibleIn(property.key.value);
        if (hidden.length > 0) return invisibleCharactersIn(context, property, names, hidden, present);
        const other = otherKindsKey(context, property);
        if (other) return other;
        const suggestion = closest(property.key.value, names);
        const taken = suggestion !== undefined && present.has(suggestion);
        const hint = !suggestion
          ? ` Allowed here: ${listOf(names, 'and')}.`
          : taken
            ? ` Did you mean \`${suggestion}\`? It is already set in this object, so remove this one.`
            : ` Did you mean \`${suggestion}\`?`;
        return {
          message: `Unknown member \`${property.key.value}\` in ${structure}: the AWS CLI rejects members the API does not define.${hint}`,
          fixes:
            suggestion && !taken
              ? [
                  {
                    title: `Rename to \`${suggestion}\``,
                    edits: [renameKey(context.document, property, suggestion)],
                  },
                ]
              : undefined,
        };
      });
    }
  },
};

/** The invisible characters of a key (pasted no-break or zero-width spaces). */
function invisibleIn(key: string): string[] {
  return [...key].filter((c) => isInvisible(c) || c === '\t');
}

/** A key that is a member name with invisible characters in it: said by name, fixed by removing them. */
function invisibleCharactersIn(
  context: RuleContext,
  property: Property,
  names: readonly string[],
  hidden: readonly string[],
  present: ReadonlySet<string>,
): { message: string; fixes?: Fix[] } {
  const key = property.key.value;
  const visible = [...key]
    .filter((c) => !hidden.includes(c))
    .join('')
    .trim();
  const known = names.includes(visible) && !present.has(visible);
  const message = `Unknown member \`${key}\`: the key holds ${namesOf(hidden)}, which cannot be seen but is part of the name the AWS CLI sends, so the API does not know it.${known ? ` Remove it to make it \`${visible}\`.` : ''}`;
  return {
    message,
    fixes: known
      ? [
          {
            title: `Remove the invisible characters (\`${visible}\`)`,
            edits: [renameKey(context.document, property, visible)],
          },
        ]
      : undefined,
  };
}

/**
 * The key that tells another request kind of the same resource (`LoadBalancerArn` in a
 * ModifyListener request): a describe element pasted as a request has both ARNs. Says which
 * request the file is checked as and what to remove, rather than steering to the other key.
 */
function otherKindsKey(
  context: RuleContext,
  property: Property,
): { message: string; fixes?: Fix[] } | undefined {
  const kind = context.kind;
  if (!kind?.input || property.parent !== context.document.root) return undefined;
  const other = KINDS.find(
    (k) => k.input && k !== kind && k.resource === kind.resource && k.key === property.key.value,
  );
  if (!other) return undefined;
  const resource = kind.resource === 'listener' ? 'listener' : 'target group';
  const output = KINDS.find((k) => !k.input && k.resource === kind.resource);
  return {
    message: `\`${other.key}\` belongs to a ${other.label}, but with \`${kind.key}\` this file is a ${kind.label}, and it is checked as one. It looks like a ${resource} copied from ${output ? `a ${output.label}` : 'a describe output'}: remove \`${other.key}\` to ${kind.action} the ${resource}, or remove \`${kind.key}\` to ${other.action} one.`,
    fixes: [{ title: `Remove \`${other.key}\``, edits: [removeProperty(context.document, property)] }],
  };
}
