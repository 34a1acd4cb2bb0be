import { LOAD_BALANCER_TYPE_LABEL } from '../../arn';
import { MAX_TARGET_GROUPS_PER_ACTION } from '../../model/facts';
import { describeLoadBalancer } from '../../semantics/origin';
import { anchorOf, isArray, isObject, propertyValue } from '../../syntax/tree';
import { apiSource, guideSource, type Rule } from '../rule';

export const forwardTargetGroupCount: Rule = {
  id: 'forward-target-group-count',
  severity: 'error',
  summary: 'A forward action of an Application Load Balancer spreads requests over at most 5 target groups.',
  constraint:
    'The quota of target groups per action is 5 on an Application Load Balancer, and it cannot be raised; a ForwardConfig that lists more is refused. Only checked when the load-balancer type is known (from an ARN).',
  sources: [
    guideSource(
      'Application Load Balancers',
      'Quotas for your Application Load Balancers (Target Groups per Action per Application Load Balancer)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html',
    ),
    apiSource('ForwardActionConfig', 'TargetGroups'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const listener of context.semantics.listeners) {
      const type = listener.loadBalancer?.type;
      const max = type ? MAX_TARGET_GROUPS_PER_ACTION[type] : undefined;
      if (max === undefined || !type) continue;
      for (const action of listener.actions) {
        const config = propertyValue(action, 'ForwardConfig');
        const groups = isObject(config) ? propertyValue(config, 'TargetGroups') : undefined;
        if (!isArray(groups) || groups.items.length <= max) continue;
        const extra = groups.items[max];
        if (!extra) continue;
        context.report(
          isObject(extra) ? anchorOf(extra) : extra,
          `This forward action lists ${groups.items.length} target groups, but an action of ${describeLoadBalancer(listener.loadBalancer)} takes at most ${max}: the quota of target groups per action cannot be raised on an ${LOAD_BALANCER_TYPE_LABEL[type]}. Spread the traffic over at most ${max}.`,
        );
      }
    }
  },
};
