// The semantic model of one checked document: its listeners and target groups with what is known
// about each, computed on first use and shared by every rule, hover and the outline.
import type { Binding } from '../bind';
import type { KindInfo } from '../documentKind';
import { owningProperty, type ObjectNode } from '../syntax/tree';
import { listenerFacts, type ListenerFacts } from './listener';
import { targetGroupFacts, type TargetGroupFacts } from './targetGroup';

export class DocumentSemantics {
  private listenerList: ListenerFacts[] | undefined;
  private targetGroupList: TargetGroupFacts[] | undefined;
  private byAction: Map<ObjectNode, ListenerFacts> | undefined;

  constructor(
    readonly kind: KindInfo | undefined,
    private readonly binding: Binding,
  ) {}

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
