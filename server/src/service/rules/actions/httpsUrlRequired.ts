import { replaceNode } from '../../edits';
import type { Fix } from '../../findings';
import { apiSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from '../structure/memberFacts';

export const httpsUrlRequired: Rule = {
  id: 'https-url-required',
  severity: 'error',
  summary: 'Identity-provider endpoints are full https URLs with a host.',
  constraint:
    "The OIDC issuer, authorization, token and user-info endpoints and the JWKS endpoint of a JWT validation action are complete URLs: the https scheme, then the provider's host, then usually a path.",
  sources: [
    apiSource('AuthenticateOidcActionConfig', 'Issuer'),
    apiSource('AuthenticateOidcActionConfig', 'AuthorizationEndpoint'),
    apiSource('AuthenticateOidcActionConfig', 'TokenEndpoint'),
    apiSource('AuthenticateOidcActionConfig', 'UserInfoEndpoint'),
    apiSource('JwtValidationActionConfig', 'JwksEndpoint'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node } = entry;
      const facts = factsOfEntry(entry);
      if (node.type !== 'scalar' || typeof node.value !== 'string' || !facts?.httpsUrl) continue;
      // An empty value that has a minimum length is reported by invalid-length.
      if (node.value === '' && (facts.length?.min ?? 0) > 0) continue;
      const problem = problemOf(node.value);
      if (!problem) continue;
      const fixed = fixedUrl(node.value);
      const fixes: Fix[] = fixed
        ? [{ title: `Change to \`${fixed}\``, edits: [replaceNode(context.document, node, fixed)] }]
        : [];
      context.report(
        node,
        `${nameOfEntry(entry)} must be a full https URL with a host, such as \`https://idp.example.com/oauth2/token\`, but it ${problem}.${fixed ? ` Did you mean \`${fixed}\`?` : ''}`,
        fixes,
      );
    }
  },
};

/** What is wrong with the URL, or undefined when it is a full https URL with a host. */
function problemOf(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (/\s/.test(value)) return 'contains whitespace';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1];
  if (scheme === undefined) return 'does not start with `https://`';
  if (scheme.toLowerCase() !== 'https') return `uses the \`${scheme}\` scheme`;
  const authority = /^[^:]+:\/\/([^/?#]*)/.exec(value)?.[1];
  if (!authority) return 'has no host';
  try {
    return new URL(value).hostname ? undefined : 'has no host';
  } catch {
    return 'is not a valid URL';
  }
}

/** The https URL the user most likely meant, when that is clear. */
function fixedUrl(value: string): string | undefined {
  const candidate = /^http:\/\//i.test(value)
    ? `https://${value.slice('http://'.length)}`
    : isDottedHost(value.split(/[/?#:]/, 1)[0] ?? '')
      ? `https://${value}`
      : undefined;
  return candidate !== undefined && problemOf(candidate) === undefined ? candidate : undefined;
}

/**
 * Two or more dot-separated labels of letters, digits and hyphens (`idp.example.com`). Split by
 * hand: a regular expression with a repeated group overflows the regexp stack on a value of a few
 * million labels.
 */
function isDottedHost(host: string): boolean {
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => /^[A-Za-z0-9-]+$/.test(label));
}
