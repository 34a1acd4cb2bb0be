import { describeLoadBalancer } from '../../semantics/origin';
import { anchorOf } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const listenerRuleLoadBalancerType: Rule = {
  id: 'listener-rule-load-balancer-type',
  severity: 'error',
  summary: 'Listener rules belong to Application or Network Load Balancer listeners, not Gateway ones.',
  constraint:
    "Rules can be added to the listeners of an Application Load Balancer or a dual-stack Network Load Balancer; a Gateway Load Balancer's listener sends all traffic to its default action and takes no rules. Checked when the ListenerArn or RuleArn names the load-balancer type.",
  sources: [apiSource('CreateRule', '(description)')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const rule of context.semantics.rules) {
      const lb = rule.loadBalancer;
      if (lb?.type !== 'gateway') continue;
      // The ARN that says the type, unless it belongs to another resource (a template's listener).
      const inRule = lb.node.start >= rule.object.start && lb.node.end <= rule.object.end;
      context.report(
        inRule ? lb.node : anchorOf(rule.object),
        `This rule's listener belongs to ${describeLoadBalancer(lb)}, which takes no listener rules: only Application and Network Load Balancer listeners do. Route with the listener's default action instead.`,
      );
    }
  },
};
