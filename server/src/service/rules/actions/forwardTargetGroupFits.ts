import { LOAD_BALANCER_TYPE_LABEL } from '../../arn';
import { describeLoadBalancer } from '../../semantics/origin';
import { listenerProtocolsFor, targetGroupProtocolsFor } from '../../semantics/protocols';
import { isArray, isObject, keyRangeOf, propertyValue, type Node } from '../../syntax/tree';
import { listenerOfList } from '../../semantics/actionList';
import { apiSource, guideSource, type Rule } from '../rule';

/** Network Load Balancer listeners: the target-group protocols each forwards to. */
const NLB_PAIRS: Readonly<Record<string, readonly string[]>> = {
  TCP: ['TCP', 'TCP_UDP'],
  TLS: ['TCP', 'TLS'],
  UDP: ['UDP', 'TCP_UDP'],
  TCP_UDP: ['TCP_UDP'],
};

export const forwardTargetGroupFits: Rule = {
  id: 'forward-target-group-fits',
  severity: 'error',
  summary:
    "A forward action's target group has a protocol its listener's load balancer and protocol can forward to.",
  constraint:
    "Only checked where the target group is known (a template's `!Ref` to a TargetGroup resource): an Application Load Balancer forwards to HTTP or HTTPS target groups (or a lambda target group), a Network Load Balancer to TCP, TLS, UDP, TCP_UDP, QUIC or TCP_QUIC ones, a Gateway Load Balancer to GENEVE ones; a Network Load Balancer's TCP listener forwards to TCP or TCP_UDP, a TLS listener to TCP or TLS, a UDP listener to UDP or TCP_UDP, a TCP_UDP listener to TCP_UDP.",
  sources: [
    apiSource('Action', 'TargetGroupArn'),
    guideSource(
      'Network Load Balancers',
      'Listeners for your Network Load Balancers (Listener configuration)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html',
    ),
    guideSource(
      'Application Load Balancers',
      'Target groups for your Application Load Balancers (Routing configuration)',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html',
    ),
  ],
  scope: 'document',
  fixable: false,
  check(context) {
    for (const list of context.semantics.actionLists) {
      const type = list.loadBalancer?.type;
      const listenerProtocol = list.protocol;
      for (const action of list.actions) {
        for (const arn of targetGroupArns(action)) {
          const group = context.semantics.targetGroupOf(arn);
          const protocol = group?.protocol;
          if (!group || group.targetType === 'lambda' || protocol === undefined) continue;
          const byType = type ? targetGroupProtocolsFor(type) : undefined;
          if (type && byType && !byType.includes(protocol)) {
            context.report(
              keyRangeOf(arn),
              `This target group's protocol is \`${protocol}\`, but ${listenerOfList(list)} belongs to ${describeLoadBalancer(list.loadBalancer)}, which forwards only to ${byType.map((p) => `\`${p}\``).join(', ')} target groups${type === 'application' ? ' (or a lambda one)' : ''}. Point it at a target group of ${LOAD_BALANCER_TYPE_LABEL[type]}s.`,
            );
            continue;
          }
          const pairs =
            listenerProtocol !== undefined && (type === 'network' || !type)
              ? NLB_PAIRS[listenerProtocol]
              : undefined;
          if (
            pairs &&
            !pairs.includes(protocol) &&
            listenerProtocolsFor('network').includes(listenerProtocol ?? '')
          )
            context.report(
              keyRangeOf(arn),
              `A \`${listenerProtocol}\` listener forwards to ${pairs.map((p) => `\`${p}\``).join(' or ')} target groups, and this one's protocol is \`${protocol}\`. Change the target group's protocol, or the listener's.`,
            );
        }
      }
    }
  },
};

/** The `TargetGroupArn` values of an action: its own, and those of its ForwardConfig. */
function targetGroupArns(action: Node): Node[] {
  if (!isObject(action)) return [];
  const found: Node[] = [];
  const own = propertyValue(action, 'TargetGroupArn');
  if (own) found.push(own);
  const config = propertyValue(action, 'ForwardConfig');
  const groups = isObject(config) ? propertyValue(config, 'TargetGroups') : undefined;
  if (isArray(groups))
    for (const item of groups.items) {
      const arn = isObject(item) ? propertyValue(item, 'TargetGroupArn') : undefined;
      if (arn) found.push(arn);
    }
  return found;
}
