// Whether a YAML or JSON text may be an ELBv2 document or a CloudFormation template, decided from
// its top-level keys by a scan that builds nothing: an editor opens package.json, a 10 MB GeoJSON
// file or a CI workflow, and the server must not parse them only to find that they are unrelated.
//
// The answer `unrelated` is exact: a text it is given for is one whose full parse `detectKind`
// would reject (no top-level key of a kind, and too few keys of one request kind to be a partial
// document of it), so skipping the check changes no result. Whatever the scan cannot follow (a
// flow-style YAML root, keys with escapes, anchors, tags or merge keys, JSON with comments) answers
// `elbv2`, and the full check decides.
import { KINDS, PARTIAL_KEYS_UNNAMED } from './documentKind';
import { members } from './model/apiModel';
import type { Syntax } from './syntax/tree';

export type Sniff = 'elbv2' | 'template' | 'unrelated';

const KIND_KEYS: ReadonlySet<string> = new Set(KINDS.map((k) => k.key));
const TEMPLATE_VERSION_KEY = 'AWSTemplateFormatVersion';
const TEMPLATE_RESOURCES_KEY = 'Resources';
const AWS_TYPE_PREFIX = 'AWS::';
/** A YAML merge key adds the members of another map, which a line scan does not follow. */
const MERGE_KEY = '<<';

/**
 * The member names of each request kind, which a document without its distinguishing key may be
 * (detectKind's partial documents).
 */
const REQUEST_MEMBERS: readonly ReadonlySet<string>[] = KINDS.filter((k) => k.input).map(
  (k) => new Set(members(k.root).map((m) => m.name)),
);

/**
 * `elbv2` when a top-level key names a document kind, when the keys may make a partial request
 * (or the scan is unsure), `template` when the text is a CloudFormation template
 * (`AWSTemplateFormatVersion`, or `Resources` with `AWS::` types), `unrelated` otherwise.
 */
export function sniffDocument(text: string, syntax: Syntax): Sniff {
  const keys = syntax === 'json' ? jsonTopLevelKeys(text) : yamlTopLevelKeys(text);
  if (keys === UNSURE) return 'elbv2';
  let resources = false;
  for (const key of keys.all) {
    if (KIND_KEYS.has(key) || key === MERGE_KEY) return 'elbv2';
    if (key === TEMPLATE_VERSION_KEY) return 'template';
    if (key === TEMPLATE_RESOURCES_KEY) resources = true;
  }
  if (resources && text.includes(AWS_TYPE_PREFIX)) return 'template';
  return mayBePartial(keys) ? 'elbv2' : 'unrelated';
}

/**
 * Whether detectKind may take the document for a request without its distinguishing key: at least
 * PARTIAL_KEYS_UNNAMED root keys, all members of one request kind. JSON keys are the parser's
 * exactly; YAML keys are line starts, among which a value's continuation can pass for a key (a
 * multi-line quoted scalar) and a recovered key may or may not become one, so there only the keys
 * that are members count, and a key of another name rules nothing out.
 */
function mayBePartial(keys: ScannedKeys): boolean {
  const { all, exact } = keys;
  if (all.length < PARTIAL_KEYS_UNNAMED) return false;
  const need = exact ? all.length : PARTIAL_KEYS_UNNAMED;
  return REQUEST_MEMBERS.some((names) => all.filter((key) => names.has(key)).length >= need);
}

/** True unless the text is certainly neither an ELBv2 document nor a template. */
export function mayBeElbv2(text: string, syntax: Syntax): boolean {
  return sniffDocument(text, syntax) !== 'unrelated';
}

const UNSURE = Symbol('unsure');
/** The root keys, each as often as it occurs; `exact` when they are the parser's keys. */
interface ScannedKeys {
  all: string[];
  exact: boolean;
}
type Keys = ScannedKeys | typeof UNSURE;

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The keys of a JSON root object, skipping their values; a non-object root has none. */
function jsonTopLevelKeys(text: string): Keys {
  let i = skipJsonSpace(text, 0);
  if (i >= text.length) return { all: [], exact: true };
  const first = text.charCodeAt(i);
  // A list has no keys; anything else but an object may be recovered from by the parser.
  if (first !== 0x7b) return first === 0x5b ? { all: [], exact: true } : UNSURE;
  const keys: string[] = [];
  const breaks = new LineBreaks(text);
  i++;
  for (;;) {
    i = skipJsonSpace(text, i);
    const c = text.charCodeAt(i);
    if (c === 0x7d) return { all: keys, exact: true }; // `}`
    if (c !== QUOTE) return UNSURE;
    const end = stringEnd(text, i, breaks);
    if (end < 0) return UNSURE;
    const raw = text.slice(i + 1, end);
    if (raw.includes('\\')) {
      try {
        keys.push(JSON.parse(text.slice(i, end + 1)) as string);
      } catch {
        return UNSURE;
      }
    } else keys.push(raw);
    i = skipJsonSpace(text, end + 1);
    if (text.charCodeAt(i) !== 0x3a) return UNSURE; // `:`
    i = skipJsonValue(text, i + 1, breaks);
    if (i < 0) return UNSURE;
    i = skipJsonSpace(text, i);
    const after = text.charCodeAt(i);
    if (after === 0x2c)
      i++; // `,`
    else if (after === 0x7d) return { all: keys, exact: true };
    else return UNSURE;
  }
}

function skipJsonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The offset of the quote closing the string that opens at `start`, or -1, also for a string
 * that runs over a line break: the parser ends it there and reads on differently.
 */
function stringEnd(text: string, start: number, breaks: LineBreaks): number {
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0 || breaks.next(start) < close) return -1;
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close;
    i = close + 1;
  }
}

/** The next line break at or after an offset; offsets only grow, so the text is searched once. */
class LineBreaks {
  private lf = -1;
  private cr = -1;
  constructor(private readonly text: string) {}

  next(from: number): number {
    if (this.lf !== Infinity && this.lf < from) this.lf = this.find('\n', from);
    if (this.cr !== Infinity && this.cr < from) this.cr = this.find('\r', from);
    return Math.min(this.lf, this.cr);
  }

  private find(c: string, from: number): number {
    const at = this.text.indexOf(c, from);
    return at < 0 ? Infinity : at;
  }
}

/**
 * The offset of the `,` or `}` that ends the member value starting at `from`, or -1 where the
 * parser's recovery may read keys the scan would not (a missing comma, mismatched brackets, a
 * comment).
 */
function skipJsonValue(text: string, from: number, breaks: LineBreaks): number {
  const open: number[] = []; // the closing bracket each open one expects
  let value = false; // a value has started at the member's level
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isJsonSpace(c)) continue;
    if (c === SLASH) return -1;
    if (open.length === 0) {
      if (c === 0x2c || c === 0x7d) return i;
      if (c === 0x5d) return -1;
      if (value && (c === QUOTE || c === 0x7b || c === 0x5b)) return -1; // a second value: no comma
      value = true;
    }
    if (c === QUOTE) {
      i = stringEnd(text, i, breaks);
      if (i < 0) return -1;
    } else if (c === 0x7b) open.push(0x7d);
    else if (c === 0x5b) open.push(0x5d);
    else if ((c === 0x7d || c === 0x5d) && open.pop() !== c) return -1;
  }
  return -1;
}

// ── YAML ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * The keys of the first YAML document's root block mapping, up to the next document marker, as
 * line starts. In a well-formed document they are the lines at the indentation of the first
 * content line, and the more indented lines below a root key whose value starts on the next line
 * (`Key:`, `Key: |`) are its content. More indented lines below a root key whose value is on its
 * own line (`Key: value`, `Key: [1]`) are broken YAML, which the parser's recovery can make root
 * keys: those count too when they start like a kind, template or merge key or a member of a
 * request kind (or with a quote or a node property, which a line scan cannot read). Only such lines are cut out of the text; the others
 * are passed over by index.
 */
function yamlTopLevelKeys(text: string): Keys {
  const keys: string[] = [];
  let rootIndent = -1;
  let contentBelow = true; // the last root line's value continues on the more indented lines
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const lineStart = start;
    start = end + 1;
    let i = lineStart;
    let boms = 0; // the parser passes over a byte order mark at a line start
    for (let c = text.charCodeAt(i); i < lineEnd && (c === 0x20 || c === 0xfeff); c = text.charCodeAt(++i))
      if (c === 0xfeff) boms++;
    const indent = i - lineStart - boms;
    if (i === lineEnd || text.charCodeAt(i) === 0x23) continue; // blank or a comment
    const deeper = rootIndent >= 0 && indent > rootIndent;
    if (deeper && (contentBelow || !KEY_STARTS.has(text.charCodeAt(i)))) continue; // nested content
    const content = text.slice(i, lineEnd);
    if (content.startsWith('\t')) {
      if (content.trim() === '') continue;
      return UNSURE; // tabs may not indent YAML: leave the line to the parser
    }
    if (indent === 0 && (isMarker(content, '---') || isMarker(content, '...'))) {
      if (rootIndent >= 0) return { all: keys, exact: false }; // only the first document is checked
      const rest = content.slice(3).trim();
      if (rest !== '' && !rest.startsWith('#')) return UNSURE; // content on the marker line
      continue;
    }
    if (rootIndent < 0) {
      if (content.startsWith('%')) continue; // a directive
      rootIndent = indent;
      if (isSequenceEntry(content)) return { all: [], exact: true }; // the root is a list
    }
    if (indent < rootIndent) return UNSURE;
    if (isSequenceEntry(content)) continue; // a list written at its key's indentation
    const pair = keyOf(content);
    if (pair === UNSURE) return UNSURE;
    if (pair !== undefined) keys.push(pair.key);
    if (!deeper) contentBelow = pair !== undefined && valueContinuesBelow(pair.value);
  }
  return { all: keys, exact: false };
}

/** The value part of `Key:` is empty, only a comment, an anchor or tag, or a block scalar header. */
function valueContinuesBelow(value: string): boolean {
  const comment = value.indexOf(' #');
  const text = (comment >= 0 ? value.slice(0, comment) : value).trim();
  if (text === '' || text.startsWith('#')) return true;
  if (text.charAt(0) === '|' || text.charAt(0) === '>') return true;
  return (text.charAt(0) === '&' || text.charAt(0) === '!') && !text.includes(' ');
}

/**
 * The first characters of the keys the scan looks for (kind, template and merge keys, members of
 * a request kind), and of keys it cannot read.
 */
const KEY_STARTS: ReadonlySet<number> = new Set(
  [
    ...KIND_KEYS,
    ...REQUEST_MEMBERS.flatMap((names) => [...names]),
    TEMPLATE_VERSION_KEY,
    TEMPLATE_RESOURCES_KEY,
    MERGE_KEY,
    '"',
    "'",
    '?',
    '&',
    '!',
    '*',
  ].map((k) => k.charCodeAt(0)),
);

function isMarker(content: string, marker: string): boolean {
  if (!content.startsWith(marker)) return false;
  const next = content.charCodeAt(marker.length);
  return Number.isNaN(next) || next === 0x20 || next === 0x09;
}

function isSequenceEntry(content: string): boolean {
  return content === '-' || content.startsWith('- ') || content.startsWith('-\t');
}

/**
 * The key a line starts with, plain or quoted, up to `: `, and the rest of the line. A line that
 * is no `key:` pair (a continuation of a broken scalar) has none; keys with properties, explicit
 * keys, aliases, flow collections or escapes are beyond a line scan.
 */
function keyOf(content: string): { key: string; value: string } | typeof UNSURE | undefined {
  const first = content.charAt(0);
  if ('?&!*[{|>@`'.includes(first)) return UNSURE;
  if (first === '"' || first === "'") {
    const close = content.indexOf(first, 1);
    if (close < 0) return UNSURE;
    const key = content.slice(1, close);
    if (first === '"' && key.includes('\\')) return UNSURE;
    if (first === "'" && content.charAt(close + 1) === "'") return UNSURE; // an escaped quote
    const colon = keyColon(content, close + 1);
    return colon < 0 ? undefined : { key, value: content.slice(colon + 1) };
  }
  const comment = content.indexOf(' #');
  for (let i = content.indexOf(':'); i >= 0; i = content.indexOf(':', i + 1)) {
    if (comment >= 0 && comment < i) return undefined; // the rest of the line is a comment
    const colon = keyColon(content, i);
    if (colon >= 0) return { key: content.slice(0, i).trimEnd(), value: content.slice(colon + 1) };
  }
  return undefined;
}

/**
 * The offset of a `:` at `at` (after optional spaces) followed by a space, a tab, a carriage return
 * (the parser takes a lone one for white space there: `Key:\r  - x` is the key `Key`) or the end.
 */
function keyColon(content: string, at: number): number {
  let i = at;
  while (content.charCodeAt(i) === 0x20) i++;
  if (content.charCodeAt(i) !== 0x3a) return -1;
  const next = content.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0d ? i : -1;
}
