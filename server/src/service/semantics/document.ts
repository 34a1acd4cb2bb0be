// The semantic model of one checked document: its listeners, listener rules, target groups, load
// balancers and attribute lists with what is known about each, computed on first use and shared
// by every rule, hover and the outline.
import type { Binding } from '../bind';
import type { KindInfo, ResourceKind } from '../documentKind';
import { ATTRIBUTE_STRUCTURE } from '../model/attributes';
import type { Ec2IdKind } from '../model/facts';
import { owningProperty, type ArrayNode, type Node, type ObjectNode } from '../syntax/tree';
import type { ActionListFacts } from './actionList';
import { attributeOwnerInDocument, attributeSet, type AttributeOwner, type AttributeSet } from './attributes';
import { listenerFacts, type ListenerFacts } from './listener';
import { loadBalancerFacts, type LoadBalancerFacts } from './loadBalancer';
import { ruleFacts, type RuleFacts } from './rule';
import { targetGroupFacts, type TargetGroupFacts } from './targetGroup';

/**
 * Says whose attributes a list is, where the document itself cannot (a template resource's
 * TargetGroupAttributes): given the list and the structure its items are bound as, the owner, or
 * undefined to fall back to the API document's own reading.
 */
export type AttributeOwnerResolver = (list: ArrayNode, structure: string) => AttributeOwner | undefined;

/**
 * What a `Ref` or `Fn::GetAtt` of another resource of a template gives, where the template tells:
 * an EC2 ID of a kind, or a security group's name (`Ref` of a group without `VpcId`).
 */
export interface ReferencedValue {
  /** The logical ID of the resource referred to. */
  logicalId: string;
  /** How the value is got, for messages: "`Ref` of `WebGroup`", "`Fn::GetAtt` of `AppVpc.VpcId`". */
  written: string;
  gives: Ec2IdKind | 'security-group-name';
  /** Why, when the resource's own properties decide it: "it has no `VpcId`". */
  because?: string;
}

/**
 * What another layer knows that the document kind cannot derive from the binding: the resources
 * of a template with what one says about another (a rule's listener, a listener's load balancer),
 * and the owners of attribute lists. Given facts replace those the kind would derive.
 */
export interface SemanticsOptions {
  listeners?: readonly ListenerFacts[];
  rules?: readonly RuleFacts[];
  targetGroups?: readonly TargetGroupFacts[];
  loadBalancers?: readonly LoadBalancerFacts[];
  attributeOwner?: AttributeOwnerResolver;
  /** The target group a `TargetGroupArn` value refers to (a template's TargetGroup resource). */
  targetGroupOf?: (value: Node) => TargetGroupFacts | undefined;
  /** What a value that refers to another template resource gives, where the template tells. */
  referencedValueOf?: (value: Node) => ReferencedValue | undefined;
}

export class DocumentSemantics {
  private listenerList: readonly ListenerFacts[] | undefined;
  private ruleList: readonly RuleFacts[] | undefined;
  private targetGroupList: readonly TargetGroupFacts[] | undefined;
  private loadBalancerList: readonly LoadBalancerFacts[] | undefined;
  private lists: readonly ActionListFacts[] | undefined;
  private byAction: Map<ObjectNode, ActionListFacts> | undefined;
  private attributeSetList: AttributeSet[] | undefined;
  private setOfAttribute: Map<ObjectNode, AttributeSet> | undefined;

  constructor(
    readonly kind: KindInfo | undefined,
    private readonly binding: Binding,
    private readonly options: SemanticsOptions = {},
  ) {
    this.listenerList = options.listeners;
    this.ruleList = options.rules;
    this.targetGroupList = options.targetGroups;
    this.loadBalancerList = options.loadBalancers;
  }

  /** The listeners of a listener request or describe-listeners output, in document order. */
  get listeners(): readonly ListenerFacts[] {
    this.listenerList ??= this.resources('listener', listenerFacts);
    return this.listenerList;
  }

  /** The rules of a rule request, a SetRulePriorities request or a describe-rules output. */
  get rules(): readonly RuleFacts[] {
    this.ruleList ??= this.resources('listener-rule', (object, action) => ruleFacts(object, action));
    return this.ruleList;
  }

  /** The target groups of a target-group request or describe-target-groups output. */
  get targetGroups(): readonly TargetGroupFacts[] {
    this.targetGroupList ??= this.resources('target-group', targetGroupFacts);
    return this.targetGroupList;
  }

  /** The load balancers of a CreateLoadBalancer request or describe-load-balancers output. */
  get loadBalancers(): readonly LoadBalancerFacts[] {
    this.loadBalancerList ??= this.resources('load-balancer', loadBalancerFacts);
    return this.loadBalancerList;
  }

  /** Every list of actions: the listeners' DefaultActions, then the rules' Actions. */
  get actionLists(): readonly ActionListFacts[] {
    this.lists ??= [...this.listeners, ...this.rules];
    return this.lists;
  }

  /** The action list (a listener's or a rule's) that holds the action object. */
  actionListOfAction(action: ObjectNode): ActionListFacts | undefined {
    if (!this.byAction) {
      this.byAction = new Map();
      for (const list of this.actionLists) for (const a of list.actions) this.byAction.set(a, list);
    }
    return this.byAction.get(action);
  }

  /** The action list whose action holds the configuration object (a RedirectConfig, …). */
  actionListOfActionConfig(config: ObjectNode): ActionListFacts | undefined {
    const action = owningProperty(config)?.parent;
    return action ? this.actionListOfAction(action) : undefined;
  }

  /**
   * Every list of attributes bound in the document (as TargetGroupAttribute, LoadBalancerAttribute
   * or ListenerAttribute items), in document order, each with its owner.
   */
  get attributeSets(): readonly AttributeSet[] {
    if (!this.attributeSetList) {
      const lists = new Map<ArrayNode, string>();
      for (const structure of Object.values(ATTRIBUTE_STRUCTURE))
        for (const object of this.binding.objectsOf(structure)) {
          const parent = object.parent;
          if (parent && 'type' in parent && !lists.has(parent)) lists.set(parent, structure);
        }
      this.attributeSetList = [...lists]
        .sort(([a], [b]) => a.start - b.start)
        .map(([list, structure]) =>
          attributeSet(
            this.options.attributeOwner?.(list, structure) ??
              attributeOwnerInDocument(structure, owningProperty(list)?.parent),
            list,
          ),
        );
    }
    return this.attributeSetList;
  }

  /**
   * The target group a `TargetGroupArn` value names, when the document holds it (a template's
   * `!Ref` to a TargetGroup resource); an ARN alone does not say its protocol.
   */
  targetGroupOf(value: Node): TargetGroupFacts | undefined {
    return this.options.targetGroupOf?.(value);
  }

  /**
   * What a value gives when it refers to another resource of the template (`!Ref WebGroup`), where
   * the template tells; an API document refers to nothing.
   */
  referencedValueOf(value: Node): ReferencedValue | undefined {
    return this.options.referencedValueOf?.(value);
  }

  /** The set an attribute object belongs to. */
  attributeSetOf(attribute: ObjectNode): AttributeSet | undefined {
    if (!this.setOfAttribute) {
      this.setOfAttribute = new Map();
      for (const set of this.attributeSets) for (const a of set.attributes) this.setOfAttribute.set(a, set);
    }
    return this.setOfAttribute.get(attribute);
  }

  private resources<T>(
    resource: ResourceKind,
    facts: (object: ObjectNode, action: KindInfo['action']) => T,
  ): readonly T[] {
    const kind = this.kind;
    return kind?.resource === resource
      ? this.binding.objectsOf(kind.resourceStructure).map((o) => facts(o, kind.action))
      : [];
  }
}
