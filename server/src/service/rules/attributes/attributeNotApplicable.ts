import { attributeRefusal, resourceNoun } from '../../semantics/attributes';
import { describeLoadBalancer } from '../../semantics/origin';
import { listOf } from '../../suggest';
import { guideSource, type Rule } from '../rule';
import { ATTRIBUTE_KEY_SOURCES, attributeNoun, attributesOf, typesText } from './attributeHelpers';

export const attributeNotApplicable: Rule = {
  id: 'attribute-not-applicable',
  severity: 'error',
  summary: 'An attribute key applies to the resource’s load-balancer type, target type and protocol.',
  constraint:
    'Most attribute keys apply to some load-balancer types only (idle_timeout.timeout_seconds to Application Load Balancers, proxy_protocol_v2.enabled to Network Load Balancers, target_failover.* to Gateway Load Balancers); some target-group keys only to some target types (lambda.multi_value_headers.enabled to lambda, deregistration_delay.timeout_seconds to all but lambda); the renamed mTLS/TLS headers only to HTTPS listeners. The load-balancer type is read from the ARN, from the template resource, or from another attribute only one type takes.',
  sources: [
    ...ATTRIBUTE_KEY_SOURCES,
    guideSource(
      'Application Load Balancers',
      'Enable HTTP header modification',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-header-modification.html',
    ),
  ],
  scope: 'document',
  fixable: false,
  check(context) {
    for (const { set, key, keyNode, spec } of attributesOf(context)) {
      if (!spec) continue;
      const refusal = attributeRefusal(set, spec);
      if (!refusal) continue;
      const resource = set.owner.resource ?? spec.resource;
      const noun = resourceNoun(resource);
      const what = `\`${key}\` is a ${attributeNoun(spec.resource)}`;
      if (refusal.reason === 'load-balancer-type')
        context.report(
          keyNode,
          `${what} of ${typesText(spec.loadBalancerTypes)} only, and ${noun} ${resource === 'load-balancer' ? 'is' : 'belongs to'} ${describeLoadBalancer(refusal.fact)}. Remove it.`,
        );
      else if (refusal.reason === 'target-type')
        context.report(
          keyNode,
          `${what} of ${listOf(spec.targetTypes ?? [])} target groups only, and this target group's target type is \`${refusal.targetType}\`. Remove it.`,
        );
      else
        context.report(
          keyNode,
          `${what} of ${(spec.protocols ?? []).join(' and ')} listeners only, and this listener's protocol is \`${refusal.protocol}\`. Remove it, or use an HTTPS listener.`,
        );
    }
  },
};
