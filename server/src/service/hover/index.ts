// Hover: what a key or value of an ELBv2 document is, from the API model and the facts table.
import type { Analysis } from '../analysis';
import { TEMPLATE_KIND } from '../documentKind';
import { isAttributeStructure } from '../semantics/attributes';
import { nodeAt } from '../syntax/nodeAt';
import { owningProperty } from '../syntax/tree';
import { attributeHover } from './attributeHover';
import { render } from './render';
import { templateHover } from './templateHover';
import { subjectOfKey, subjectOfValue } from './subject';
import { arnText, explainValue } from './valueInfo';

export interface HoverInfo {
  markdown: string;
  /** UTF-16 offsets of the hovered key or value. */
  start: number;
  end: number;
}

/** The hover at a UTF-16 offset, or undefined when the offset is on no known key or value. */
export function hover(analysis: Analysis, offset: number): HoverInfo | undefined {
  if (!analysis.kind) return undefined;
  if (analysis.kind.kind === TEMPLATE_KIND.kind) return templateHover(analysis, offset);
  const at = nodeAt(analysis.document.root, offset);
  if (!at) return undefined;
  const { binding } = analysis;
  const input = analysis.kind.input;
  if (at.on === 'key' && at.property) {
    const subject = subjectOfKey(binding, at.property);
    if (!subject) return undefined;
    return { markdown: render(subject, undefined, binding, input), start: at.node.start, end: at.node.end };
  }
  const node = at.node;
  if (node.type !== 'scalar') return undefined;
  const subject = subjectOfValue(binding, node);
  const text = typeof node.value === 'string' ? node.value : undefined;
  if (!subject) {
    // A value the model does not know (under an unknown member) can still be a readable ARN.
    const arn = text !== undefined ? arnText(text) : undefined;
    return arn ? { markdown: arn, start: node.start, end: node.end } : undefined;
  }
  // An attribute's Key or Value: what the attribute table says of that key.
  const holder = owningProperty(node)?.parent;
  if (holder && isAttributeStructure(subject.structure) && ['Key', 'Value'].includes(subject.member.name)) {
    const markdown = attributeHover(analysis, holder, subject.structure);
    if (markdown) return { markdown, start: node.start, end: node.end };
  }
  const about = text !== undefined ? explainValue(subject, text) : undefined;
  return { markdown: render(subject, about, binding, input), start: node.start, end: node.end };
}
