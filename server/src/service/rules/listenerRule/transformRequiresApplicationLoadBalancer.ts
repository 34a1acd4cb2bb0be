import { describeLoadBalancer } from '../../semantics/origin';
import { keyRangeOf } from '../../syntax/tree';
import type { Rule } from '../rule';
import { TRANSFORMS_GUIDE } from './common';

export const transformRequiresApplicationLoadBalancer: Rule = {
  id: 'transform-requires-application-load-balancer',
  severity: 'error',
  summary: 'Only the rules of an Application Load Balancer take transforms.',
  constraint:
    "Rewriting the host header or the URL happens at the HTTP layer, so only an Application Load Balancer's rules take transforms; a Network Load Balancer's rules do not. Checked when the load-balancer type is known from the rule's ARN.",
  sources: [TRANSFORMS_GUIDE],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      const type = rule.loadBalancer?.type;
      // A Gateway Load Balancer's listener takes no rules at all: listener-rule-load-balancer-type.
      if (type !== 'network' || !rule.transformsNode || rule.transformsNode.items.length === 0) continue;
      context.report(
        keyRangeOf(rule.transformsNode),
        `Transforms rewrite HTTP requests, which only an Application Load Balancer reads, but this rule's listener belongs to ${describeLoadBalancer(rule.loadBalancer)}. Remove \`Transforms\`.`,
      );
    }
  },
};
