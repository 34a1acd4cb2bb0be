// LSP snippets that insert a member with a skeleton of its value: the required sub-members of an
// object, a first list item, a choice of the allowed values when there are few.
import { scalarText } from '../edits';
import { members, type MemberModel, type TypeRef } from '../model/apiModel';
import { factsFor } from '../model/facts';
import type { ParsedDocument, Syntax } from '../syntax/tree';
import { valueCandidates, type ValueSite } from './values';

/** Offer a choice of values in the snippet when there are at most this many. */
const MAX_CHOICES = 5;
/** How deep required sub-members are filled in. */
const MAX_DEPTH = 4;
const INDENT = 2;

export interface SnippetStyle {
  syntax: Syntax;
  eol: string;
}

interface Builder extends SnippetStyle {
  tabstop: number;
}

const YAML_DOCUMENT: ParsedDocument = { text: '', syntax: 'yaml', root: undefined, problems: [] };

/** A plain value as YAML writes it (quoted when it would otherwise read as something else). */
export function yamlScalar(value: string): string {
  return scalarText(YAML_DOCUMENT, value);
}

/** `Name: value` (YAML, the key at `column`) or `"Name": value` (JSON), as a snippet. */
export function memberSnippet(site: ValueSite, style: SnippetStyle, column: number): string {
  return member({ ...style, tabstop: 0 }, site, column, 0);
}

/** A JSON value skeleton for a structure or list at a value position: `{"Type": "$1"}`. */
export function jsonValueSnippet(site: ValueSite, type: TypeRef): string {
  return jsonValue({ syntax: 'json', eol: '\n', tabstop: 0 }, site, type, 0);
}

function member(b: Builder, site: ValueSite, column: number, depth: number): string {
  const name = site.member.name;
  if (b.syntax === 'json') return `"${name}": ${jsonValue(b, site, site.member.type, depth)}`;
  return `${name}:${yamlValue(b, site, site.member.type, column, depth)}`;
}

function requiredOf(structure: string): MemberModel[] {
  return members(structure).filter((m) => m.required);
}

function subSite(structure: string, m: MemberModel): ValueSite {
  return { structure, member: m, item: false, owners: [] };
}

function yamlValue(b: Builder, site: ValueSite, type: TypeRef, column: number, depth: number): string {
  const inner = ' '.repeat(column + INDENT);
  if (type.kind === 'structure') {
    const required = depth < MAX_DEPTH ? requiredOf(type.name) : [];
    if (required.length === 0) return `${b.eol}${inner}${stop(b)}`;
    return required
      .map((m) => `${b.eol}${inner}${member(b, subSite(type.name, m), column + INDENT, depth + 1)}`)
      .join('');
  }
  if (type.kind === 'list') {
    const itemColumn = column + INDENT * 2;
    if (type.item.kind === 'structure') {
      const required = depth < MAX_DEPTH ? requiredOf(type.item.name) : [];
      const structure = type.item.name;
      const lines = required.map((m) => member(b, subSite(structure, m), itemColumn, depth + 1));
      return `${b.eol}${inner}- ${lines.length > 0 ? lines.join(`${b.eol}${' '.repeat(itemColumn)}`) : stop(b)}`;
    }
    if (type.item.kind === 'list' || type.item.kind === 'map') return `${b.eol}${inner}- ${stop(b)}`;
    return `${b.eol}${inner}- ${scalar(b, { ...site, item: true }, type.item)}`;
  }
  if (type.kind === 'map') return `${b.eol}${inner}${stop(b)}`;
  return ` ${scalar(b, site, type)}`;
}

function jsonValue(b: Builder, site: ValueSite, type: TypeRef, depth: number): string {
  if (type.kind === 'structure') {
    const required = depth < MAX_DEPTH ? requiredOf(type.name) : [];
    if (required.length === 0) return `{${stop(b)}}`;
    return `{${required.map((m) => member(b, subSite(type.name, m), 0, depth + 1)).join(', ')}}`;
  }
  if (type.kind === 'list') {
    if (type.item.kind === 'structure' || type.item.kind === 'map' || type.item.kind === 'list')
      return `[${jsonValue(b, { ...site, item: true }, type.item, depth)}]`;
    return `[${scalar(b, { ...site, item: true }, type.item)}]`;
  }
  if (type.kind === 'map') return `{${stop(b)}}`;
  return scalar(b, site, type);
}

/** A placeholder for a scalar: a choice of the allowed values, a number, or an empty string. */
function scalar(b: Builder, site: ValueSite, type: TypeRef): string {
  const values = valueCandidates(site).filter((c) => c.kind === 'value');
  if (values.length > 0 && values.length <= MAX_CHOICES) {
    const n = ++b.tabstop;
    const literal = values.every((v) => v.literal);
    if (b.syntax === 'json') {
      const plain = values.every((v) => JSON.stringify(v.value) === `"${v.value}"`);
      if (literal)
        return choice(
          n,
          values.map((v) => v.value),
        );
      return plain
        ? `"${choice(
            n,
            values.map((v) => v.value),
          )}"`
        : choice(
            n,
            values.map((v) => JSON.stringify(v.value)),
          );
    }
    return choice(
      n,
      values.map((v) => (v.literal ? v.value : yamlScalar(v.value))),
    );
  }
  if (type.kind === 'integer') {
    const min = factsFor(site.structure, site.member.name, site.item)?.range?.min ?? 0;
    return `\${${++b.tabstop}:${min}}`;
  }
  return b.syntax === 'json' ? `"${stop(b)}"` : stop(b);
}

function stop(b: Builder): string {
  return `$${++b.tabstop}`;
}

function choice(n: number, options: string[]): string {
  return `\${${n}|${options.map((o) => o.replace(/[\\$}|,]/g, '\\$&')).join(',')}|}`;
}
