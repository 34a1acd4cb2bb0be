// Text edits that quick fixes offer, written for the syntax of the document at hand.
import type { TextEdit } from './findings';
import { lineOf, lineStarts } from './syntax/lineStarts';
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
  const starts = linesOf(document);
  const line = lineOf(starts, property.start);
  const lineStart = starts[line] ?? 0;
  const onlyThingOnLine = text.slice(lineStart, property.start).trim() === '';
  if (!onlyThingOnLine) return { start: property.start, end: property.end, newText: '' };
  const next = starts[lineOf(starts, property.end) + 1];
  return { start: lineStart, end: next ?? text.length, newText: '' };
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
  const eol = eolOf(document);
  if (document.syntax === 'json') {
    const entry = `${JSON.stringify(name)}: ${valueText}`;
    if (!last) return { start: object.start + 1, end: object.start + 1, newText: entry };
    // An object written on one line (`{ "Value": "web" }`) stays on one line.
    if (!text.slice(object.start, object.end).includes('\n'))
      return { start: last.end, end: last.end, newText: `, ${entry}` };
    const indent = indentationOf(document, last.start);
    return { start: last.end, end: last.end, newText: `,${eol}${indent}${entry}` };
  }
  const flow = text[object.start] === '{';
  if (flow || !last) {
    const at = flow ? object.end - 1 : object.end;
    return { start: at, end: at, newText: `${last ? ', ' : ''}${name}: ${valueText}` };
  }
  const first = object.properties[0] as Property;
  const column = first.start - lineStartOf(document, first.start);
  return { start: last.end, end: last.end, newText: `${eol}${' '.repeat(column)}${name}: ${valueText}` };
}

const EOLS = new WeakMap<ParsedDocument, string>();
const LINES = new WeakMap<ParsedDocument, number[]>();

// Looked up once per document: with a fix per finding, a scan of the text each is quadratic.
function eolOf(document: ParsedDocument): string {
  let eol = EOLS.get(document);
  if (eol === undefined) EOLS.set(document, (eol = document.text.includes('\r\n') ? '\r\n' : '\n'));
  return eol;
}

function linesOf(document: ParsedDocument): number[] {
  let starts = LINES.get(document);
  if (!starts) LINES.set(document, (starts = lineStarts(document.text)));
  return starts;
}

function lineStartOf(document: ParsedDocument, offset: number): number {
  const starts = linesOf(document);
  return starts[lineOf(starts, offset)] ?? 0;
}

function indentationOf(document: ParsedDocument, offset: number): string {
  return /^[ \t]*/.exec(document.text.slice(lineStartOf(document, offset), offset))?.[0] ?? '';
}
