// The names and details the outline shows for listeners, target groups, actions and list items.
import { parseArn } from '../arn';
import { isAttributeStructure } from '../semantics/attributes';
import {
  booleanValue,
  isArray,
  isObject,
  numberValue,
  propertyValue,
  stringValue,
  type Node,
  type ObjectNode,
} from '../syntax/tree';

const MAX_DETAIL = 60;

/** "HTTPS:443", "HTTPS", "port 443", or undefined. */
function protocolPort(object: ObjectNode): string | undefined {
  const protocol = stringValue(object, 'Protocol');
  const port = numberValue(object, 'Port');
  if (protocol !== undefined && port !== undefined) return `${protocol}:${port}`;
  if (protocol !== undefined) return protocol;
  if (port !== undefined) return `port ${port}`;
  return undefined;
}

/** A resource's name from its ARN: the segment after the resource type (and load-balancer type). */
export function nameInArn(text: string | undefined): string | undefined {
  const arn = text === undefined ? undefined : parseArn(text);
  if (!arn) return undefined;
  const segments = arn.resource.split('/');
  const name = /^(?:app|net|gwy)$/.test(segments[1] ?? '') ? segments[2] : segments[1];
  return name || undefined;
}

export function listenerName(listener: ObjectNode): { name: string; detail?: string } {
  const name = protocolPort(listener) ?? 'Listener';
  const lb =
    nameInArn(stringValue(listener, 'LoadBalancerArn')) ?? nameInArn(stringValue(listener, 'ListenerArn'));
  return lb ? { name, detail: lb } : { name };
}

export function targetGroupName(group: ObjectNode): { name: string; detail?: string } {
  const name =
    stringValue(group, 'TargetGroupName') ??
    stringValue(group, 'Name') ??
    nameInArn(stringValue(group, 'TargetGroupArn')) ??
    'Target group';
  const detail = protocolPort(group) ?? stringValue(group, 'TargetType');
  return detail ? { name, detail } : { name };
}

/**
 * A listener rule: "Priority 10" (or "Default rule") with its conditions as detail,
 * "path-pattern /img/*; host-header *.example.com".
 */
export function ruleName(rule: ObjectNode): { name: string; detail?: string } {
  const priority = propertyValue(rule, 'Priority');
  const value = priority?.type === 'scalar' ? priority.value : undefined;
  const name =
    value === 'default' || booleanValue(rule, 'IsDefault') === true
      ? 'Default rule'
      : value !== undefined && value !== null
        ? `Priority ${String(value)}`
        : (nameInArn(stringValue(rule, 'RuleArn')) ?? 'Rule');
  const conditions = propertyValue(rule, 'Conditions');
  const detail = isArray(conditions)
    ? conditions.items.filter(isObject).map(conditionSummary).join('; ')
    : '';
  return detail ? { name, detail: shorten(detail) } : { name };
}

/** "path-pattern /img/*, /pics/*", "http-header User-Agent: *Mobile*", "source-ip ipv6". */
function conditionSummary(condition: ObjectNode): string {
  const field = stringValue(condition, 'Field') ?? 'condition';
  const config = condition.properties.find((p) => p.key.value.endsWith('Config'))?.value;
  const holder = isObject(config) ? config : condition;
  const header = stringValue(holder, 'HttpHeaderName');
  const values = [propertyValue(holder, 'Values'), propertyValue(holder, 'RegexValues')].flatMap((list) =>
    isArray(list)
      ? list.items.map((item) =>
          item.type === 'scalar'
            ? String(item.value)
            : isObject(item)
              ? [stringValue(item, 'Key'), stringValue(item, 'Value')]
                  .filter((x) => x !== undefined)
                  .join('=')
              : '?',
        )
      : [],
  );
  const family = stringValue(holder, 'IpAddressType');
  const shown = family !== undefined && values.length === 0 ? [family] : values;
  return `${field} ${header !== undefined ? `${header}: ` : ''}${shown.join(', ')}`.trim();
}

/** "2. forward → my-targets", "1. redirect → HTTPS:443 (HTTP_301)", "1. authenticate-oidc". */
export function actionName(action: ObjectNode, index: number): { name: string; detail?: string } {
  const type = stringValue(action, 'Type') ?? 'action';
  const target = actionTarget(action, type);
  const name = `${index + 1}. ${type}${target ? ` → ${target}` : ''}`;
  const order = numberValue(action, 'Order');
  return order !== undefined ? { name, detail: `Order ${order}` } : { name };
}

function actionTarget(action: ObjectNode, type: string): string | undefined {
  if (type === 'forward') {
    const single = nameInArn(stringValue(action, 'TargetGroupArn'));
    const forward = propertyValue(action, 'ForwardConfig');
    const groups = isObject(forward) ? propertyValue(forward, 'TargetGroups') : undefined;
    const names = isArray(groups)
      ? groups.items.filter(isObject).map((g) => nameInArn(stringValue(g, 'TargetGroupArn')) ?? '?')
      : [];
    return single ?? (names.length > 0 ? names.join(', ') : undefined);
  }
  const config = (name: string): ObjectNode | undefined => {
    const value = propertyValue(action, name);
    return isObject(value) ? value : undefined;
  };
  if (type === 'redirect') {
    const redirect = config('RedirectConfig');
    if (!redirect) return undefined;
    const where = protocolPort(redirect) ?? stringValue(redirect, 'Host');
    const code = stringValue(redirect, 'StatusCode');
    return [where, code ? `(${code})` : undefined].filter((s) => s).join(' ') || undefined;
  }
  if (type === 'fixed-response') {
    const fixed = config('FixedResponseConfig');
    return fixed ? stringValue(fixed, 'StatusCode') : undefined;
  }
  return undefined;
}

/** The name of an item of a list of objects that has no outline entry of its own kind. */
export function itemName(structure: string | undefined, item: ObjectNode, index: number): string {
  const named =
    structure === 'TargetGroupTuple'
      ? nameInArn(stringValue(item, 'TargetGroupArn'))
      : structure === 'RuleCondition'
        ? conditionSummary(item)
        : structure === 'RuleTransform'
          ? stringValue(item, 'Type')
          : structure === 'QueryStringKeyValuePair'
            ? [stringValue(item, 'Key'), stringValue(item, 'Value')]
                .filter((x) => x !== undefined)
                .join('=') || undefined
            : structure === 'RewriteConfig'
              ? `${stringValue(item, 'Regex') ?? '?'} → ${stringValue(item, 'Replace') ?? '?'}`
              : structure === 'Certificate'
                ? nameInArn(stringValue(item, 'CertificateArn'))
                : structure === 'Tag'
                  ? stringValue(item, 'Key')
                  : structure === 'JwtValidationActionAdditionalClaim'
                    ? stringValue(item, 'Name')
                    : otherItemName(structure, item);
  return named ?? `Item ${index + 1}`;
}

/** Attributes by their key, load balancers by their name, subnets and zones by theirs. */
function otherItemName(structure: string | undefined, item: ObjectNode): string | undefined {
  if (structure === undefined) return undefined;
  if (isAttributeStructure(structure)) return stringValue(item, 'Key');
  if (structure === 'LoadBalancer')
    return stringValue(item, 'LoadBalancerName') ?? nameInArn(stringValue(item, 'LoadBalancerArn'));
  if (structure === 'SubnetMapping') return stringValue(item, 'SubnetId');
  if (structure === 'AvailabilityZone') return stringValue(item, 'ZoneName');
  return undefined;
}

/** "weight 90" for a target group of a forward action; an attribute's value. */
export function itemDetail(structure: string | undefined, item: ObjectNode): string | undefined {
  if (structure !== undefined && isAttributeStructure(structure)) {
    const value = propertyValue(item, 'Value');
    return value ? valueDetail(value) : undefined;
  }
  const weight = structure === 'TargetGroupTuple' ? numberValue(item, 'Weight') : undefined;
  return weight !== undefined ? `weight ${weight}` : undefined;
}

/** What the outline shows next to a scalar or a list: its value, or how many items it has. */
export function valueDetail(node: Node): string | undefined {
  if (node.type === 'scalar') return node.value === null ? undefined : shorten(String(node.value));
  if (node.type === 'array') {
    if (node.items.every((i) => i.type === 'scalar'))
      return node.items.length === 0
        ? 'empty'
        : shorten(node.items.map((i) => (i.type === 'scalar' ? String(i.value) : '')).join(', '));
    return node.items.length === 1 ? '1 item' : `${node.items.length} items`;
  }
  return undefined;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}…` : line;
}
