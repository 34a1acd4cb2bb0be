// The cursor in a YAML document. The current line says whether a key or a value is being typed
// and which text the completion replaces; the document, re-parsed with that token replaced by a
// placeholder (so that `Pro` alone on a line becomes a key), says where it sits. When that parse
// loses the placeholder, or puts it where the model has no structure (another line is broken),
// the indentation of the lines above says it (yamlIndent.ts).
import { parseYamlBeside } from '../syntax/incrementalYaml';
import { parseYaml } from '../syntax/parseYaml';
import { owningProperty, pathOf, type Node, type ParsedDocument, type Property } from '../syntax/tree';
import {
  eolOf,
  findAround,
  PLACEHOLDER,
  type CursorContext,
  type KeywordToken,
  type Segment,
} from './cursorContext';
import { indentationPath, indentOfNextLine } from './yamlIndent';

interface Line {
  start: number;
  /** Just past the line's last character, before its line break. */
  end: number;
  before: string;
  after: string;
}

/** `base`: the parse of `text`, when the caller has it; the re-parses then reuse its tree. */
export function yamlCursor(text: string, offset: number, base?: ParsedDocument): CursorContext | undefined {
  const original = (base ?? parseYaml(text)).root;
  const parse = (repaired: string): Node | undefined =>
    (base ? parseYamlBeside(base, repaired) : parseYaml(repaired)).root;
  if (insideMultilineScalar(original, text, offset)) return undefined;
  const line = lineAt(text, offset);
  const lead = /^( *)((?:- +)*)/.exec(line.before) ?? ['', '', ''];
  const dashes = lead[2] ?? '';
  const restStart = line.start + lead[0].length;
  const rest = line.before.slice(lead[0].length);
  if (rest.startsWith('#') && !rest.startsWith('#{')) return undefined; // a comment
  if (lead[0] === '' && /^(?:---|\.\.\.)/.test(rest)) return undefined;
  const shape: Shape = {
    column: restStart - line.start,
    dashColumn: dashes ? (lead[1] ?? '').length + dashes.lastIndexOf('-') : -1,
  };
  const colon = mappingColon(rest);
  const context =
    colon >= 0
      ? valueAt(text, offset, line, restStart, restStart + colon, shape, parse)
      : keyAt(text, offset, line, restStart, rest, shape, parse);
  // A document that is a list has no top-level members.
  return original?.type === 'array' && context?.path.length === 0 ? undefined : context;
}

interface Shape {
  /** Column where the key starts (after any list dashes). */
  column: number;
  /** Column of the dash when the key starts a list item, else -1. */
  dashColumn: number;
}

/**
 * The cursor is on a continuation line of a scalar (a block scalar's text, a quoted or plain
 * string spanning lines), where every line is just text. An unterminated quote is not one: it
 * swallows the rest of the document, which the indentation fallback still reads.
 */
function insideMultilineScalar(root: Node | undefined, text: string, offset: number): boolean {
  // The scalar sought contains the offset.
  const scalar = findAround(root, offset, (n) => {
    if (n.type !== 'scalar' || n.start >= offset || !text.slice(n.start, offset).includes('\n'))
      return undefined;
    const first = text[n.start] ?? '';
    if (first === '|' || first === '>') return offset < n.end ? n : undefined;
    if ((first === '"' || first === "'") && !(n.end - n.start >= 2 && text[n.end - 1] === first))
      return undefined;
    return offset <= n.end ? n : undefined;
  });
  return scalar !== undefined;
}

function lineAt(text: string, offset: number): Line {
  // A line ends at "\n", "\r\n" or a lone "\r", as editors count lines (the yaml package reads a
  // lone "\r" as text, but a completion must not replace a line break the user sees).
  const start =
    offset === 0 ? 0 : Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end, before: text.slice(start, offset), after: text.slice(offset, end) };
}

/** Index of the colon that ends a mapping key in `rest`, or -1. */
function mappingColon(rest: string): number {
  let from = 0;
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1);
    if (close < 0) return -1;
    from = close + 1;
  }
  const m = /:(?=[ \t]|$)/.exec(rest.slice(from));
  return m ? from + m.index : -1;
}

function baseContext(text: string, shape: Shape): CursorContext {
  return {
    syntax: 'yaml',
    position: 'key',
    path: [],
    root: undefined,
    replaceStart: 0,
    replaceEnd: 0,
    typed: '',
    listItemStart: shape.dashColumn >= 0,
    colonFollows: false,
    hasChildren: false,
    column: shape.column,
    spaceBefore: false,
    separatorAfter: '',
    separatorBefore: '',
    wrapInObject: false,
    eol: eolOf(text),
  };
}

function keyAt(
  text: string,
  offset: number,
  line: Line,
  tokenStart: number,
  rest: string,
  shape: Shape,
  parse: (text: string) => Node | undefined,
): CursorContext | undefined {
  if (!/^[\w-]*$/.test(rest)) return undefined;
  const tokenEnd = offset + (/^[\w-]*/.exec(line.after)?.[0].length ?? 0);
  const afterToken = text.slice(tokenEnd, line.end);
  const colonFollows = /^[ \t]*:/.test(afterToken);
  const commentAfter = /^\s+#/.test(afterToken);
  if (!colonFollows && afterToken.trim() !== '' && !(commentAfter && tokenEnd > tokenStart)) return undefined;
  const context = baseContext(text, shape);
  context.replaceStart = tokenStart;
  context.replaceEnd = tokenEnd;
  context.typed = rest;
  context.colonFollows = colonFollows;
  context.hasChildren = !colonFollows && indentOfNextLine(text, line.end) > shape.column;

  const repaired = text.slice(0, tokenStart) + PLACEHOLDER + (colonFollows ? '' : ':') + text.slice(tokenEnd);
  const root = parse(repaired);
  context.root = root;
  const found = findAround<Property>(root, tokenStart, (n) =>
    n.type === 'object' ? n.properties.find((p) => p.key.value === PLACEHOLDER) : undefined,
  );
  const fallback = indentationPath(text, line.start, shape.column, shape.dashColumn);
  if (found) {
    context.path = pathOf(found.parent);
    context.cursorProperty = found;
    if (fallback) context.fallback = fallback;
    return context;
  }
  if (!fallback) return undefined;
  context.path = fallback.path;
  context.siblingKeys = fallback.siblingKeys;
  return context;
}

function valueAt(
  text: string,
  offset: number,
  line: Line,
  keyStart: number,
  colon: number,
  shape: Shape,
  parse: (text: string) => Node | undefined,
): CursorContext | undefined {
  let valueStart = colon + 1;
  while (valueStart < offset && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
  const valueBefore = text.slice(valueStart, offset);
  if (/^[{|>&*!%@`]/.test(valueBefore)) return undefined; // flow map, block scalar, anchor, alias, tag
  const flow = valueBefore.startsWith('[');
  let tokenStart = valueStart;
  if (flow) {
    tokenStart = valueStart + Math.max(valueBefore.lastIndexOf('['), valueBefore.lastIndexOf(',')) + 1;
    while (tokenStart < offset && text[tokenStart] === ' ') tokenStart++;
  }
  const tokenBefore = text.slice(tokenStart, offset);
  const context = baseContext(text, shape);
  context.position = 'value';
  context.spaceBefore = offset === colon + 1;
  const first = tokenBefore[0];
  let tokenEnd: number;
  if (first === '"' || first === "'") {
    if (closingQuote(tokenBefore, first, 1) >= 0) return undefined; // after a complete quoted value
    context.quote = first;
    context.typed = tokenBefore.slice(1);
    const close = closingQuote(line.after, first, 0);
    tokenEnd =
      close >= 0 ? offset + close + 1 : line.start + line.before.length + line.after.trimEnd().length;
  } else {
    if (/\s#/.test(tokenBefore) || (first === '#' && !tokenBefore.startsWith('#{'))) return undefined;
    context.typed = tokenBefore;
    const stop = flow ? /[,\]]/.exec(line.after) : /\s#/.exec(line.after);
    const rest = stop ? line.after.slice(0, stop.index) : line.after;
    tokenEnd = offset + rest.trimEnd().length;
  }
  context.replaceStart = tokenStart;
  context.replaceEnd = Math.max(tokenEnd, offset);
  const keyword = keywordAt(text, offset, context);
  if (keyword) context.keyword = keyword;

  const repaired =
    text.slice(0, tokenStart) +
    (context.spaceBefore ? ' ' : '') +
    PLACEHOLDER +
    text.slice(context.replaceEnd);
  const root = parse(repaired);
  context.root = root;
  const found = findAround<Node>(root, tokenStart + (context.spaceBefore ? 1 : 0), (n) =>
    n.type === 'scalar' && n.value === PLACEHOLDER ? n : undefined,
  );
  const key = unquote(text.slice(keyStart, colon).trim());
  const fallback = indentationPath(text, line.start, shape.column, shape.dashColumn);
  const fallbackPath: Segment[] | undefined = fallback && [...fallback.path, key];
  if (fallbackPath && flow) fallbackPath.push((valueBefore.match(/,/g) ?? []).length);
  if (found) {
    context.path = pathOf(found);
    const owner = owningProperty(found);
    if (owner) context.cursorProperty = owner;
    if (fallbackPath) context.fallback = { path: fallbackPath, siblingKeys: [] };
    return context;
  }
  if (!fallbackPath) return undefined;
  context.path = fallbackPath;
  return context;
}

/** Index of the quote that closes a scalar in `s` (searching from `from`), or -1. */
function closingQuote(s: string, quote: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (quote === '"' && s[i] === '\\') i++;
    else if (s[i] === quote) {
      if (quote === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function unquote(key: string): string {
  const q = key[0];
  return (q === '"' || q === "'") && key.endsWith(q) && key.length >= 2 ? key.slice(1, -1) : key;
}

/** A `#{…` being typed inside the value: from the `#{` to the cursor, plus the rest of the word. */
export function keywordAt(text: string, offset: number, context: CursorContext): KeywordToken | undefined {
  const at = context.typed.lastIndexOf('#{');
  if (at < 0 || context.typed.slice(at).includes('}')) return undefined;
  const start = offset - (context.typed.length - at);
  const tail = /^[a-z]*\}?/.exec(text.slice(offset, context.replaceEnd))?.[0] ?? '';
  return { typed: context.typed.slice(at), start, end: offset + tail.length };
}
