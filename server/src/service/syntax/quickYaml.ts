// The common shape of YAML documents, read without the yaml package. Templates and API requests
// are almost all block mappings and lists of one-line plain or quoted scalars, one-line flow
// lists, block scalars and CloudFormation's short-form tags. The yaml package reads such a text
// through a lexer, a CST and a document of its own node classes before parseYaml.ts converts that
// into our tree: about 3 ms for a 300-line template, more than half of what the CLI spends on it.
// This reader builds the tree of tree.ts directly, in one pass over the text.
//
// It reads only what it is sure of. At the first thing outside its subset (an anchor or alias, a
// scalar over several lines, a directive or document marker, a tab or an invisible character,
// `? ` keys, escapes in double quotes, a flow collection over several lines, anything the yaml
// package would report as an error) it gives up, and the full parse runs instead. Where it
// answers, its tree and problems are the full parse's, node for node and offset for offset:
// test/quickYaml.test.ts compares the two on every fixture, example and corpus document and on
// thousands of mutated ones.
import { longFormOf } from './cfnTags';
import { plainScalarNode, readPlainScalar } from './cliScalars';
import { findDuplicateKeys } from './duplicateKeys';
import { boundParserErrors } from './followOnErrors';
import { MAX_TOKENS } from './limits';
import type { ArrayNode, Node, ObjectNode, Property, ScalarNode, SyntaxProblem } from './tree';
import { cloudFormationTagProblem, unreadableProblem } from './yamlMessages';

export interface QuickYaml {
  root: Node;
  problems: SyntaxProblem[];
}

/** The tree and problems of a YAML text in the common subset; undefined for any other text. */
export function readQuickYaml(text: string): QuickYaml | undefined {
  // Under MAX_TOKENS characters, the yaml path's size bound (yamlLimits.ts) cannot apply either.
  if (text.length >= MAX_TOKENS || !plainCharacters(text)) return undefined;
  try {
    return new QuickReader(text).document();
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

/** Thrown to give the text to the full parse; made once, so that giving up costs no stack trace. */
class Unsure extends Error {}
const UNSURE = new Unsure('outside the quick subset');

/** Nesting the quick reader follows; deeper documents take the full parse (and its bounds). */
const MAX_DEPTH = 64;
/** Indentation the quick reader follows (the yaml path bounds block nesting at 500). */
const MAX_INDENT = 160;
/** Longer implicit keys are an error for the yaml package (1,024 characters). */
const MAX_KEY = 1000;

const NL = 0x0a;
const SPACE = 0x20;
const BANG = 0x21;
const DOUBLE = 0x22;
const HASH = 0x23;
const SINGLE = 0x27;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const GREATER = 0x3e;
const LBRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const PIPE = 0x7c;
const RBRACE = 0x7d;

/**
 * No tab, carriage return, control character, no-break or zero-width space, byte-order mark,
 * Unicode line separator or surrogate: line breaks are `\n` and indentation is spaces.
 */
function plainCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < SPACE) {
      if (c !== NL) return false;
    } else if (
      c >= 0x7f &&
      (c <= 0xa0 ||
        c === 0x2007 ||
        c === 0x200b ||
        c === 0x202f ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x2060 ||
        c === 0xfeff ||
        (c >= 0xd800 && c <= 0xdfff) ||
        c >= 0xfffe)
    )
      return false;
  }
  return true;
}

/** Characters that cannot begin a plain scalar (YAML's indicators, with `-`, `?`, `:` and `.`). */
function opensPlain(c: number): boolean {
  switch (c) {
    case 0x21: // !
    case 0x22: // "
    case 0x23: // #
    case 0x25: // %
    case 0x26: // &
    case 0x27: // '
    case 0x2a: // *
    case 0x2c: // ,
    case 0x3a: // :
    case 0x3e: // >
    case 0x3f: // ?
    case 0x40: // @
    case 0x5b: // [
    case 0x5d: // ]
    case 0x60: // `
    case 0x7b: // {
    case 0x7c: // |
    case 0x7d: // }
    case SPACE:
    case NL:
      return false;
    default:
      return true;
  }
}

/**
 * Plain scalars the yaml package's core schema reads as no string (its null, bool, int and float
 * tests): as a key, such a scalar's text is not the key's value (`0x1F` is `31`).
 */
const CORE_NON_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;

/** A character of a short-form tag's name (`!Base64`). */
function isTagCharacter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** The escapes of double-quoted scalars that stand for one character (as the yaml package reads them). */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_ESCAPE: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** The value of a one-line double-quoted scalar's inside; an unknown escape is unsure. */
function unescape(inner: string): string {
  let out = '';
  let from = 0;
  for (let i = inner.indexOf('\\'); i >= 0; i = inner.indexOf('\\', from)) {
    out += inner.slice(from, i);
    const e = inner[i + 1] ?? '';
    const simple = ESCAPES[e];
    const digits = HEX_ESCAPE[e];
    if (simple !== undefined) {
      out += simple;
      from = i + 2;
    } else if (digits !== undefined) {
      const hex = inner.slice(i + 2, i + 2 + digits);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : NaN;
      if (!(code <= 0x10ffff)) throw UNSURE;
      out += String.fromCodePoint(code);
      from = i + 2 + digits;
    } else throw UNSURE;
  }
  return out + inner.slice(from);
}

function scalar(value: string | null, start: number, end: number): ScalarNode {
  return { type: 'scalar', value, integer: false, start, end };
}

class QuickReader {
  /** Where reading goes on: a line start between lines, else inside the current line. */
  private pos = 0;
  /** Indentation of the line nextContent() found. */
  private indent = 0;
  /** The parser's problems (unloadable scalars), bounded as the yaml path's. */
  private readonly errors: SyntaxProblem[] = [];
  /** The short-form tags, in document order: not bounded (parseYaml.ts says why). */
  private readonly shortForms: SyntaxProblem[] = [];

  constructor(private readonly text: string) {}

  document(): QuickYaml {
    this.documentStart();
    const first = this.nextContent();
    if (first < 0) throw UNSURE;
    const root = this.blockNode(first, this.indent, -1, 0);
    if (this.nextContent() >= 0) throw UNSURE;
    const problems = boundParserErrors(this.text, this.errors, () => false);
    for (const p of this.shortForms) problems.push(p);
    findDuplicateKeys(root, problems);
    return { root, problems };
  }

  /** Past a `---` line (only spaces or a comment after it) before the first content, if any. */
  private documentStart(): void {
    const text = this.text;
    let i = 0;
    for (;;) {
      while (text.charCodeAt(i) === SPACE) i++;
      if (text.charCodeAt(i) === NL) i++;
      else if (text.charCodeAt(i) === HASH) {
        const nl = text.indexOf('\n', i);
        if (nl < 0) return;
        i = nl + 1;
      } else break;
    }
    if (!text.startsWith('---', i) || (i > 0 && text.charCodeAt(i - 1) !== NL)) return;
    const after = text.charCodeAt(i + 3);
    if (i + 3 < text.length && after !== SPACE && after !== NL) return;
    this.pos = i + 3;
    this.endLine();
  }

  /**
   * The first character of the next line, from `pos` (a line start), that holds more than spaces
   * and a comment; its indentation in `indent`. -1 at the end of the text. Does not move `pos`.
   */
  private nextContent(): number {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const start = i;
      while (text.charCodeAt(i) === SPACE) i++;
      if (i >= text.length) return -1;
      const c = text.charCodeAt(i);
      if (c === NL) {
        i++;
        continue;
      }
      if (c === HASH) {
        const nl = text.indexOf('\n', i);
        if (nl < 0) return -1;
        i = nl + 1;
        continue;
      }
      if (i - start > MAX_INDENT) throw UNSURE;
      // A directive, a document marker (or what may be one): the yaml path's business.
      if (i === start && (c === 0x25 || c === DASH || c === DOT) && this.marker(i)) throw UNSURE;
      this.indent = i - start;
      return i;
    }
  }

  private marker(at: number): boolean {
    const text = this.text;
    return text.charCodeAt(at) === 0x25 || text.startsWith('---', at) || text.startsWith('...', at);
  }

  /** After a value on its line: only spaces and a comment may follow; `pos` moves to the next line. */
  private endLine(): void {
    const text = this.text;
    let i = this.pos;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === HASH) {
        if (text.charCodeAt(i - 1) !== SPACE) throw UNSURE;
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length : nl;
      } else if (c !== NL) throw UNSURE;
    }
    this.pos = i < text.length ? i + 1 : text.length;
  }

  private isSeqIndicator(at: number): boolean {
    const text = this.text;
    if (text.charCodeAt(at) !== DASH) return false;
    const next = text.charCodeAt(at + 1);
    return at + 1 >= text.length || next === SPACE || next === NL;
  }

  /**
   * The node that starts at `at`, a line's first character, of indentation `indent`: a block
   * collection, or a value on a line of its own below its key (`outer`: the key's indentation).
   */
  private blockNode(at: number, indent: number, outer: number, depth: number): Node {
    if (depth > MAX_DEPTH) throw UNSURE;
    if (this.isSeqIndicator(at)) return this.blockSeq(at, indent, depth);
    if (this.keyColon(at) >= 0) return this.blockMap(at, indent, depth);
    this.pos = at;
    return this.inlineNode(outer, depth, false, false);
  }

  /**
   * The colon after a key that starts at `at` (a plain or quoted scalar followed by `: ` or a
   * colon at the line's end), or -1 when no key starts there.
   */
  private keyColon(at: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    let i: number;
    if (c === SINGLE || c === DOUBLE) {
      i = this.quotedEnd(at);
      if (i < 0 || text.charCodeAt(i) !== COLON) return -1;
    } else {
      if (!opensPlain(c)) return -1;
      for (i = at + 1; ; i++) {
        if (i >= text.length) return -1;
        const d = text.charCodeAt(i);
        if (d === NL) return -1;
        if (d === COLON) {
          const e = text.charCodeAt(i + 1);
          if (i + 1 >= text.length || e === SPACE || e === NL) break;
        } else if (d === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
      }
      if (text.charCodeAt(i - 1) === SPACE || i - at > MAX_KEY) throw UNSURE;
      return i;
    }
    const e = text.charCodeAt(i + 1);
    if (!(i + 1 >= text.length || e === SPACE || e === NL)) throw UNSURE;
    return i;
  }

  /** The key from `at` to the colon at `colon`. */
  private key(at: number, colon: number): ScalarNode & { value: string } {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === SINGLE || c === DOUBLE) {
      const value = this.quotedValue(at, colon);
      return { type: 'scalar', value, integer: false, start: at, end: colon };
    }
    const source = text.slice(at, colon);
    if (CORE_NON_STRING.test(source)) throw UNSURE;
    // Plain keys are loaded as values are (parseYaml.ts, Converter.checkPlainKey).
    const reading = readPlainScalar(source);
    if (reading.type === 'merge') throw UNSURE;
    if (reading.type === 'unreadable') this.errors.push(unreadableProblem(at, colon, reading.reason));
    return { type: 'scalar', value: source, integer: false, start: at, end: colon };
  }

  private blockMap(first: number, indent: number, depth: number): ObjectNode {
    const object: ObjectNode = { type: 'object', properties: [], start: first, end: first };
    let at = first;
    for (;;) {
      const colon = this.keyColon(at);
      if (colon < 0) throw UNSURE;
      const key = this.key(at, colon);
      this.pos = colon + 1;
      const value = this.mapValue(indent, depth + 1);
      const end = Math.max(value.end, key.end);
      const prop: Property = { key, value, parent: object, start: key.start, end };
      key.parent = prop;
      value.parent = prop;
      object.properties.push(prop);
      object.end = end;
      const next = this.nextContent();
      if (next < 0 || this.indent < indent) break;
      if (this.indent > indent || this.isSeqIndicator(next)) throw UNSURE;
      at = next;
    }
    return object;
  }

  /** The value after a key's colon (`pos` is just past it). */
  private mapValue(indent: number, depth: number): Node {
    const text = this.text;
    let i = this.pos;
    while (text.charCodeAt(i) === SPACE) i++;
    this.pos = i;
    const c = text.charCodeAt(i);
    if (i >= text.length || c === NL || c === HASH) {
      this.endLine();
      return this.below(indent, depth, true, i);
    }
    return this.inlineNode(indent, depth, false, true);
  }

  /**
   * The node on the lines below a key, `-` or tag with nothing after it on its line: a block
   * collection, or else a null scalar at `empty` (where the line's value would have begun).
   */
  private below(indent: number, depth: number, seqAtIndent: boolean, empty: number): Node {
    const next = this.nextContent();
    if (next >= 0) {
      if (this.indent > indent) return this.blockNode(next, this.indent, indent, depth);
      if (seqAtIndent && this.indent === indent && this.isSeqIndicator(next))
        return this.blockSeq(next, indent, depth);
    }
    return scalar(null, empty, empty);
  }

  private blockSeq(first: number, indent: number, depth: number): ArrayNode {
    if (depth > MAX_DEPTH) throw UNSURE;
    const text = this.text;
    const array: ArrayNode = { type: 'array', items: [], start: first, end: first };
    let at = first;
    for (;;) {
      let i = at + 1;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      let item: Node;
      if (i >= text.length || c === NL || c === HASH) {
        this.pos = i;
        this.endLine();
        item = this.below(indent, depth + 1, false, i);
      } else if (this.isSeqIndicator(i)) {
        item = this.blockSeq(i, indent + (i - at), depth + 1);
      } else if (this.keyColon(i) >= 0) {
        item = this.blockMap(i, indent + (i - at), depth + 1);
      } else {
        this.pos = i;
        item = this.inlineNode(indent, depth + 1, false, false);
      }
      item.parent = array;
      array.items.push(item);
      array.end = item.end;
      const next = this.nextContent();
      if (next < 0 || this.indent < indent || !this.isSeqIndicator(next)) break;
      if (this.indent > indent) throw UNSURE;
      at = next;
    }
    return array;
  }

  /**
   * A value that begins on the current line at `pos` (not a key): a tagged node, a flow
   * collection, a quoted, block or plain scalar. `indent` is the enclosing block's indentation.
   */
  private inlineNode(indent: number, depth: number, tagged: boolean, mapValue: boolean): Node {
    if (depth > MAX_DEPTH) throw UNSURE;
    const at = this.pos;
    switch (this.text.charCodeAt(at)) {
      case BANG:
        if (tagged) throw UNSURE;
        return this.tagged(indent, depth, mapValue);
      case LBRACKET:
      case LBRACE: {
        const node = this.flow(depth);
        this.endLine();
        return node;
      }
      case SINGLE:
      case DOUBLE: {
        const node = this.quoted(at);
        this.endLine();
        return node;
      }
      case PIPE:
      case GREATER:
        return this.blockScalar(indent);
      default: {
        const node = this.plain(at, this.plainLineEnd(at), tagged);
        this.endLine();
        return node;
      }
    }
  }

  /** `!Ref Name` read as `{Ref: Name}` (cfnTags.ts): the key spans the tag. */
  private tagged(indent: number, depth: number, mapValue: boolean): Node {
    const text = this.text;
    const at = this.pos;
    let i = at + 1;
    while (isTagCharacter(text.charCodeAt(i))) i++;
    const tag = text.slice(at, i);
    const long = longFormOf(tag);
    if (long === undefined) throw UNSURE;
    this.shortForms.push(cloudFormationTagProblem(at, at + tag.length, tag));
    let value: Node;
    const c = text.charCodeAt(i);
    if (i >= text.length || c === NL) {
      this.pos = i;
      this.endLine();
      value = this.below(indent, depth + 1, mapValue, i);
      // A comment between the tag and its node moves the key (parseYaml.ts, Converter.longForm).
      if (value.type === 'scalar' || text.lastIndexOf('#', value.start) > at) throw UNSURE;
    } else {
      if (c !== SPACE) throw UNSURE;
      while (text.charCodeAt(i) === SPACE) i++;
      const d = text.charCodeAt(i);
      if (i >= text.length || d === NL || d === HASH) throw UNSURE;
      this.pos = i;
      value = this.inlineNode(indent, depth + 1, true, mapValue);
    }
    return this.longForm(at, tag, long, value);
  }

  private longForm(at: number, tag: string, long: string, value: Node): ObjectNode {
    const object: ObjectNode = { type: 'object', properties: [], start: at, end: value.end };
    const key: ScalarNode & { value: string } = {
      type: 'scalar',
      value: long,
      integer: false,
      start: at,
      end: at + tag.length,
    };
    const prop: Property = { key, value, parent: object, start: at, end: value.end };
    key.parent = prop;
    value.parent = prop;
    object.properties.push(prop);
    return object;
  }

  /** Where a plain scalar in block context that starts at `at` ends (trailing spaces excluded). */
  private plainLineEnd(at: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (!opensPlain(c) || (c === DASH && this.isSeqIndicator(at))) throw UNSURE;
    let end = at + 1;
    let i = at + 1;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === NL) break;
      if (d === SPACE) continue;
      if (d === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (d === COLON) {
        const e = text.charCodeAt(i + 1);
        // `a: b: c`: a mapping in a value, an error.
        if (i + 1 >= text.length || e === SPACE || e === NL) throw UNSURE;
      }
      end = i + 1;
    }
    return end;
  }

  /** A plain scalar, typed as the AWS CLI's loader types it, unless it carries a tag. */
  private plain(start: number, end: number, tagged: boolean): ScalarNode {
    const source = this.text.slice(start, end);
    this.pos = end;
    if (tagged) return scalar(source, start, end);
    const reading = readPlainScalar(source);
    if (reading.type === 'merge') throw UNSURE;
    if (reading.type === 'unreadable') this.errors.push(unreadableProblem(start, end, reading.reason));
    return plainScalarNode(reading, source, start, end);
  }

  /** Just past the closing quote of a one-line quoted scalar; -1 for any other. */
  private quotedEnd(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NL) return -1;
      if (c === BACKSLASH && quote === DOUBLE) {
        if (text.charCodeAt(i + 1) === NL) return -1;
        i++;
        continue;
      }
      if (c === quote) {
        if (quote === SINGLE && text.charCodeAt(i + 1) === SINGLE) {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    return -1;
  }

  private quotedValue(at: number, end: number): string {
    const inner = this.text.slice(at + 1, end - 1);
    if (this.text.charCodeAt(at) === SINGLE) return inner.includes("''") ? inner.replace(/''/g, "'") : inner;
    return inner.includes('\\') ? unescape(inner) : inner;
  }

  private quoted(at: number): ScalarNode {
    const end = this.quotedEnd(at);
    if (end < 0) throw UNSURE;
    this.pos = end;
    return scalar(this.quotedValue(at, end), at, end);
  }

  /**
   * A literal (`|`, `|-`) or folded (`>`, `>-`) block scalar whose lines are all indented alike:
   * `pos` is at its indicator; it ends with the newline of its last non-empty line.
   */
  private blockScalar(indent: number): ScalarNode {
    const text = this.text;
    const start = this.pos;
    const folded = text.charCodeAt(start) === GREATER;
    let i = start + 1;
    const strip = text.charCodeAt(i) === DASH;
    if (strip) i++;
    while (text.charCodeAt(i) === SPACE) i++;
    // Keep (`+`), an indentation indicator, a comment, or nothing below: the yaml path's.
    if (i >= text.length || text.charCodeAt(i) !== NL) throw UNSURE;
    let lineStart = i + 1;
    let contentIndent = -1;
    let value = '';
    let empty = 0;
    let end = -1;
    let previousMoreIndented = false;
    while (lineStart < text.length) {
      let j = lineStart;
      while (text.charCodeAt(j) === SPACE) j++;
      const spaces = j - lineStart;
      // Spaces that end the text without a line break: unsure of the range.
      if (j >= text.length) {
        if (spaces > 0) throw UNSURE;
        break;
      }
      if (text.charCodeAt(j) === NL) {
        // Empty lines before the first line, or with more spaces than the content: unsure.
        if (contentIndent < 0 || spaces > contentIndent) throw UNSURE;
        empty++;
        lineStart = j + 1;
        continue;
      }
      if (contentIndent < 0) {
        if (spaces <= indent) throw UNSURE;
        contentIndent = spaces;
      } else if (spaces < contentIndent) break;
      const nl = text.indexOf('\n', j);
      if (nl < 0) throw UNSURE;
      const line = text.slice(lineStart + contentIndent, nl);
      // A folded scalar joins two lines with a space (or keeps the empty lines between them),
      // except around a more indented line, whose line breaks are kept.
      const moreIndented = spaces > contentIndent;
      if (end < 0) value = line;
      else if (folded && !moreIndented && !previousMoreIndented)
        value += (empty === 0 ? ' ' : '\n'.repeat(empty)) + line;
      else value += '\n'.repeat(empty + 1) + line;
      previousMoreIndented = moreIndented;
      empty = 0;
      end = nl + 1;
      lineStart = nl + 1;
    }
    if (end < 0) throw UNSURE;
    this.pos = end;
    return scalar(strip ? value : `${value}\n`, start, end);
  }

  /** A flow list or mapping on one line; `pos` at its bracket, left just past its closing one. */
  private flow(depth: number): Node {
    if (depth > MAX_DEPTH) throw UNSURE;
    const text = this.text;
    const start = this.pos;
    const list = text.charCodeAt(start) === LBRACKET;
    const close = list ? RBRACKET : RBRACE;
    this.pos = start + 1;
    this.skipSpaces();
    if (list) {
      const array: ArrayNode = { type: 'array', items: [], start, end: start };
      if (text.charCodeAt(this.pos) !== close)
        for (;;) {
          const item = this.flowNode(depth + 1, false);
          item.parent = array;
          array.items.push(item);
          if (!this.flowSeparator(close)) break;
        }
      this.pos += 1;
      array.end = this.pos;
      return array;
    }
    const object: ObjectNode = { type: 'object', properties: [], start, end: start };
    if (text.charCodeAt(this.pos) !== close)
      for (;;) {
        const at = this.pos;
        const c = text.charCodeAt(at);
        let colon: number;
        if (c === SINGLE || c === DOUBLE) colon = this.quotedEnd(at);
        else {
          colon = this.flowPlainEnd(at, true);
          if (colon === at) throw UNSURE;
        }
        if (colon < 0 || text.charCodeAt(colon) !== COLON || text.charCodeAt(colon + 1) !== SPACE)
          throw UNSURE;
        const key = this.key(at, colon);
        this.pos = colon + 2;
        this.skipSpaces();
        const value = this.flowNode(depth + 1, false);
        const prop: Property = {
          key,
          value,
          parent: object,
          start: key.start,
          end: Math.max(value.end, key.end),
        };
        key.parent = prop;
        value.parent = prop;
        object.properties.push(prop);
        if (!this.flowSeparator(close)) break;
      }
    this.pos += 1;
    object.end = this.pos;
    return object;
  }

  /** After a flow entry: true at a comma (then past it), false at the closing bracket. */
  private flowSeparator(close: number): boolean {
    const text = this.text;
    this.skipSpaces();
    const c = text.charCodeAt(this.pos);
    if (c === close) return false;
    if (c !== COMMA) throw UNSURE;
    this.pos += 1;
    this.skipSpaces();
    const d = text.charCodeAt(this.pos);
    // A trailing comma, or an empty entry: the yaml path's.
    if (d === close || d === COMMA) throw UNSURE;
    return true;
  }

  private skipSpaces(): void {
    const text = this.text;
    let i = this.pos;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i >= text.length || text.charCodeAt(i) === NL || text.charCodeAt(i) === HASH) throw UNSURE;
    this.pos = i;
  }

  /** An entry of a flow collection at `pos`. */
  private flowNode(depth: number, tagged: boolean): Node {
    if (depth > MAX_DEPTH) throw UNSURE;
    const text = this.text;
    const at = this.pos;
    const c = text.charCodeAt(at);
    if (c === BANG) {
      if (tagged) throw UNSURE;
      let i = at + 1;
      while (isTagCharacter(text.charCodeAt(i))) i++;
      const tag = text.slice(at, i);
      const long = longFormOf(tag);
      if (long === undefined || text.charCodeAt(i) !== SPACE) throw UNSURE;
      this.shortForms.push(cloudFormationTagProblem(at, at + tag.length, tag));
      this.pos = i;
      this.skipSpaces();
      const d = text.charCodeAt(this.pos);
      if (d === COMMA || d === RBRACKET || d === RBRACE) throw UNSURE;
      return this.longForm(at, tag, long, this.flowNode(depth + 1, true));
    }
    if (c === LBRACKET || c === LBRACE) return this.flow(depth);
    let node: ScalarNode;
    if (c === SINGLE || c === DOUBLE) node = this.quoted(at);
    else {
      const end = this.flowPlainEnd(at, false);
      if (end === at) throw UNSURE;
      node = this.plain(at, end, tagged);
    }
    // `[a: b]`, `["a": b]`: a pair in a list.
    if (text.charCodeAt(this.pos) === COLON) throw UNSURE;
    return node;
  }

  /**
   * Where a plain scalar in a flow collection ends (trailing spaces excluded): at `,`, a closing
   * bracket, or (for a key) at `: `. Anything that would end or nest it otherwise is unsure.
   */
  private flowPlainEnd(at: number, key: boolean): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (!opensPlain(c) || (c === DASH && this.isSeqIndicator(at))) throw UNSURE;
    let end = at;
    for (let i = at; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === SPACE) continue;
      if (d === COMMA || d === RBRACKET || d === RBRACE) return end;
      if (d === NL || d === LBRACKET || d === LBRACE || (d === HASH && text.charCodeAt(i - 1) === SPACE))
        throw UNSURE;
      if (d === COLON) {
        const e = text.charCodeAt(i + 1);
        if (
          e === SPACE ||
          e === COMMA ||
          e === RBRACKET ||
          e === RBRACE ||
          e === NL ||
          i + 1 >= text.length
        ) {
          if (key && end === i && e === SPACE) return end;
          throw UNSURE;
        }
      }
      end = i + 1;
    }
    throw UNSURE;
  }
}
