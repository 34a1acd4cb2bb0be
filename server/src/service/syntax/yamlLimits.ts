// What the yaml package is trusted with. It recurses once per nesting level and runs out of stack
// past about 1,500 levels, at a depth that depends on how deep the caller's stack already is (the
// same text could give different findings in the CLI and in the server), and it takes about 1 KB
// of memory per token (a 10 MB flow list of numbers exhausts a 4 GB heap). So the text is first
// measured, from the tokens of the yaml lexer (which does not recurse and keeps nothing): flow
// collections nested deeper than the analysis follows are blanked out, as in JSON (jsonLimits.ts),
// and a document whose block nesting passes MAX_PARSE_DEPTH, or that holds more than MAX_TOKENS
// tokens, is not parsed at all.
import { CST, Lexer } from 'yaml';
import { MAX_DEPTH, MAX_PARSE_DEPTH, MAX_TOKENS } from './limits';

export interface LimitedYaml {
  /** The text to parse: the text itself, or with over-deep flow collections blanked out. */
  text: string;
  /** Why the text must not be parsed at all, and where that became clear. */
  refused?: { at: number; reason: 'nesting' | 'size' };
}

/** Flow levels kept: one more than the tree keeps, whatever block nesting lies around them. */
const KEPT_LEVELS = MAX_DEPTH + 2;

/** Lexer tokens that are not text: the start of a document, of a scalar, a flow's forced end. */
const DOCUMENT = '\x02';
const SCALAR = '\x1f';
const FLOW_END = '\x18';

/** Tokens that make no node of their own. */
const NO_NODE = new Set(['space', 'newline', 'comment', 'comma']);

export function limitYaml(text: string): LimitedYaml {
  if (!mayExceed(text)) return { text };
  const ranges: [number, number][] = [];
  let offset = 0;
  let tokens = 0;
  let flow = 0;
  let block = 0; // an upper bound of the block nesting on this line: indentation plus indicators
  let lineStart = true;
  let scalarNext = false;
  let cut = -1; // where the blanked flow collection began
  let cutLevel = 0;
  const endCut = (at: number): void => {
    if (cut !== -1) ranges.push([cut, at]);
    cut = -1;
  };
  for (const token of new Lexer().lex(text)) {
    if (!text.startsWith(token, offset)) {
      if (token === SCALAR) scalarNext = true;
      else if (token === DOCUMENT || token === FLOW_END) {
        endCut(offset);
        flow = 0;
        block = 0;
      }
      continue;
    }
    const at = offset;
    offset += token.length;
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    scalarNext = false; // a scalar's text is a scalar, whatever it looks like
    // Tokens in a blanked collection are never parsed.
    if (cut === -1 && (type === null || !NO_NODE.has(type)) && ++tokens > MAX_TOKENS)
      return { text, refused: { at, reason: 'size' } };
    switch (type) {
      case 'newline':
        if (flow === 0) block = 0;
        lineStart = true;
        continue;
      case 'space':
        if (lineStart && flow === 0) block = token.length;
        continue;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        if (flow === 0 && ++block > MAX_PARSE_DEPTH) return { text, refused: { at, reason: 'nesting' } };
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        flow += 1;
        if (cut === -1 && flow > KEPT_LEVELS) {
          cut = at;
          cutLevel = flow;
        }
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        if (flow === cutLevel) endCut(offset);
        flow = Math.max(0, flow - 1);
        break;
      case 'doc-start':
        endCut(at);
        flow = 0;
        block = 0;
        break;
      default:
        break;
    }
    lineStart = false;
  }
  endCut(text.length);
  if (ranges.length === 0) return { text };
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(from, start), '0', ' '.repeat(Math.max(0, end - start - 1)));
    from = end;
  }
  parts.push(text.slice(from));
  return { text: parts.join('') };
}

/** Characters that may begin or separate tokens: `,` `-` `:` `[` `{` `&` `*` `!` `?`. */
const MARKS = new Set([0x2c, 0x2d, 0x3a, 0x5b, 0x7b, 0x26, 0x2a, 0x21, 0x3f]);

/**
 * A cheap first look that most documents stop at. Flow openers in the whole text plus the most
 * indentation and indicators on one line bound the nesting from above; indicators and line
 * breaks bound the tokens.
 */
function mayExceed(text: string): boolean {
  let openers = 0;
  let marks = 0;
  let line = 0;
  let most = 0;
  let indenting = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a /* \n */ || c === 0x0d /* \r */) {
      most = Math.max(most, line);
      line = 0;
      indenting = true;
      marks++;
      continue;
    }
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) openers++;
    if (indenting && (c === 0x20 || c === 0x09)) line++;
    else if (c === 0x2d /* - */ || c === 0x3f /* ? */ || c === 0x3a /* : */) line++;
    if (MARKS.has(c)) marks++;
    if (c !== 0x20 && c !== 0x09) indenting = false;
  }
  // A line holds at most a few tokens per line break or mark: a scalar, an anchor, a tag.
  return openers + Math.max(most, line) > KEPT_LEVELS || marks * 4 > MAX_TOKENS;
}
