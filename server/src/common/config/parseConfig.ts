// Reads the text of a configuration file (`.elbv2-ls.yaml`, `.elbv2-ls.yml` or `.elbv2-ls.json`):
// YAML 1.2 (which JSON is), validated with ajv against schemas/elbv2-ls-config.schema.json. Every
// problem comes back with its line and column, in words a user can act on; none throws.
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { closest } from '../../service/languageService';
import { validate } from './generated/validateConfig';
import type { ConfigFile } from './types';

export interface ConfigProblem {
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

export type ParsedConfig = { config: ConfigFile } | { problems: ConfigProblem[] };

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
}

const MAX_PROBLEMS = 20;

export function parseConfig(text: string, ruleIds: readonly string[]): ParsedConfig {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0)
    return {
      problems: document.errors
        .slice(0, MAX_PROBLEMS)
        .map((e) => ({ ...at(e.pos[0]), message: `not valid YAML or JSON: ${firstLine(e.message)}` })),
    };
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return { config: {} }; // an empty file sets nothing
  if (!validate(value)) {
    const errors = ((validate as unknown as { errors?: AjvError[] }).errors ?? []).filter(relevant);
    const problems = errors.map((error) => ({
      ...at(offsetOf(document, error)),
      message: describe(error, ruleIds),
    }));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { problems: problems.slice(0, MAX_PROBLEMS) };
  }
  return { config: value as ConfigFile };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** anyOf reports one error per branch and then its own: the branches say nothing a user needs. */
function relevant(error: AjvError, _index: number, all: readonly AjvError[]): boolean {
  return !all.some(
    (other) =>
      other !== error &&
      other.keyword === 'anyOf' &&
      error.instancePath === other.instancePath &&
      error.keyword !== 'anyOf',
  );
}

/** The offset of the key or value the error is about. */
function offsetOf(document: Document, error: AjvError): number {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = document.contents;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (!next) break;
    node = next.value;
    if (!isNode(node)) return next.keyOffset ?? 0;
  }
  // An unknown key is reported on the key itself.
  const unknown =
    error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  if (unknown !== undefined) {
    const key = childOf(node, unknown);
    if (key?.keyOffset !== undefined) return key.keyOffset;
  }
  return isNode(node) ? (node.range?.[0] ?? 0) : 0;
}

function childOf(node: unknown, segment: string): { value: unknown; keyOffset?: number } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = isScalar(item.key) ? String(item.key.value) : undefined;
      if (key === segment)
        return { value: item.value, keyOffset: isNode(item.key) ? item.key.range?.[0] : undefined };
    }
    return undefined;
  }
  if (isNode(node) && 'items' in node && Array.isArray(node.items)) {
    const value: unknown = node.items[Number(segment)];
    return value === undefined ? undefined : { value };
  }
  return undefined;
}

function describe(error: AjvError, ruleIds: readonly string[]): string {
  const where =
    error.instancePath === ''
      ? 'the configuration'
      : `\`${error.instancePath.slice(1).replace(/\//g, '.')}\``;
  const inRules = /(^|\/)rules$/.test(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      if (inRules) {
        const suggestion = closest(key, ruleIds);
        return `unknown rule id \`${key}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; the rules are listed in docs/rules.md`;
      }
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {}).filter(
        (k) => k !== '$schema',
      );
      const suggestion = closest(key, allowed);
      return `unknown key \`${key}\` in ${where}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; allowed: ${allowed.join(', ')}`;
    }
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    case 'type':
      return `${where} must be ${article(String(error.params.type))}`;
    case 'required':
      return `${where} needs \`${String(error.params.missingProperty)}\``;
    case 'minItems':
      return `${where} needs at least ${String(error.params.limit)} entry`;
    case 'minLength':
      return `${where} must not be empty`;
    case 'anyOf':
      return `${where} must be a string, a number, a boolean or a list of strings and numbers`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

function article(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping (`key: value` lines)';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${type}`;
  }
}
