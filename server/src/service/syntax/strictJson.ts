// The fast way through a JSON text that is plain, strict JSON (as cdk synth and every JSON tool
// write it): one pass over the characters that builds the document tree directly. jsonc-parser
// builds a tree of its own first, which parseJson.ts then converts; on a 1.2 MB synthesized
// template that took about a third of the first check. Anything else (a comment, a trailing comma,
// an invisible character, an unterminated string, a value nested deeper than MAX_DEPTH, more than
// MAX_TOKENS values, no value at all) gives undefined, and parseJson.ts takes its usual way, with
// its repairs and messages. Where it gives a tree, the tree is the one that way gives (test/
// strictJson.test.ts compares them).
import { MAX_DEPTH, MAX_TOKENS } from './limits';
import type { ArrayNode, Node, ObjectNode, Property, ScalarNode } from './tree';

/** Thrown inside the parser only: the text is not plain strict JSON. */
const NOT_STRICT = Symbol('not strict JSON');

/** The tree of a strict JSON text, or undefined when the text is anything else. */
export function parseStrictJson(text: string): Node | undefined {
  try {
    return new StrictJsonParser(text).document();
  } catch (error) {
    if (error === NOT_STRICT) return undefined;
    throw error;
  }
}

class StrictJsonParser {
  private at = 0;
  /** `,` and `:` read, as jsonLimits.ts counts them. */
  private separators = 0;

  constructor(private readonly text: string) {}

  document(): Node {
    this.skipSpace();
    if (this.at >= this.text.length) throw NOT_STRICT; // empty: parseJson says so its own way
    const root = this.value(0);
    this.skipSpace();
    if (this.at !== this.text.length) throw NOT_STRICT;
    return root;
  }

  private value(depth: number): Node {
    if (depth > MAX_DEPTH) throw NOT_STRICT;
    const c = this.text.charCodeAt(this.at);
    if (c === 0x7b /* { */) return this.object(depth);
    if (c === 0x5b /* [ */) return this.array(depth);
    if (c === 0x22 /* " */) return this.string();
    if (c === 0x74 /* t */) return this.literal('true', true);
    if (c === 0x66 /* f */) return this.literal('false', false);
    if (c === 0x6e /* n */) return this.literal('null', null);
    return this.number();
  }

  private object(depth: number): ObjectNode {
    const object: ObjectNode = { type: 'object', properties: [], start: this.at, end: this.at };
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 0x7d /* } */) {
      this.at++;
      object.end = this.at;
      return object;
    }
    for (;;) {
      if (this.text.charCodeAt(this.at) !== 0x22) throw NOT_STRICT;
      const key = this.string() as ScalarNode & { value: string };
      this.skipSpace();
      if (this.text.charCodeAt(this.at) !== 0x3a /* : */) throw NOT_STRICT;
      this.at++;
      this.separator();
      this.skipSpace();
      const value = this.value(depth + 1);
      const property: Property = {
        key,
        value,
        parent: object,
        start: key.start,
        end: Math.max(key.end, value.end),
      };
      key.parent = property;
      value.parent = property;
      object.properties.push(property);
      this.skipSpace();
      const next = this.text.charCodeAt(this.at);
      this.at++;
      if (next === 0x7d /* } */) break;
      if (next !== 0x2c /* , */) throw NOT_STRICT;
      this.separator();
      this.skipSpace();
    }
    object.end = this.at;
    return object;
  }

  private array(depth: number): ArrayNode {
    const array: ArrayNode = { type: 'array', items: [], start: this.at, end: this.at };
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 0x5d /* ] */) {
      this.at++;
      array.end = this.at;
      return array;
    }
    for (;;) {
      const item = this.value(depth + 1);
      item.parent = array;
      array.items.push(item);
      this.skipSpace();
      const next = this.text.charCodeAt(this.at);
      this.at++;
      if (next === 0x5d /* ] */) break;
      if (next !== 0x2c /* , */) throw NOT_STRICT;
      this.separator();
      this.skipSpace();
    }
    array.end = this.at;
    return array;
  }

  /** A string: its value, read by JSON.parse where it holds escapes. */
  private string(): ScalarNode {
    const start = this.at;
    const text = this.text;
    let escaped = false;
    let i = start + 1;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) throw NOT_STRICT; // a control character, a line break: not strict
      if (c === 0x5c /* \ */) {
        escaped = true;
        i++;
      }
    }
    if (i >= text.length) throw NOT_STRICT;
    this.at = i + 1;
    let value: string;
    if (!escaped) value = text.slice(start + 1, i);
    else {
      try {
        value = JSON.parse(text.slice(start, i + 1)) as string;
      } catch {
        throw NOT_STRICT; // an escape JSON has not
      }
    }
    return { type: 'scalar', value, integer: false, start, end: this.at };
  }

  private literal(word: string, value: boolean | null): ScalarNode {
    if (!this.text.startsWith(word, this.at)) throw NOT_STRICT;
    const start = this.at;
    this.at += word.length;
    if (isWordCharacter(this.text.charCodeAt(this.at))) throw NOT_STRICT; // `trueish`
    return { type: 'scalar', value, integer: false, start, end: this.at };
  }

  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, nothing else. */
  private number(): ScalarNode {
    const text = this.text;
    const start = this.at;
    let i = start;
    if (text.charCodeAt(i) === 0x2d /* - */) i++;
    const first = text.charCodeAt(i);
    if (first === 0x30 /* 0 */) i++;
    else if (isDigit(first)) while (isDigit(text.charCodeAt(i))) i++;
    else throw NOT_STRICT;
    let integer = true;
    if (text.charCodeAt(i) === 0x2e /* . */) {
      integer = false;
      i++;
      if (!isDigit(text.charCodeAt(i))) throw NOT_STRICT;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45 /* e E */) {
      integer = false;
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) throw NOT_STRICT;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (isWordCharacter(text.charCodeAt(i))) throw NOT_STRICT; // `12px`, `0x1F`
    this.at = i;
    return { type: 'scalar', value: Number(text.slice(start, i)), integer, start, end: i };
  }

  /** Spaces, tabs and line breaks; any other blank (a no-break space, a BOM) is not strict. */
  private skipSpace(): void {
    const text = this.text;
    let i = this.at;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.at = i;
  }

  private separator(): void {
    if (++this.separators > MAX_TOKENS) throw NOT_STRICT;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** What jsonc-parser would read as part of the same token: letters, digits, `_`, `$`, `.`, `+`, `-`. */
function isWordCharacter(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x24 ||
    c === 0x2e ||
    c === 0x2b ||
    c === 0x2d
  );
}
