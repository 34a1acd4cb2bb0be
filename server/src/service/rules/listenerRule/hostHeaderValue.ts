import { HOST_NAME_CHARACTERS, isHostNameCharacter } from '../../model/ruleConditionFacts';
import { apiSource, type Rule } from '../rule';
import { rangeInScalar } from '../listener/common';
import { characterName, firstRefused, plainValuesOf } from './conditionStrings';

export const hostHeaderValue: Rule = {
  id: 'host-header-value',
  severity: 'error',
  summary:
    'A host-header value is a host name: letters, digits, hyphens and dots, with a letters-only top-level part.',
  constraint:
    'A host name to compare with the host header holds only A-Z, a-z, 0-9, hyphens, dots and the wildcards * and ?; it contains at least one dot, and after its last dot come only letters (a top-level domain such as com). No scheme, port or path.',
  sources: [apiSource('RuleCondition', 'Values'), apiSource('HostHeaderConditionConfig', 'Values')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const node of plainValuesOf(context.semantics.rules, 'host-header')) {
      const text = String(node.value);
      const bad = firstRefused(text, isHostNameCharacter);
      if (bad) {
        const c = bad.char;
        const hint = c === ':' || c === '/' ? ' (a host name carries no scheme, port or path)' : '';
        context.report(
          rangeInScalar(context.document, node, text, bad.index, c.length),
          `${characterName(c)} cannot appear in a host name${hint}; it takes ${HOST_NAME_CHARACTERS}.`,
        );
        continue;
      }
      const dot = text.lastIndexOf('.');
      if (dot < 0) {
        context.report(
          node,
          `\`${text}\` is not a host name the load balancer accepts: it needs at least one "." (such as \`${text}.example.com\`).`,
        );
        continue;
      }
      const tail = text.slice(dot + 1);
      if (firstRefused(tail, (c) => /^[A-Za-z]$/.test(c)))
        context.report(
          rangeInScalar(context.document, node, text, dot + 1, tail.length),
          `After the last "." of a host name come only letters (a top-level domain such as \`com\`), and \`${tail}\` is not.`,
        );
    }
  },
};
