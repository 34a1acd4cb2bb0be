// One scenario of a template: the view of each ELBv2 resource, and what one resource says about
// another through `!Ref`/`!GetAtt` (a listener's load balancer, a rule's listener, a forward
// action's target group), as the facts the semantic layer gives every rule.
import { LOAD_BALANCER_TYPE_LABEL, type LoadBalancerType } from '../arn';
import { KINDS, type KindInfo } from '../documentKind';
import { DEFAULT_LOAD_BALANCER_TYPE, EC2_REFERENCE_VALUES, SECURITY_GROUP_REF_NEEDS } from '../model/facts';
import { enumValues } from '../model/apiModel';
import type { ReferencedValue } from '../semantics/document';
import { listenerFacts, type ListenerFacts } from '../semantics/listener';
import type { LoadBalancerTypeFact } from '../semantics/origin';
import { targetGroupFacts, type TargetGroupFacts } from '../semantics/targetGroup';
import { isObject, propertyValue, type Node, type ObjectNode } from '../syntax/tree';
import { intrinsicOf, stringOf } from './intrinsics';
import { mappingOf } from './mapping';
import type { Conditions, Scenario } from './scenarios';
import type { Template, TemplateResource } from './template';
import { Resolver, type Resolved } from './values';
import { ViewBuilder, type View } from './views';

/** One view of a resource: its properties, or its attribute list, as an API document kind. */
export interface ResourceView {
  resource: TemplateResource;
  kind: KindInfo;
  view: View;
}

/**
 * What the check of a resource reads of a resource it refers to, besides its type, its condition
 * and that it exists: a rule its listener's protocol, port and load balancer (`listenerOfRule`), a
 * listener its load balancer's `Type` (`loadBalancerTypeOf`), a forward its target group's protocol
 * and target type (`targetGroupOf`), and `invalid-ec2-id` whether a security group names its VPC
 * (`referencedValueOf`). The facts of a linked ELBv2 resource are built from a view of these
 * properties alone (`readOf`; the whole view only where the scenario has built it anyway), so a
 * rule that reads more gets nothing in most scenarios. Where they are written with `Fn::If` or
 * a parameter, their choices are the referring resource's too (checked.ts); they key its kept
 * findings (cache.ts).
 */
export const READ_OF_LINKED: ReadonlyMap<string, readonly string[]> = new Map([
  ['AWS::ElasticLoadBalancingV2::Listener', ['Protocol', 'Port', 'LoadBalancerArn']],
  ['AWS::ElasticLoadBalancingV2::LoadBalancer', ['Type']],
  ['AWS::ElasticLoadBalancingV2::TargetGroup', ['Protocol', 'TargetType']],
  ['AWS::EC2::SecurityGroup', [SECURITY_GROUP_REF_NEEDS]],
]);

/** Members the API requires that CloudFormation fills in when the template leaves them out. */
const FILLED_IN: ReadonlySet<string> = new Set([
  'CreateTargetGroupInput.Name',
  'CreateLoadBalancerInput.Name',
]);

export class ScenarioLinks {
  readonly resolver: Resolver;
  private readonly views = new Map<TemplateResource, ResourceView[]>();
  private readonly references = new Map<Node, Resolved & { kind: 'unknown' }>();
  private readonly listeners = new Map<TemplateResource, ListenerFacts | undefined>();
  private readonly following = new Set<TemplateResource>();
  private readonly read = new Map<TemplateResource, ObjectNode | undefined>();
  /** Listeners as rules read them (listenerOfRule), when this scenario has no whole view of them. */
  private readonly linkedListeners = new Map<TemplateResource, ListenerFacts | undefined>();

  constructor(
    private readonly template: Template,
    private readonly conditions: Conditions,
    readonly scenario: Scenario,
  ) {
    this.resolver = new Resolver(template, conditions, scenario);
  }

  /** The views of a resource in this scenario: its properties, then its attribute list if any. */
  viewsOf(resource: TemplateResource): ResourceView[] {
    const known = this.views.get(resource);
    if (known) return known;
    const mapping = mappingOf(resource.type);
    const kind = mapping && kindInfo(mapping.kind);
    const list: ResourceView[] = [];
    if (mapping && kind) {
      const anchor = resource.typeNode ?? resource.property.key;
      const main = new ViewBuilder(this.resolver).build(kind.root, resource.properties, anchor, (name) =>
        FILLED_IN.has(`${kind.root}.${name}`),
      );
      list.push({ resource, kind, view: main });
      const attributes = mapping.attributes;
      const property =
        attributes && resource.properties?.properties.find((p) => p.key.value === attributes.property);
      const attributeKind = attributes && kindInfo(attributes.kind);
      if (property && attributeKind)
        list.push({
          resource,
          kind: attributeKind,
          view: new ViewBuilder(this.resolver).attributes(attributeKind.root, property),
        });
    }
    for (const v of list) for (const [node, r] of v.view.references) this.references.set(node, r);
    this.views.set(resource, list);
    return list;
  }

  /** The resource a view value refers to (`!Ref Id`, `!GetAtt Id.Attr`). */
  referenceOf(node: Node | undefined): { resource: TemplateResource; attribute?: string } | undefined {
    const r = node && this.references.get(node);
    const resource = r?.resource === undefined ? undefined : this.template.resources.get(r.resource);
    if (!r || !resource) return undefined;
    return r.attribute === undefined ? { resource } : { resource, attribute: r.attribute };
  }

  /**
   * What a value that refers to an EC2 subnet, VPC or security group of the template gives in this
   * scenario (EC2_REFERENCE_VALUES); undefined for other resources, and where the scenario cannot
   * tell (a group's `VpcId` behind a condition it leaves open).
   */
  referencedValueOf(node: Node | undefined): ReferencedValue | undefined {
    const ref = this.referenceOf(node);
    const type = ref?.resource.type;
    if (!ref || type === undefined || !Object.hasOwn(EC2_REFERENCE_VALUES, type)) return undefined;
    const values = EC2_REFERENCE_VALUES[type];
    const logicalId = ref.resource.logicalId;
    if (!values) return undefined;
    if (ref.attribute !== undefined) {
      const gives = Object.hasOwn(values.attributes, ref.attribute)
        ? values.attributes[ref.attribute]
        : undefined;
      return gives && { logicalId, written: `\`Fn::GetAtt\` of \`${logicalId}.${ref.attribute}\``, gives };
    }
    const written = `\`Ref\` of \`${logicalId}\``;
    if (type !== 'AWS::EC2::SecurityGroup') return { logicalId, written, gives: values.ref };
    const vpc = this.vpcOfSecurityGroup(ref.resource);
    if (!vpc) return undefined;
    return vpc.named
      ? { logicalId, written, gives: values.ref }
      : { logicalId, written, gives: 'security-group-name', because: vpc.because };
  }

  /** Whether a security group names its VPC in this scenario, and if not, why; undefined: cannot tell. */
  private vpcOfSecurityGroup(group: TemplateResource): { named: boolean; because?: string } | undefined {
    const properties = group.properties;
    if (properties && intrinsicOf(properties)) return undefined;
    const value = properties && propertyValue(properties, SECURITY_GROUP_REF_NEEDS);
    if (!value) {
      // `Properties` that is not an object (a list, a scalar) is malformed: the schema rules say so.
      const body = group.property.value;
      const written = isObject(body) ? propertyValue(body, 'Properties') : undefined;
      if (written && !isObject(written)) return undefined;
      return { named: false, because: `it has no \`${SECURITY_GROUP_REF_NEEDS}\`` };
    }
    const resolved = this.resolver.resolve(value);
    if (resolved.kind === 'unknown' && intrinsicOf(resolved.node)?.name === 'Fn::If') return undefined;
    if (resolved.kind !== 'absent') return { named: true };
    const fn = intrinsicOf(value);
    const condition =
      fn?.name === 'Fn::If' && fn.argument.type === 'array' ? stringOf(fn.argument.items[0]) : undefined;
    const truth = condition === undefined ? undefined : this.conditions.value(condition, this.scenario);
    return {
      named: false,
      because:
        truth === undefined
          ? `its \`${SECURITY_GROUP_REF_NEEDS}\` is \`AWS::NoValue\``
          : `its \`${SECURITY_GROUP_REF_NEEDS}\` is left out when condition \`${condition}\` is ${truth}`,
    };
  }

  /** The listener facts of a Listener resource, its load balancer's type read from the template. */
  listenerOf(resource: TemplateResource): ListenerFacts | undefined {
    if (this.listeners.has(resource)) return this.listeners.get(resource);
    if (resource.type !== 'AWS::ElasticLoadBalancingV2::Listener' || this.following.has(resource))
      return undefined;
    this.following.add(resource);
    const facts = this.listenerFactsOf(this.viewsOf(resource)[0]?.view.root);
    this.following.delete(resource);
    this.listeners.set(resource, facts);
    return facts;
  }

  /**
   * The listener a rule's `ListenerArn` refers to, as far as READ_OF_LINKED reads it: its protocol,
   * port and load balancer, not its own actions (unless this scenario has its whole view).
   */
  listenerOfRule(ruleRoot: ObjectNode): ListenerFacts | undefined {
    const ref = this.referenceOf(propertyValue(ruleRoot, 'ListenerArn'));
    const listener = ref?.resource;
    if (listener?.type !== 'AWS::ElasticLoadBalancingV2::Listener') return undefined;
    if (this.views.has(listener) || this.listeners.has(listener)) return this.listenerOf(listener);
    if (this.linkedListeners.has(listener)) return this.linkedListeners.get(listener);
    const facts = this.listenerFactsOf(this.readOf(listener));
    this.linkedListeners.set(listener, facts);
    return facts;
  }

  /** A listener view's facts, with its load balancer's type read from the template. */
  private listenerFactsOf(root: ObjectNode | undefined): ListenerFacts | undefined {
    const facts = root ? listenerFacts(root, 'create') : undefined;
    if (facts && root && !facts.loadBalancer) {
      const type = this.loadBalancerTypeOf(propertyValue(root, 'LoadBalancerArn'));
      if (type) facts.loadBalancer = type;
    }
    return facts;
  }

  /** The target group a `TargetGroupArn` value refers to, as far as READ_OF_LINKED reads it. */
  targetGroupOf(node: Node): TargetGroupFacts | undefined {
    const ref = this.referenceOf(node);
    if (ref?.resource.type !== 'AWS::ElasticLoadBalancingV2::TargetGroup') return undefined;
    const root = this.readOf(ref.resource);
    return root ? targetGroupFacts(root, 'create') : undefined;
  }

  /**
   * The view of what is read of a linked resource (READ_OF_LINKED) in this scenario: its whole
   * view when this scenario has built it, else a view of those properties alone. A forward in each
   * scenario of every rule reads a target group's protocol; building the group's whole view (its
   * health check, its attribute list) for that was most of the cost of following it.
   */
  private readOf(resource: TemplateResource): ObjectNode | undefined {
    const whole = this.views.get(resource)?.[0]?.view.root;
    if (whole) return whole;
    if (this.read.has(resource)) return this.read.get(resource);
    const mapping = mappingOf(resource.type);
    const kind = mapping && kindInfo(mapping.kind);
    const names = READ_OF_LINKED.get(resource.type ?? '') ?? [];
    const properties = resource.properties;
    const view =
      kind &&
      new ViewBuilder(this.resolver).build(
        kind.root,
        properties && {
          ...properties,
          properties: properties.properties.filter((p) => names.includes(p.key.value)),
        },
        resource.typeNode ?? resource.property.key,
        () => false,
      );
    // Its references are followed too (a listener's LoadBalancerArn, for its load balancer's type).
    for (const [node, r] of view?.references ?? []) this.references.set(node, r);
    const root = view?.root;
    this.read.set(resource, root);
    return root;
  }

  /** The type of the load balancer a `LoadBalancerArn` value refers to, as its `Type` says. */
  loadBalancerTypeOf(node: Node | undefined): LoadBalancerTypeFact | undefined {
    const ref = this.referenceOf(node);
    if (!node || ref?.resource.type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer') return undefined;
    const id = ref.resource.logicalId;
    const typeNode = ref.resource.properties && propertyValue(ref.resource.properties, 'Type');
    const resolved = typeNode ? this.resolver.resolve(typeNode) : { kind: 'absent' as const };
    if (resolved.kind === 'unknown') return undefined;
    if (resolved.kind === 'absent') {
      const type = DEFAULT_LOAD_BALANCER_TYPE;
      return {
        type,
        node,
        via: 'default',
        explanation: `its \`LoadBalancerArn\` refers to \`${id}\`, which has no \`Type\` and so is an ${LOAD_BALANCER_TYPE_LABEL[type]}`,
      };
    }
    const value = resolved.node.type === 'scalar' ? resolved.node.value : undefined;
    if (typeof value !== 'string' || !enumValues('LoadBalancerTypeEnum').includes(value)) return undefined;
    return {
      type: value as LoadBalancerType,
      node,
      via: 'type',
      explanation: `its \`LoadBalancerArn\` refers to \`${id}\`, whose \`Type\` is \`${value}\``,
    };
  }
}

function kindInfo(kind: string): KindInfo | undefined {
  return KINDS.find((k) => k.kind === kind);
}
