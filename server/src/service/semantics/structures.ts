// Which API structures are listeners and which are target groups: derived once from the document
// kinds, so completion, hover, symbols and the rules never keep lists of their own.
import { KINDS } from '../documentKind';

function structuresOf(resource: 'listener' | 'target-group'): readonly string[] {
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
