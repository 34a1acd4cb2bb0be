// YAML 1.2 text → document tree. Never throws: problems come back as a list.
import {
  Alias,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  type Scalar,
} from 'yaml';
import { longFormOf, shortFormTags } from './cfnTags';
import { plainScalarNode, readPlainScalar, type YamlVersion } from './cliScalars';
import { findDuplicateKeys } from './duplicateKeys';
import { boundParserErrors } from './followOnErrors';
import { lineOf, lineStarts } from './lineStarts';
import { applyWithMap, mapOffsets } from './offsetMap';
import { applyMerges, type MergeEntry } from './mergeKeys';
import { readQuickYaml } from './quickYaml';
import { limitYaml } from './yamlLimits';
import { cloudFormationTagProblem, unreadableProblem } from './yamlMessages';
import { repairYaml } from './yamlRepairs';
import { MAX_DEPTH, MAX_EXPANDED_NODES, MAX_PARSE_DEPTH, MAX_TOKENS } from './limits';
import type { Node, ObjectNode, ParsedDocument, Property, ScalarNode, SyntaxProblem } from './tree';

/** The `yaml` options of every parse, the incremental one (incrementalYaml.ts) included. */
export const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false, merge: false } as const;

export function parseYaml(text: string): ParsedDocument {
  // Most documents are in the subset the quick reader is sure of; it gives the same tree and problems.
  const quick = readQuickYaml(text);
  if (quick) return { text, syntax: 'yaml', root: quick.root, problems: quick.problems };
  return parseYamlFully(text);
}

/** The yaml package's reading of any text (test/quickYaml.test.ts compares it with the quick one). */
export function parseYamlFully(text: string): ParsedDocument {
  // Invisible characters and tabs in the indentation: one problem per run of lines, and the text
  // is parsed as their fix would leave it, with offsets mapped back to what the user wrote.
  const repair = repairYaml(text);
  const edited = repair.edits.length > 0 ? applyWithMap(text, repair.edits) : undefined;
  const { root, problems } = parseSource(edited?.text ?? text, repair.tabsReported);
  if (edited) mapOffsets(root, problems, edited.map);
  let said = problems;
  if (repair.lines.size > 0) {
    const starts = lineStarts(text);
    said = problems.filter((p) => p.kind !== 'invalid-syntax' || !repair.lines.has(lineOf(starts, p.start)));
  }
  return { text, syntax: 'yaml', root, problems: [...repair.problems, ...said] };
}

function parseSource(text: string, tabsReported: boolean): Omit<ParsedDocument, 'text' | 'syntax'> {
  const problems: SyntaxProblem[] = [];
  const limited = limitYaml(text);
  if (limited.refused) {
    const { at, reason } = limited.refused;
    problems.push(notParsed(text, at, reason === 'size' ? TOO_LARGE : TOO_DEEP));
    return { root: undefined, problems };
  }
  let list: Document.Parsed[];
  try {
    const docs = withoutStackTraces(() => parseAllDocuments(limited.text, YAML_OPTIONS));
    list = Array.isArray(docs) ? docs : [];
  } catch (error) {
    // The parser recurses once per nesting level: thousands of levels exhaust the stack.
    problems.push(parserFailure(text, error));
    return { root: undefined, problems };
  }
  const first = list[0];
  if (!first) return { root: undefined, problems };

  const parserErrors: SyntaxProblem[] = [];
  // CloudFormation short forms are not bounded with the parser's errors: a template drops them
  // (they are its own), and counted with the errors they would push a real error of a template
  // into the count of errors not listed, which the template drops with them. One per tag, each
  // about its own node: a CLI document's yaml-syntax rule bounds them (syntaxRules.ts).
  const shortForms: SyntaxProblem[] = [];
  // Once the parser has left the document, it reports every later token "in YAML stream".
  const lostPlace = new Set<SyntaxProblem>();
  for (const doc of list) {
    for (const e of [...doc.errors, ...doc.warnings]) {
      if (e.code === 'RESOURCE_EXHAUSTION') {
        problems.push(parserFailure(text, e, e.pos[0]));
        continue;
      }
      if (e.code === 'TAB_AS_INDENT' && tabsReported) continue;
      const tag = e.code === 'TAG_RESOLVE_FAILED' ? /Unresolved tag: (\S+)/.exec(e.message)?.[1] : undefined;
      const problem =
        tag !== undefined ? unknownTag(text, e.pos, tag) : yamlProblem(text, e.pos, e.message, 'error');
      if (e.code === 'UNEXPECTED_TOKEN' && e.message.includes('in YAML stream')) lostPlace.add(problem);
      (problem.cloudFormationTag ? shortForms : parserErrors).push(problem);
    }
  }
  // The first of them is where it left; the others follow from it.
  const followsFrom = (p: SyntaxProblem, earlier: readonly SyntaxProblem[]): boolean =>
    lostPlace.has(p) && earlier.some((e) => lostPlace.has(e));
  const second = list[1];
  if (second) {
    const start = second.range[0];
    problems.push({
      start,
      end: Math.min(text.length, start + 3),
      severity: 'error',
      kind: 'invalid-syntax',
      message: `This file holds ${list.length} YAML documents, but the AWS CLI reads exactly one. Split them into separate files; only the first is checked.`,
      // The first document parsed whole: its findings stand.
      recovered: true,
    });
  }
  // What the converter cannot read (a key that is not a string, an alias to nowhere) is bounded
  // with the parser's errors: it is often the same broken line.
  const converted: SyntaxProblem[] = [];
  const converter = new Converter(first, converted, limited.text);
  const root = first.contents ? converter.convert(first.contents as YamlNode, 0) : undefined;
  for (const p of converted) (p.kind === 'invalid-syntax' ? parserErrors : problems).push(p);
  for (const p of boundParserErrors(text, parserErrors, followsFrom)) problems.push(p);
  for (const p of shortForms) problems.push(p);
  findDuplicateKeys(root, problems);
  return { root, problems };
}

/**
 * A block collection ends where its last entry ends: the parser's range runs on over the
 * newline and comments that follow it, which would make a property's range swallow the next line.
 */
function blockEnd(lastEnd: number | undefined, start: number): number {
  return lastEnd ?? start;
}

/**
 * The yaml package makes an Error object for every problem it meets, and nobody reads their stack
 * traces: on a garbled megabyte, capturing them takes most of the parse time and hundreds of MB.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const TOO_DEEP = `Block nesting passes ${MAX_PARSE_DEPTH} levels here, so the document is not parsed and nothing in it is analysed (ELBv2 documents nest fewer than ${MAX_DEPTH} levels).`;
const TOO_LARGE = `The document holds more than ${MAX_TOKENS.toLocaleString('en-US')} YAML tokens by here, more than can be analysed in reasonable memory, so it is not parsed. Split it into smaller files.`;

/** The most of a line a not-parsed finding underlines: such lines can be megabytes long. */
const MAX_UNDERLINE = 200;

/** The document, or part of it, is not parsed: said on the line where that happened. */
function notParsed(text: string, at: number, message: string): SyntaxProblem {
  const start = Math.min(at, text.length);
  let end = start;
  const last = Math.min(text.length, start + MAX_UNDERLINE);
  while (end < last && text[end] !== '\n' && text[end] !== '\r') end++;
  return {
    start,
    end,
    severity: 'error',
    kind: 'too-complex',
    message,
  };
}

function parserFailure(text: string, error: unknown, at = 0): SyntaxProblem {
  const tooDeep = error instanceof RangeError || (error as { code?: string }).code === 'RESOURCE_EXHAUSTION';
  return notParsed(
    text,
    at,
    tooDeep
      ? `The YAML nests too deeply here for the parser; what it holds is not analysed (ELBv2 documents nest fewer than ${MAX_DEPTH} levels).`
      : `The YAML parser failed (${error instanceof Error ? error.message : String(error)}); the document is not analysed.`,
  );
}

function yamlProblem(
  text: string,
  pos: [number, number],
  raw: string,
  severity: 'error' | 'warning',
): SyntaxProblem {
  const message = raw.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    // Said where the text ends; the quote left open is the last one before it.
    const open = openingQuote(text, Math.min(pos[0], text.length), quote);
    if (open !== undefined)
      return {
        start: open,
        end: open + 1,
        severity,
        kind: 'invalid-syntax',
        message: `YAML: this ${quote === '"' ? 'double' : 'single'} quote is never closed, so the rest of the document is read as part of the string.`,
      };
  }
  const start = Math.min(pos[0], text.length);
  // Keep the range on its first line: the parser's ranges can run over several lines. (Searched
  // up to the range's end only: to the end of a long line, every error would scan it again.)
  const lineEnd = text.slice(start, Math.max(start, pos[1]) + 1).search(/\r?\n/);
  const limit = lineEnd === -1 ? text.length : start + lineEnd;
  return {
    start,
    end: Math.max(start, Math.min(pos[1], limit)),
    severity,
    kind: 'invalid-syntax',
    message: `YAML: ${message}.`,
  };
}

function unknownTag(text: string, pos: [number, number], tag: string): SyntaxProblem {
  const at = Math.min(pos[0], text.length);
  const start =
    text.lastIndexOf(tag, at) >= 0 && at - text.lastIndexOf(tag, at) < 200 ? text.lastIndexOf(tag, at) : at;
  // Read as its long form (cfnTags.ts): right in a template, meaningless to the AWS CLI.
  if (longFormOf(tag)) return cloudFormationTagProblem(start, Math.min(text.length, start + tag.length), tag);
  return {
    start,
    end: Math.min(text.length, start + Math.max(1, tag.length)),
    severity: 'error',
    kind: 'invalid-syntax',
    message: `YAML: the tag \`${tag}\` is not one any reader of this file knows. A CloudFormation template takes only the short forms ${shortFormTags().join(', ')}; the AWS CLI takes no tags.`,
  };
}

/** The quote an unterminated quoted scalar opens with: no unescaped quote of its kind follows it. */
function openingQuote(text: string, end: number, quote: string): number | undefined {
  let i = end > 0 ? text.lastIndexOf(quote, end - 1) : -1;
  while (i >= 0) {
    const escaped = quote === '"' ? text[i - 1] === '\\' : text[i - 1] === quote; // `\"`, or a `''` pair
    if (!escaped) return i;
    const before = quote === '"' ? i - 1 : i - 2;
    i = before > 0 ? text.lastIndexOf(quote, before - 1) : -1;
  }
  return undefined;
}

export class Converter {
  private readonly converted = new Map<YamlNode, Node>();
  private readonly inProgress = new Set<YamlNode>();
  private readonly sizes = new Map<Node, number>();
  private expanded = 0;
  private refusedAlias = false;
  private targets: Map<Alias, YamlNode> | undefined;
  /** The YAML version the AWS CLI reads the document as: 1.2 unless a `%YAML 1.1` directive says so. */
  private readonly version: YamlVersion;

  /** Tagged nodes being converted as the value of their long form. */
  private readonly untagged = new Set<YamlNode>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly problems: SyntaxProblem[],
    /** The parsed text: where a short-form tag starts is read from it. */
    private readonly text = '',
  ) {
    this.version = doc.directives?.yaml.version === '1.1' ? '1.1' : '1.2';
  }

  convert(node: YamlNode, depth: number): Node {
    if (isAlias(node)) return this.alias(node, depth);
    const [start, end] = node.range ?? [0, 0];
    if (depth > MAX_DEPTH) {
      this.problems.push({
        start,
        end: start + 1,
        severity: 'error',
        kind: 'too-complex',
        message: `Nesting deeper than ${MAX_DEPTH} levels is not analysed.`,
      });
      return this.remember(node, { type: 'scalar', value: null, integer: false, start, end });
    }
    const long = node.tag !== undefined && !this.untagged.has(node) ? longFormOf(node.tag) : undefined;
    if (long !== undefined && node.tag !== undefined) return this.longForm(node, node.tag, long, depth);
    this.inProgress.add(node);
    let result: Node;
    if (isMap(node)) {
      const object: ObjectNode = { type: 'object', properties: [], start, end };
      const merges: MergeEntry[] = [];
      let lastEnd: number | undefined;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as YamlNode | null;
        if (!isScalar(key) || key.range == null) {
          const at = (key as YamlNode | null)?.range?.[0] ?? start;
          this.problems.push({
            start: at,
            end: at + 1,
            severity: 'error',
            kind: 'invalid-syntax',
            message: 'YAML: only plain string keys are allowed in an ELBv2 document.',
          });
          continue;
        }
        const keyNode: ScalarNode & { value: string } = {
          type: 'scalar',
          value: String(key.value),
          integer: false,
          start: key.range[0],
          end: key.range[1],
        };
        this.checkPlainKey(key);
        const valueYaml = pair.value as YamlNode | null;
        const value = valueYaml
          ? this.convert(valueYaml, depth + 1)
          : {
              type: 'scalar' as const,
              value: null,
              integer: false,
              // The parser gives a pair no value only when it has no colon (`? key`, `{key}`).
              start: keyNode.end,
              end: keyNode.end,
            };
        if (value.start > value.end) value.start = value.end;
        // An alias value is its anchor's node, earlier in the text: the pair ends at the alias.
        const pairEnd = Math.max(
          isAlias(valueYaml) ? (valueYaml.range?.[1] ?? value.end) : value.end,
          keyNode.end,
        );
        lastEnd = pairEnd;
        if (isMergeKey(key)) {
          merges.push({ keyStart: keyNode.start, keyEnd: keyNode.end, value });
          continue;
        }
        const prop: Property = {
          key: keyNode,
          value,
          parent: object,
          start: keyNode.start,
          end: pairEnd,
        };
        keyNode.parent = prop;
        if (!value.parent) value.parent = prop;
        object.properties.push(prop);
      }
      if (!node.flow) object.end = blockEnd(lastEnd, start);
      applyMerges(object, merges, this.problems);
      result = object;
    } else if (isSeq(node)) {
      const array: Node = { type: 'array', items: [], start, end };
      let lastEnd: number | undefined;
      for (const item of node.items) {
        const child = item
          ? this.convert(item as YamlNode, depth + 1)
          : { type: 'scalar' as const, value: null, integer: false, start, end: start };
        if (!child.parent) child.parent = array;
        array.items.push(child);
        // An alias item is its anchor's node, which lies earlier in the text: end at the alias.
        lastEnd = isAlias(item) ? (item.range?.[1] ?? child.end) : child.end;
      }
      if (!node.flow) array.end = blockEnd(lastEnd, start);
      result = array;
    } else if (isScalar(node)) {
      result = isImplicitPlain(node)
        ? this.plainScalar(String(node.source ?? ''), start, end)
        : scalar(node.value, start, end);
    } else {
      result = { type: 'scalar', value: null, integer: false, start, end };
    }
    this.inProgress.delete(node);
    return this.remember(node, result);
  }

  /** `!Ref Name` as `{Ref: Name}`: the key spans the tag, the value is the node without it. */
  private longForm(node: YamlNode, tag: string, long: string, depth: number): Node {
    this.untagged.add(node);
    const value = this.convert(node, depth + 1);
    this.untagged.delete(node);
    const at = this.text.lastIndexOf(tag, value.start);
    const between = at >= 0 ? this.text.slice(at + tag.length, value.start) : '';
    const start = at >= 0 && /^\s*$/.test(between) ? at : value.start;
    const key: ScalarNode & { value: string } = {
      type: 'scalar',
      value: long,
      integer: false,
      start,
      end: start === value.start ? start : start + tag.length,
    };
    const object: ObjectNode = { type: 'object', properties: [], start, end: value.end };
    const prop: Property = { key, value, parent: object, start, end: value.end };
    key.parent = prop;
    value.parent = prop;
    object.properties.push(prop);
    return this.remember(node, object);
  }

  /** A plain scalar typed as the AWS CLI's loader types it (cliScalars.ts), not as the core schema does. */
  private plainScalar(source: string, start: number, end: number): ScalarNode {
    const reading = readPlainScalar(source, this.version);
    if (reading.type === 'merge')
      this.unreadable(start, end, 'its YAML loader takes a plain `<<` for a merge key, which is no value');
    else if (reading.type === 'unreadable') this.unreadable(start, end, reading.reason);
    return plainScalarNode(reading, source, start, end);
  }

  /** Keys are typed too: a plain `=` key stops the AWS CLI's loader as a value does. */
  private checkPlainKey(key: YamlNode): void {
    if (!isScalar(key) || !isImplicitPlain(key) || key.source === '<<' || !key.range) return;
    const reading = readPlainScalar(String(key.source ?? ''), this.version);
    if (reading.type === 'unreadable') this.unreadable(key.range[0], key.range[1], reading.reason);
  }

  private unreadable(start: number, end: number, reason: string): void {
    this.problems.push(unreadableProblem(start, end, reason));
  }

  private remember(yamlNode: YamlNode, node: Node): Node {
    this.converted.set(yamlNode, node);
    this.expanded += 1;
    return node;
  }

  private alias(alias: Alias, depth: number): Node {
    const [start, end] = alias.range ?? [0, 0];
    const target = (this.targets ??= aliasTargets(this.doc.contents)).get(alias);
    const fallback: ScalarNode = { type: 'scalar', value: null, integer: false, start, end };
    if (!target) {
      // The yaml package only notices an unknown anchor when converting to JS, which we never do.
      this.problems.push({
        start,
        end,
        severity: 'error',
        kind: 'invalid-syntax',
        message: `YAML: alias *${alias.source} refers to no anchor; define &${alias.source} before the alias.`,
      });
      return fallback;
    }
    if (this.inProgress.has(target)) {
      this.problems.push({
        start,
        end,
        severity: 'error',
        kind: 'invalid-syntax',
        message: `YAML: alias *${alias.source} refers to a node that contains it; recursive aliases are not allowed.`,
      });
      return fallback;
    }
    const node = this.converted.get(target) ?? this.convert(target, depth);
    const size = this.sizeOf(node);
    if (this.expanded + size > MAX_EXPANDED_NODES) {
      if (this.refusedAlias) return fallback; // said once; every later alias is refused too
      this.refusedAlias = true;
      this.problems.push({
        start,
        end,
        severity: 'error',
        kind: 'too-complex',
        message: `YAML aliases expand this document past ${MAX_EXPANDED_NODES} nodes; the alias *${alias.source} is not followed.`,
      });
      return fallback;
    }
    this.expanded += size;
    return node;
  }

  private sizeOf(node: Node): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    let size = 1;
    if (node.type === 'object') for (const p of node.properties) size += 1 + this.sizeOf(p.value);
    else if (node.type === 'array') for (const item of node.items) size += this.sizeOf(item);
    this.sizes.set(node, size);
    return size;
  }
}

/**
 * The node each alias refers to: the last node before it, in document order, with its anchor (as
 * `Alias.resolve` says). One pass for all aliases: `Alias.resolve` walks the whole document for
 * each alias, which made 100,000 aliases take minutes. Iterative, so deep nesting cannot overflow.
 */
function aliasTargets(root: unknown): Map<Alias, YamlNode> {
  const targets = new Map<Alias, YamlNode>();
  const anchors = new Map<string, YamlNode>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isNode(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return targets;
}

/** A plain scalar with no tag: the loader gives it a type from its text. */
function isImplicitPlain(node: Scalar): boolean {
  return node.type === 'PLAIN' && node.tag === undefined;
}

/** `<<` as a key: a merge key for the AWS CLI's loader, unless it is quoted or tagged. */
function isMergeKey(key: YamlNode): boolean {
  return isScalar(key) && isImplicitPlain(key) && key.source === '<<';
}

/** A quoted, block or tagged scalar: the `yaml` package's value is what the loader makes too. */
function scalar(value: unknown, start: number, end: number): ScalarNode {
  if (typeof value === 'number')
    return { type: 'scalar', value, integer: Number.isInteger(value), start, end };
  if (typeof value === 'string' || typeof value === 'boolean' || value === null)
    return { type: 'scalar', value, integer: false, start, end };
  if (typeof value === 'bigint') return { type: 'scalar', value: Number(value), integer: true, start, end };
  return { type: 'scalar', value: String(value), integer: false, start, end };
}
