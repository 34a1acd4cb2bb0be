// Small Markdown helpers: code spans that survive backticks in user text, and type names.
import type { TypeRef } from '../model/apiModel';

/** How much of a user's value a hover repeats. */
const MAX_SHOWN = 80;

/** A code span of text from the document, shortened when long. */
export function userCode(text: string): string {
  return code(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);
}

/** An inline code span of any text, whatever backticks it holds. */
export function code(text: string): string {
  const single = text.replace(/[\r\n]+/g, ' ');
  if (single === '') return '(empty)';
  const longestRun = Math.max(0, ...(single.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 || single.startsWith(' ') || single.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${single}${pad}${fence}`;
}

/** "string", "integer", "ProtocolEnum", "list of Action objects", "ForwardActionConfig object". */
export function typeText(type: TypeRef): string {
  switch (type.kind) {
    case 'enum':
      return type.name;
    case 'structure':
      return `${type.name} object`;
    case 'list':
      return `list of ${plural(typeText(type.item))}`;
    case 'map':
      return `map of ${plural(typeText(type.value))}`;
    default:
      return type.kind;
  }
}

function plural(text: string): string {
  if (text.endsWith(' object')) return `${text}s`;
  if (['string', 'integer', 'boolean', 'timestamp'].includes(text)) return `${text}s`;
  return `${text} values`;
}

/** "0–999", "at least 1", "exactly 1". */
export function span(min: number, max: number): string {
  if (max === Infinity) return `at least ${min}`;
  if (min === max) return `exactly ${min}`;
  return `${min}–${max}`;
}
