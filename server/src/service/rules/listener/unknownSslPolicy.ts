import { replaceNode } from '../../edits';
import { SSL_POLICIES, type SslPolicy } from '../../model/facts';
import { describeSslPolicy } from '../../model/sslPolicyText';
import { closest } from '../../suggest';
import { apiSource, type Rule } from '../rule';

const NAMES = SSL_POLICIES.map((p) => p.name);
/** Policies to name when nothing is close: the recommended one, its FIPS twin, the CLI default. */
const EXAMPLES = [
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-2016-08',
]
  .map((n) => SSL_POLICIES.find((p) => p.name === n))
  .filter((p): p is SslPolicy => p !== undefined);

export const unknownSslPolicy: Rule = {
  id: 'unknown-ssl-policy',
  severity: 'warning',
  summary: 'SslPolicy names one of the predefined security policies.',
  constraint:
    'Application and Network Load Balancers take only the predefined ELBSecurityPolicy-… security policies (no custom ones); a name that is not one of them is rejected. New policies appear over time, hence a warning: `aws elbv2 describe-ssl-policies` lists what an account has.',
  sources: [apiSource('CreateListener', 'SslPolicy'), apiSource('DescribeSSLPolicies', 'Names')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const entry of context.binding.entries) {
      const { node } = entry;
      if (entry.owner?.member.name !== 'SslPolicy') continue;
      if (node.type !== 'scalar' || typeof node.value !== 'string' || NAMES.includes(node.value)) continue;
      const suggestion = closest(node.value, NAMES);
      const policy = SSL_POLICIES.find((p) => p.name === suggestion);
      if (suggestion !== undefined && policy) {
        context.report(
          node,
          `\`${node.value}\` is not a predefined security policy. Did you mean \`${suggestion}\` (${describeSslPolicy(policy)})?`,
          [
            {
              title: `Change to \`${suggestion}\``,
              edits: [replaceNode(context.document, node, suggestion)],
            },
          ],
        );
        continue;
      }
      const examples = EXAMPLES.map((p) => `\`${p.name}\` (${describeSslPolicy(p)})`).join(', ');
      context.report(
        node,
        `\`${node.value}\` is not one of the ${NAMES.length} predefined security policies, and load balancers take no custom ones. Pick a predefined policy, for example ${examples}; \`aws elbv2 describe-ssl-policies\` lists them all.`,
      );
    }
  },
};
