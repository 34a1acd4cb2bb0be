// JSON text → document tree. JSON files are strict JSON, as the AWS CLI reads them: a comment or
// a trailing comma is an error. Never throws: problems come back as a list.
import {
  parseTree,
  printParseErrorCode,
  ParseErrorCode,
  type Node as JsonNode,
  type ParseError,
  type ParseOptions,
} from 'jsonc-parser';
import { findDuplicateKeys } from './duplicateKeys';
import { boundParserErrors } from './followOnErrors';
import { limitJson } from './jsonLimits';
import { repairJson } from './jsonRepairs';
import { MAX_DEPTH, MAX_TOKENS } from './limits';
import { parseStrictJson } from './strictJson';
import type { Node, ObjectNode, ParsedDocument, Property, ScalarNode, SyntaxProblem } from './tree';

const MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed in JSON',
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes is expected',
  [ParseErrorCode.ValueExpected]: 'a value is expected',
  [ParseErrorCode.ColonExpected]: 'a colon is expected',
  [ParseErrorCode.CommaExpected]: 'a comma is expected',
  [ParseErrorCode.CloseBraceExpected]: 'a closing brace is expected',
  [ParseErrorCode.CloseBracketExpected]: 'a closing bracket is expected',
  [ParseErrorCode.EndOfFileExpected]: 'end of file expected: a JSON file holds one value',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unterminated comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unexpected end of number',
  [ParseErrorCode.InvalidUnicode]: 'invalid unicode escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'invalid character in string',
};

/** The jsonc-parser options of every parse, the incremental one (incrementalJson.ts) included. */
export const JSON_OPTIONS: ParseOptions = {
  disallowComments: true,
  allowTrailingComma: false,
  allowEmptyContent: true,
};

const TOO_LARGE = `The document holds more than ${MAX_TOKENS.toLocaleString('en-US')} JSON values by here, more than can be analysed in reasonable memory, so it is not parsed. Split it into smaller files.`;

export function parseJson(text: string): ParsedDocument {
  // Plain strict JSON, the usual case, in one pass (strictJson.ts); anything else the way below.
  const strict = parseStrictJson(text);
  if (!strict) return parseJsonWithRecovery(text);
  const problems: SyntaxProblem[] = [];
  findDuplicateKeys(strict, problems);
  return { text, syntax: 'json', root: strict, problems };
}

/**
 * Any JSON text through jsonc-parser, with the repairs of jsonRepairs.ts and the limits of
 * jsonLimits.ts, and a problem for each error. What parseJson gives for a text that is not plain
 * strict JSON; exported for the test that holds the fast way to this one.
 */
export function parseJsonWithRecovery(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  // Comments and invisible characters: one problem per block, then parsed as blank space.
  const repaired = repairJson(text);
  const problems: SyntaxProblem[] = [...repaired.problems];
  const limited = limitJson(repaired.text);
  if (limited.tooLargeAt !== undefined) {
    const at = limited.tooLargeAt;
    problems.push({
      start: at,
      end: at + 1,
      severity: 'error',
      kind: 'too-complex',
      message: TOO_LARGE,
    });
    return { text, syntax: 'json', root: undefined, problems };
  }
  const tree = parseTree(limited.text, errors, JSON_OPTIONS);
  const parserProblems: SyntaxProblem[] = [];
  let lastOffset = -1;
  for (const e of errors) {
    if (e.offset === lastOffset) continue; // one report per place: a trailing comma yields two
    lastOffset = e.offset;
    parserProblems.push(jsonProblem(text, e));
  }
  const root = tree ? convertJson(tree, text, problems, 0) : undefined;
  // "End of file expected" after an earlier error is the parser closing the object too early,
  // unless a second value really follows the first one's end.
  const endOfFile = `JSON: ${MESSAGES[ParseErrorCode.EndOfFileExpected] ?? ''}.`;
  const followsFrom = (p: SyntaxProblem): boolean =>
    p.message === endOfFile && (!root || text.slice(root.end, p.start).trim() !== '');
  for (const p of boundParserErrors(text, parserProblems, followsFrom)) problems.push(p);
  findDuplicateKeys(root, problems);
  return { text, syntax: 'json', root, problems };
}

function jsonProblem(text: string, e: ParseError): SyntaxProblem {
  const start = Math.min(e.offset, text.length);
  const end = Math.min(text.length, start + Math.max(e.length, 1));
  let message = MESSAGES[e.error] ?? printParseErrorCode(e.error);
  const closer = text[start];
  if (
    (e.error === ParseErrorCode.PropertyNameExpected || e.error === ParseErrorCode.ValueExpected) &&
    (closer === '}' || closer === ']')
  ) {
    const before = text.slice(0, start).trimEnd();
    if (before.endsWith(',')) {
      const comma = before.length - 1;
      return {
        start: comma,
        end: comma + 1,
        severity: 'error',
        kind: 'invalid-syntax',
        message:
          'JSON: trailing comma. JSON allows no comma after the last element, and the AWS CLI rejects the file; remove it.',
      };
    }
  }
  if (e.error === ParseErrorCode.InvalidCommentToken)
    message += '; the AWS CLI rejects the file. Remove the comment';
  return { start, end, severity: 'error', kind: 'invalid-syntax', message: `JSON: ${message}.` };
}

/**
 * A jsonc-parser node as a tree node, with the offsets of `text` (the text the node was parsed
 * from, read again to tell integers). `depth` is the node's nesting in the document: past
 * MAX_DEPTH a value is cut and reported in `problems`.
 */
export function convertJson(node: JsonNode, text: string, problems: SyntaxProblem[], depth: number): Node {
  const start = node.offset;
  const end = node.offset + node.length;
  if (depth > MAX_DEPTH) {
    problems.push({
      start,
      end: start + 1,
      severity: 'error',
      kind: 'too-complex',
      message: `Nesting deeper than ${MAX_DEPTH} levels is not analysed.`,
    });
    return { type: 'scalar', value: null, integer: false, start, end };
  }
  switch (node.type) {
    case 'object': {
      const object: ObjectNode = { type: 'object', properties: [], start, end };
      for (const child of node.children ?? []) {
        const [k, v] = child.children ?? [];
        if (!k) continue;
        const key: ScalarNode & { value: string } = {
          type: 'scalar',
          value: String(k.value),
          integer: false,
          start: k.offset,
          end: k.offset + k.length,
        };
        const colonEnd = child.colonOffset !== undefined ? child.colonOffset + 1 : key.end;
        const value: Node = v
          ? convertJson(v, text, problems, depth + 1)
          : { type: 'scalar', value: null, integer: false, start: colonEnd, end: colonEnd };
        const prop: Property = {
          key,
          value,
          parent: object,
          start: key.start,
          end: Math.max(key.end, value.end),
        };
        key.parent = prop;
        value.parent = prop;
        object.properties.push(prop);
      }
      return object;
    }
    case 'array': {
      const array: Node = { type: 'array', items: [], start, end };
      for (const child of node.children ?? []) {
        const item = convertJson(child, text, problems, depth + 1);
        item.parent = array;
        array.items.push(item);
      }
      return array;
    }
    default: {
      const value = node.value as string | number | boolean | null;
      const integer = typeof value === 'number' && /^-?\d+$/.test(text.slice(start, end));
      return { type: 'scalar', value: value ?? null, integer, start, end };
    }
  }
}
