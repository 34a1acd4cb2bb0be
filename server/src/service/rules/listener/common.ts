// Helpers the listener rules share: which action list (and so which listener) a redirect belongs
// to, and ranges inside a scalar.
import type { Range } from '../../findings';
import type { ActionListFacts } from '../../semantics/actionList';
import { propertyValue, type ObjectNode, type ParsedDocument, type ScalarNode } from '../../syntax/tree';
import type { RuleContext } from '../rule';

export interface RedirectInScope {
  config: ObjectNode;
  /**
   * The action list it is in: a listener's default actions or a rule's actions. Its protocol and
   * port are those of the listener the redirect runs on, when known.
   */
  listener?: ActionListFacts;
}

/** Every RedirectConfig object of the document, with its action list. */
export function redirectsOf(context: RuleContext): RedirectInScope[] {
  return context.binding.objectsOf('RedirectActionConfig').map((config) => {
    const listener = context.semantics.actionListOfActionConfig(config);
    return listener ? { config, listener } : { config };
  });
}

/** The string value of a property, with its node. */
export function stringProperty(
  object: ObjectNode,
  name: string,
): { node: ScalarNode; value: string } | undefined {
  const node = propertyValue(object, name);
  return node?.type === 'scalar' && typeof node.value === 'string' ? { node, value: node.value } : undefined;
}

/**
 * The range of `length` characters at `index` of `value`, the string a scalar holds. Exact when the
 * scalar is written without escapes (plain or quoted); otherwise the text is searched for, and
 * failing that the whole scalar is used.
 */
export function rangeInScalar(
  document: ParsedDocument,
  node: ScalarNode,
  value: string,
  index: number,
  length: number,
): Range {
  const raw = document.text.slice(node.start, node.end);
  const open = raw[0] === '"' || raw[0] === "'" ? 1 : 0;
  if (raw.slice(open, open + value.length) === value) {
    const start = node.start + open + index;
    return { start, end: start + length };
  }
  const part = value.slice(index, index + length);
  const at = raw.indexOf(part);
  if (at >= 0 && raw.indexOf(part, at + 1) < 0)
    return { start: node.start + at, end: node.start + at + length };
  return node;
}

/**
 * `context.report`, once per range and message: a YAML alias makes one value appear in several
 * objects, and it should be reported only once.
 */
export function reportOnce(context: RuleContext): RuleContext['report'] {
  const seen = new Set<string>();
  return (range, message, fixes) => {
    const key = `${range.start}:${range.end}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    context.report(range, message, fixes);
  };
}
