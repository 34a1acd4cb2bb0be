// The document tree every feature reads: JSON-like nodes with UTF-16 offsets into the text.
// YAML and JSON both parse into it, so rules never see which syntax a document used.
import type { Fix } from '../findings';

export type Node = ObjectNode | ArrayNode | ScalarNode;

interface NodeBase {
  /** UTF-16 offset of the first character of the node. */
  start: number;
  /** UTF-16 offset just past the node (trailing comments and whitespace excluded). */
  end: number;
  /** Where the node sits: the property whose value it is, or the list it is an item of. */
  parent?: Property | ArrayNode;
}

export interface ObjectNode extends NodeBase {
  type: 'object';
  properties: Property[];
}

export interface ArrayNode extends NodeBase {
  type: 'array';
  items: Node[];
}

export interface ScalarNode extends NodeBase {
  type: 'scalar';
  value: string | number | boolean | null;
  /** True for a number the AWS CLI reads as an integer (443, 0x1BB, 8_080; not 443.0 or 1e3). */
  integer: boolean;
  /**
   * A plain YAML scalar the AWS CLI's loader reads as a date or date-time (`2024-01-01`), which the
   * API rejects where it expects a string. `value` holds its text.
   */
  timestamp?: true;
}

export interface Property {
  key: ScalarNode & { value: string };
  /** A YAML key with nothing after the colon gets a null scalar of zero length. */
  value: Node;
  parent: ObjectNode;
  start: number;
  end: number;
}

export type Syntax = 'yaml' | 'json';

export type SyntaxProblemKind = 'invalid-syntax' | 'duplicate-key' | 'too-complex';

export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
  /**
   * What went wrong: the text is not valid YAML or JSON, a key repeats, or the document passes the
   * bounds of the analyser (syntax/limits.ts). Rules turn each kind into findings of their own.
   */
  kind: SyntaxProblemKind;
  /** Edits that repair it (an invisible character replaced, a comment removed). */
  fixes?: Fix[];
  /**
   * The analysis read past it as its fix would leave the text (a comment blanked out, a no-break
   * space read as a space), so the tree around it is sound and its findings stand. Any other error
   * leaves the part of the tree around it unknown (validation/brokenRegions.ts).
   */
  recovered?: boolean;
  /** A CloudFormation short-form tag: a problem everywhere but in a CloudFormation template. */
  cloudFormationTag?: true;
}

export interface ParsedDocument {
  text: string;
  syntax: Syntax;
  /** The first document's root, or undefined for an empty document. */
  root: Node | undefined;
  problems: SyntaxProblem[];
}

export function property(object: ObjectNode, name: string): Property | undefined {
  // Last one wins, as it does for the AWS CLI's parsers; duplicates are reported separately.
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const p = object.properties[i];
    if (p && p.key.value === name) return p;
  }
  return undefined;
}

export function propertyValue(object: ObjectNode, name: string): Node | undefined {
  return property(object, name)?.value;
}

export function stringValue(object: ObjectNode, name: string): string | undefined {
  const value = propertyValue(object, name);
  return value?.type === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

export function numberValue(object: ObjectNode, name: string): number | undefined {
  const value = propertyValue(object, name);
  return value?.type === 'scalar' && typeof value.value === 'number' ? value.value : undefined;
}

export function booleanValue(object: ObjectNode, name: string): boolean | undefined {
  const value = propertyValue(object, name);
  return value?.type === 'scalar' && typeof value.value === 'boolean' ? value.value : undefined;
}

export function isObject(node: Node | undefined): node is ObjectNode {
  return node?.type === 'object';
}

export function isArray(node: Node | undefined): node is ArrayNode {
  return node?.type === 'array';
}

/** The property a node is the value of, if any. */
export function owningProperty(node: Node): Property | undefined {
  const parent = node.parent;
  return parent && !('type' in parent) ? parent : undefined;
}

/** The range to underline for a node: its key when it is a property value, else the node. */
export function keyRangeOf(node: Node): { start: number; end: number } {
  const p = owningProperty(node);
  return p ? { start: p.key.start, end: p.key.end } : { start: node.start, end: node.end };
}

/** Where to report about an object that has no better anchor: its key, or its first key. */
export function anchorOf(object: ObjectNode): { start: number; end: number } {
  const p = owningProperty(object);
  if (p) return { start: p.key.start, end: p.key.end };
  const first = object.properties[0];
  if (first) return { start: first.key.start, end: first.key.end };
  return { start: object.start, end: Math.min(object.end, object.start + 1) };
}

/** The segments that lead from the root to a node, following parent links. */
export function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  let current: Node = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) break;
    if ('type' in parent) {
      path.unshift(parent.items.indexOf(current));
      current = parent;
    } else {
      path.unshift(parent.key.value);
      current = parent.parent;
    }
  }
  return path;
}
