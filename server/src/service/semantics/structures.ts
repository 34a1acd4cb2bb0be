// Which API structures are listeners, target groups and listener rules: derived once from the
// document kinds, so completion, hover, symbols and the rules never keep lists of their own.
import { KINDS, type ResourceKind } from '../documentKind';

function structuresOf(resource: ResourceKind): readonly string[] {
  return [...new Set(KINDS.filter((k) => k.resource === resource).map((k) => k.resourceStructure))];
}

/** CreateListenerInput, ModifyListenerInput and Listener. */
export const LISTENER_STRUCTURES: readonly string[] = structuresOf('listener');
/** CreateTargetGroupInput, ModifyTargetGroupInput and TargetGroup. */
export const TARGET_GROUP_STRUCTURES: readonly string[] = structuresOf('target-group');

export function isListenerStructure(structure: string): boolean {
  return LISTENER_STRUCTURES.includes(structure);
}

export function isTargetGroupStructure(structure: string): boolean {
  return TARGET_GROUP_STRUCTURES.includes(structure);
}

/** CreateRuleInput, ModifyRuleInput, RulePriorityPair and Rule. */
const RULE_STRUCTURES: readonly string[] = structuresOf('listener-rule');

export function isRuleStructure(structure: string): boolean {
  return RULE_STRUCTURES.includes(structure);
}
