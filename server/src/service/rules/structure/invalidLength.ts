import { apiSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from './memberFacts';

export const invalidLength: Rule = {
  id: 'invalid-length',
  severity: 'error',
  summary: 'Strings are within their documented length.',
  constraint:
    'MessageBody is at most 1024 characters, redirect Host and Path 1–128 and Query up to 128, JwksEndpoint and Issuer at most 256, claim values at most 256, target-group names 1–32, tag keys 1–128 and values up to 256.',
  sources: [
    apiSource('FixedResponseActionConfig', 'MessageBody'),
    apiSource('JwtValidationActionConfig', 'JwksEndpoint'),
    apiSource('CreateTargetGroup', 'Name'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node } = entry;
      if (node.type !== 'scalar' || typeof node.value !== 'string') continue;
      const length = factsOfEntry(entry)?.length;
      if (!length) continue;
      const count = [...node.value].length;
      if (count >= length.min && count <= length.max) continue;
      const bound =
        length.min === 0
          ? `at most ${length.max} characters`
          : length.max === Infinity
            ? `at least ${length.min}`
            : `${length.min} to ${length.max} characters`;
      const what =
        count < length.min
          ? count === 0
            ? 'it is empty'
            : `it has ${count}`
          : `it has ${count}; shorten it`;
      context.report(node, `${nameOfEntry(entry)} must be ${bound} long, but ${what}.`);
    }
  },
};
