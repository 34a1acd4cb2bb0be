// What the action rules share beyond the semantic layer: where to report about an action, and
// the sources that say which configuration each action type takes.
import type { Range } from '../../findings';
import { ACTION_CONFIG_MEMBERS } from '../../model/facts';
import { anchorOf, property, type ObjectNode } from '../../syntax/tree';
import { apiSource, type RuleSource } from '../rule';

/** Where to report about an action: its Type value, else its Type key, else the action itself. */
export function typeRange(action: ObjectNode): Range {
  const p = property(action, 'Type');
  if (!p) return anchorOf(action);
  return p.value.type === 'scalar' && p.value.end > p.value.start ? p.value : p.key;
}

/** The Action members whose documentation says which type each configuration belongs to. */
export const ACTION_CONFIG_SOURCES: RuleSource[] = Object.values(ACTION_CONFIG_MEMBERS)
  .flat()
  .map((member) => apiSource('Action', member));
