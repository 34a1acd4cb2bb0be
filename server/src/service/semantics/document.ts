// The semantic model of one checked document: its listeners, listener rules and target groups with
// what is known about each, computed on first use and shared by every rule, hover and the outline.
import type { Binding } from '../bind';
import type { KindInfo, ResourceKind } from '../documentKind';
import { owningProperty, type ObjectNode } from '../syntax/tree';
import type { ActionListFacts } from './actionList';
import { listenerFacts, type ListenerFacts } from './listener';
import { ruleFacts, type RuleFacts } from './rule';
import { targetGroupFacts, type TargetGroupFacts } from './targetGroup';

/**
 * Resources whose facts another layer built (a template's resources, with what one says about
 * another: a rule's listener, a listener's load balancer). Given facts replace those the document
 * kind would derive from the binding.
 */
export interface GivenResources {
  listeners?: readonly ListenerFacts[];
  rules?: readonly RuleFacts[];
  targetGroups?: readonly TargetGroupFacts[];
}

export class DocumentSemantics {
  private listenerList: readonly ListenerFacts[] | undefined;
  private ruleList: readonly RuleFacts[] | undefined;
  private targetGroupList: readonly TargetGroupFacts[] | undefined;
  private lists: readonly ActionListFacts[] | undefined;
  private byAction: Map<ObjectNode, ActionListFacts> | undefined;

  constructor(
    readonly kind: KindInfo | undefined,
    private readonly binding: Binding,
    given: GivenResources = {},
  ) {
    this.listenerList = given.listeners;
    this.ruleList = given.rules;
    this.targetGroupList = given.targetGroups;
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
