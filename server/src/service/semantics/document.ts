// The semantic model of one checked document: its listeners and target groups with what is known
// about each, computed on first use and shared by every rule, hover and the outline.
import type { Binding } from '../bind';
import type { KindInfo } from '../documentKind';
import { ATTRIBUTE_STRUCTURE } from '../model/attributes';
import { owningProperty, type ArrayNode, type ObjectNode } from '../syntax/tree';
import { attributeOwnerInDocument, attributeSet, type AttributeOwner, type AttributeSet } from './attributes';
import { listenerFacts, type ListenerFacts } from './listener';
import { loadBalancerFacts, type LoadBalancerFacts } from './loadBalancer';
import { targetGroupFacts, type TargetGroupFacts } from './targetGroup';

/**
 * Says whose attributes a list is, where the document itself cannot (a template resource's
 * TargetGroupAttributes): given the list and the structure its items are bound as, the owner, or
 * undefined to fall back to the API document's own reading.
 */
export type AttributeOwnerResolver = (list: ArrayNode, structure: string) => AttributeOwner | undefined;

export interface SemanticsOptions {
  attributeOwner?: AttributeOwnerResolver;
}

export class DocumentSemantics {
  private listenerList: ListenerFacts[] | undefined;
  private targetGroupList: TargetGroupFacts[] | undefined;
  private byAction: Map<ObjectNode, ListenerFacts> | undefined;
  private loadBalancerList: LoadBalancerFacts[] | undefined;
  private attributeSetList: AttributeSet[] | undefined;
  private setOfAttribute: Map<ObjectNode, AttributeSet> | undefined;

  constructor(
    readonly kind: KindInfo | undefined,
    private readonly binding: Binding,
    private readonly options: SemanticsOptions = {},
  ) {}

  /** The load balancers of a CreateLoadBalancer request or describe-load-balancers output. */
  get loadBalancers(): readonly LoadBalancerFacts[] {
    const kind = this.kind;
    this.loadBalancerList ??=
      kind?.resource === 'load-balancer'
        ? this.binding.objectsOf(kind.resourceStructure).map((o) => loadBalancerFacts(o, kind.action))
        : [];
    return this.loadBalancerList;
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

  /** The set an attribute object belongs to. */
  attributeSetOf(attribute: ObjectNode): AttributeSet | undefined {
    if (!this.setOfAttribute) {
      this.setOfAttribute = new Map();
      for (const set of this.attributeSets) for (const a of set.attributes) this.setOfAttribute.set(a, set);
    }
    return this.setOfAttribute.get(attribute);
  }

  /** The listeners of a listener request or describe-listeners output, in document order. */
  get listeners(): readonly ListenerFacts[] {
    const kind = this.kind;
    this.listenerList ??=
      kind?.resource === 'listener'
        ? this.binding.objectsOf(kind.resourceStructure).map((o) => listenerFacts(o, kind.action))
        : [];
    return this.listenerList;
  }

  /** The target groups of a target-group request or describe-target-groups output. */
  get targetGroups(): readonly TargetGroupFacts[] {
    const kind = this.kind;
    this.targetGroupList ??=
      kind?.resource === 'target-group'
        ? this.binding.objectsOf(kind.resourceStructure).map((o) => targetGroupFacts(o, kind.action))
        : [];
    return this.targetGroupList;
  }

  /** The listener whose DefaultActions hold the action object. */
  listenerOfAction(action: ObjectNode): ListenerFacts | undefined {
    if (!this.byAction) {
      this.byAction = new Map();
      for (const listener of this.listeners) for (const a of listener.actions) this.byAction.set(a, listener);
    }
    return this.byAction.get(action);
  }

  /** The listener whose action holds the configuration object (a RedirectConfig, …). */
  listenerOfActionConfig(config: ObjectNode): ListenerFacts | undefined {
    const action = owningProperty(config)?.parent;
    return action ? this.listenerOfAction(action) : undefined;
  }
}
