// The listeners and target groups of a document, with what can be inferred about each: its
// protocol, its port and the type of load balancer it belongs to.
import { loadBalancerTypeOfArn, type LoadBalancerType } from './arn';
import type { Binding } from './bind';
import type { KindInfo } from './documentKind';
import {
  isArray,
  isObject,
  numberValue,
  propertyValue,
  stringValue,
  type ArrayNode,
  type Node,
  type ObjectNode,
} from './syntax/tree';

export type Operation = 'create' | 'modify' | 'describe';

export interface ListenerScope {
  object: ObjectNode;
  operation: Operation;
  protocol?: string;
  port?: number;
  loadBalancerType?: LoadBalancerType;
  /** The ARN value the load-balancer type was read from. */
  loadBalancerTypeFrom?: Node;
  actionsNode?: ArrayNode;
  /** The DefaultActions items that are objects, in document order. */
  actions: ObjectNode[];
}

export interface TargetGroupScope {
  object: ObjectNode;
  operation: Operation;
  protocol?: string;
  targetType?: string;
  loadBalancerType?: LoadBalancerType;
}

function operationOf(info: KindInfo): Operation {
  if (!info.input) return 'describe';
  return info.kind.startsWith('create') ? 'create' : 'modify';
}

export function listenerScopes(info: KindInfo, binding: Binding): ListenerScope[] {
  if (info.kind === 'create-listener' || info.kind === 'modify-listener')
    return binding.objectsOf(info.root).map((o) => listenerScope(o, operationOf(info)));
  if (info.kind === 'describe-listeners')
    return binding.objectsOf('Listener').map((o) => listenerScope(o, 'describe'));
  return [];
}

function listenerScope(object: ObjectNode, operation: Operation): ListenerScope {
  const scope: ListenerScope = { object, operation, actions: [] };
  const protocol = stringValue(object, 'Protocol');
  if (protocol !== undefined) scope.protocol = protocol;
  const port = numberValue(object, 'Port');
  if (port !== undefined) scope.port = port;
  for (const name of ['LoadBalancerArn', 'ListenerArn']) {
    const arnNode = propertyValue(object, name);
    const type =
      arnNode?.type === 'scalar' && typeof arnNode.value === 'string'
        ? loadBalancerTypeOfArn(arnNode.value)
        : undefined;
    if (type && arnNode) {
      scope.loadBalancerType = type;
      scope.loadBalancerTypeFrom = arnNode;
      break;
    }
  }
  const actions = propertyValue(object, 'DefaultActions');
  if (isArray(actions)) {
    scope.actionsNode = actions;
    scope.actions = actions.items.filter(isObject);
  }
  return scope;
}

const TARGET_GROUP_TYPE_BY_PROTOCOL: Record<string, LoadBalancerType> = {
  HTTP: 'application',
  HTTPS: 'application',
  TCP: 'network',
  TLS: 'network',
  UDP: 'network',
  TCP_UDP: 'network',
  QUIC: 'network',
  TCP_QUIC: 'network',
  GENEVE: 'gateway',
};

export function targetGroupScopes(info: KindInfo, binding: Binding): TargetGroupScope[] {
  if (info.kind === 'create-target-group' || info.kind === 'modify-target-group')
    return binding.objectsOf(info.root).map((o) => targetGroupScope(o, operationOf(info)));
  if (info.kind === 'describe-target-groups')
    return binding.objectsOf('TargetGroup').map((o) => targetGroupScope(o, 'describe'));
  return [];
}

function targetGroupScope(object: ObjectNode, operation: Operation): TargetGroupScope {
  const scope: TargetGroupScope = { object, operation };
  const protocol = stringValue(object, 'Protocol');
  if (protocol !== undefined) scope.protocol = protocol;
  const targetType = stringValue(object, 'TargetType');
  if (targetType !== undefined) scope.targetType = targetType;
  const lbArns = propertyValue(object, 'LoadBalancerArns');
  const fromArn = isArray(lbArns)
    ? lbArns.items
        .map((n) =>
          n.type === 'scalar' && typeof n.value === 'string' ? loadBalancerTypeOfArn(n.value) : undefined,
        )
        .find((t) => t)
    : undefined;
  const type = fromArn ?? (protocol ? TARGET_GROUP_TYPE_BY_PROTOCOL[protocol] : undefined);
  if (type) scope.loadBalancerType = type;
  return scope;
}
