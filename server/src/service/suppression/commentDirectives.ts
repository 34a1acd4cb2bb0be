// The suppression comments of a YAML document:
//
//   # elbv2-ls-disable-next-line rule-id[, rule-id] -- reason    (the line below)
//   Port: 70000 # elbv2-ls-disable-line rule-id -- reason         (its own line)
//   # elbv2-ls-disable rule-id -- reason                          (the whole file)
//
// A directive is a YAML comment that starts with it: `#` at the start of a line or after a space
// or tab, outside every scalar (a `#` inside a quoted string or a block scalar is text, not a
// comment). Without rule ids it silences every rule, as ESLint's directives do.
import { closest } from '../suggest';
import type { Node, ParsedDocument } from '../syntax/tree';
import type { DirectiveProblem, Directives, RuleRef, Suppression } from './types';

export const DIRECTIVE_PREFIX = 'elbv2-ls-';
export const DISABLE_NEXT_LINE = 'elbv2-ls-disable-next-line';
export const DISABLE_LINE = 'elbv2-ls-disable-line';
export const DISABLE_FILE = 'elbv2-ls-disable';
const KEYWORDS = [DISABLE_NEXT_LINE, DISABLE_LINE, DISABLE_FILE];

/** Directive comments past this many are not read: a suppression per line of a huge file is no use. */
const MAX_DIRECTIVES = 10_000;

export function commentDirectives(document: ParsedDocument): Directives {
  const out: Directives = { suppressions: [], problems: [] };
  if (document.syntax !== 'yaml') return out;
  const text = document.text;
  let found = 0;
  for (let at = text.indexOf(DIRECTIVE_PREFIX); at !== -1; at = text.indexOf(DIRECTIVE_PREFIX, at + 1)) {
    const hash = commentStart(text, at);
    if (hash === undefined || insideScalar(document.root, hash)) continue;
    if (++found > MAX_DIRECTIVES) break;
    readDirective(text, hash, at, out);
  }
  return out;
}

/** The offset of the `#` that opens a comment whose text starts at `at`, if there is one. */
function commentStart(text: string, at: number): number | undefined {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] !== '#') return undefined;
  const before = text[i - 1];
  return i === 0 ||
    before === ' ' ||
    before === '\t' ||
    before === '\n' ||
    before === '\r' ||
    before === '\ufeff'
    ? i
    : undefined;
}

/** True when the offset lies inside a scalar (key or value) of the tree. */
export function insideScalar(root: Node | undefined, offset: number): boolean {
  let node = root;
  for (let depth = 0; node && depth < 1000; depth++) {
    if (offset < node.start || offset >= node.end) return false;
    if (node.type === 'scalar') return true;
    if (node.type === 'array') node = lastStartingAtOrBefore(node.items, offset);
    else {
      const property = lastStartingAtOrBefore(node.properties, offset);
      if (!property) return false;
      if (offset >= property.key.start && offset < property.key.end) return true;
      node = property.value;
    }
  }
  return false;
}

function lastStartingAtOrBefore<T extends { start: number }>(
  list: readonly T[],
  offset: number,
): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return list[lo - 1];
}

function readDirective(text: string, hash: number, at: number, out: Directives): void {
  const lineEnd = endOfLine(text, at);
  let word = at;
  while (word < lineEnd && /[A-Za-z0-9-]/.test(text[word] as string)) word++;
  const keyword = text.slice(at, word);
  if (!KEYWORDS.includes(keyword)) {
    out.problems.push(unknownDirective(keyword, at, word));
    return;
  }
  const body = parseBody(text, word, lineEnd);
  const line = lineBounds(text, hash);
  const [scopeStart, scopeEnd] =
    keyword === DISABLE_FILE
      ? [0, text.length + 1]
      : keyword === DISABLE_LINE
        ? [line.start, line.next]
        : [line.next, endOfLine(text, line.next) + 1];
  const suppression: Suppression = {
    start: at,
    end: word,
    scopeStart,
    scopeEnd,
    covers:
      keyword === DISABLE_FILE
        ? 'in this file'
        : keyword === DISABLE_LINE
          ? 'on this line'
          : 'on the next line',
    rules: body.rules,
    allRules: body.rules.length === 0,
    reason: body.reason,
    reasonExpected: true,
    removal: removal(text, hash, lineEnd, line),
  };
  out.suppressions.push(suppression);
}

function unknownDirective(keyword: string, start: number, end: number): DirectiveProblem {
  const suggestion = closest(keyword, KEYWORDS);
  return {
    start,
    end,
    message: `\`${keyword}\` is not a directive: it silences nothing. Write ${KEYWORDS.map((k) => `\`${k}\``).join(', ')}.${
      suggestion ? ` Did you mean \`${suggestion}\`?` : ''
    }`,
    ...(suggestion
      ? { fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ start, end, newText: suggestion }] }] }
      : {}),
  };
}

/** The rule ids and the reason after the keyword: `id[, id]… [-- reason]`. */
function parseBody(
  text: string,
  from: number,
  lineEnd: number,
): { rules: RuleRef[]; reason: string | undefined } {
  let reasonAt = -1;
  for (let i = text.indexOf('--', from); i !== -1 && i < lineEnd; i = text.indexOf('--', i + 1)) {
    const before = text[i - 1];
    if (i === from || before === ' ' || before === '\t') {
      reasonAt = i;
      break;
    }
  }
  const listEnd = reasonAt === -1 ? lineEnd : reasonAt;
  const rules: RuleRef[] = [];
  let i = from;
  while (i < listEnd) {
    while (i < listEnd && /[\s,]/.test(text[i] as string)) i++;
    const start = i;
    while (i < listEnd && !/[\s,]/.test(text[i] as string)) i++;
    if (i > start) rules.push({ id: text.slice(start, i), start, end: i });
  }
  const reason = reasonAt === -1 ? undefined : text.slice(reasonAt + 2, lineEnd).trim();
  return { rules, reason: reason === '' ? undefined : reason };
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

interface LineBounds {
  start: number;
  /** The start of the next line (the text's length on the last line). */
  next: number;
}

function lineBounds(text: string, offset: number): LineBounds {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const end = endOfLine(text, offset);
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : Math.min(end + 1, text.length);
  return { start, next };
}

/** Deletes the comment: with its line when nothing else is on it, else with the blanks before it. */
function removal(text: string, hash: number, lineEnd: number, line: LineBounds): Suppression['removal'] {
  if (text.slice(line.start, hash).trim() === '') return { start: line.start, end: line.next, newText: '' };
  let from = hash;
  while (from > line.start && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { start: from, end: lineEnd, newText: '' };
}
