// Text edits that quick fixes offer, written for the syntax of the document at hand.
import type { TextEdit } from './findings';
import type { Node, ObjectNode, ParsedDocument, Property } from './syntax/tree';

/** A scalar written as the document's syntax writes it. */
export function scalarText(document: ParsedDocument, value: string | number | boolean): string {
  if (typeof value !== 'string' || document.syntax === 'json') return JSON.stringify(value);
  return needsQuotes(value) ? JSON.stringify(value) : value;
}

function needsQuotes(value: string): boolean {
  if (value === '' || /^[\s]|[\s]$/.test(value)) return true;
  if (/^(?:true|false|null|~|yes|no|on|off|[-+]?[0-9.][0-9a-fA-FxXoO._:+-]*|\.inf|\.nan)$/i.test(value))
    return true;
  return /[:#{}[\],&*!|>'"%@`]/.test(value) || value.startsWith('-') || value.startsWith('?');
}

export function replaceNode(
  document: ParsedDocument,
  node: Node,
  value: string | number | boolean,
): TextEdit {
  return { start: node.start, end: node.end, newText: scalarText(document, value) };
}

export function renameKey(document: ParsedDocument, property: Property, name: string): TextEdit {
  return {
    start: property.key.start,
    end: property.key.end,
    newText: document.syntax === 'json' ? JSON.stringify(name) : name,
  };
}

/** Removes a property with its line (YAML) or its separating comma (JSON). */
export function removeProperty(document: ParsedDocument, property: Property): TextEdit {
  const text = document.text;
  const object = property.parent;
  if (document.syntax === 'json') {
    const index = object.properties.indexOf(property);
    const next = object.properties[index + 1];
    const previous = object.properties[index - 1];
    if (next) return { start: property.start, end: next.start, newText: '' };
    if (previous) return { start: previous.end, end: property.end, newText: '' };
    return { start: property.start, end: property.end, newText: '' };
  }
  const lineStart = text.lastIndexOf('\n', property.start - 1) + 1;
  const onlyThingOnLine = text.slice(lineStart, property.start).trim() === '';
  if (!onlyThingOnLine) return { start: property.start, end: property.end, newText: '' };
  const lastLineEnd = text.indexOf('\n', property.end);
  return { start: lineStart, end: lastLineEnd === -1 ? text.length : lastLineEnd + 1, newText: '' };
}

/** Adds `name: valueText` (valueText already in the document's syntax) as the last property. */
export function insertProperty(
  document: ParsedDocument,
  object: ObjectNode,
  name: string,
  valueText: string,
): TextEdit {
  const text = document.text;
  const last = object.properties[object.properties.length - 1];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (document.syntax === 'json') {
    const entry = `${JSON.stringify(name)}: ${valueText}`;
    if (!last) return { start: object.start + 1, end: object.start + 1, newText: entry };
    const indent = indentationOf(text, last.start);
    return { start: last.end, end: last.end, newText: `,${eol}${indent}${entry}` };
  }
  const flow = text[object.start] === '{';
  if (flow || !last) {
    const at = flow ? object.end - 1 : object.end;
    return { start: at, end: at, newText: `${last ? ', ' : ''}${name}: ${valueText}` };
  }
  const first = object.properties[0] as Property;
  const column = first.start - (text.lastIndexOf('\n', first.start - 1) + 1);
  return { start: last.end, end: last.end, newText: `${eol}${' '.repeat(column)}${name}: ${valueText}` };
}

function indentationOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}
