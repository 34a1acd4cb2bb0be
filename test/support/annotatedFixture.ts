// Fixtures with their expectations written inside them, rust-analyzer style:
//
//   Port: 70000
//   #     ^^^^^ error value-out-of-range: between 1 and 65535
//
// An annotation line (a `#` or `//` comment whose first non-space character after the comment
// marker is `^`) is removed from the document before it is checked; its carets mark a range on
// the line above, counted in characters (code points), and the text after the rule id must occur
// in the message. The document must produce exactly the annotated findings.
//
// A range that starts in a column the comment marker itself takes (column 1 in YAML, 1–2 in
// JSON) is written with an explicit 1-based column and a length, both in characters:
//
//   ---
//   #@1:3 error yaml-syntax: exactly one
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface Expectation {
  line: number;
  /** UTF-16 columns, as LSP and VS Code count them. */
  startCharacter: number;
  endCharacter: number;
  severity: string;
  ruleId: string;
  messagePart: string;
}

export interface AnnotatedFixture {
  /** The document with annotation lines removed, lines joined with `eol`. */
  text: string;
  expectations: Expectation[];
}

const ANNOTATION = /^(\s*(?:#|\/\/)\s*)(\^+)\s+(error|warning|info|hint)\s+([a-z0-9-]+)(?::\s*(.*))?\s*$/;
const EXPLICIT = /^\s*(?:#|\/\/)@(\d+):(\d+)\s+(error|warning|info|hint)\s+([a-z0-9-]+)(?::\s*(.*))?\s*$/;
const LOOKS_LIKE_ANNOTATION = /^\s*(?:#|\/\/)\s*\^|^\s*(?:#|\/\/)@\d/;

export function parseAnnotatedFixture(source: string, eol: '\n' | '\r\n'): AnnotatedFixture {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const kept: string[] = [];
  const expectations: Expectation[] = [];
  for (const line of lines) {
    const explicit = EXPLICIT.exec(line);
    if (explicit) {
      const target = kept.length - 1;
      const above = kept[target];
      if (above === undefined) throw new Error(`annotation before any line: ${line}`);
      const startPoint = Number(explicit[1]) - 1;
      expectations.push({
        line: target,
        startCharacter: utf16Column(above, startPoint),
        endCharacter: utf16Column(above, startPoint + Number(explicit[2])),
        severity: explicit[3] ?? '',
        ruleId: explicit[4] ?? '',
        messagePart: (explicit[5] ?? '').trim(),
      });
      continue;
    }
    const m = ANNOTATION.exec(line);
    if (!m) {
      if (LOOKS_LIKE_ANNOTATION.test(line)) throw new Error(`malformed annotation: ${line}`);
      kept.push(line);
      continue;
    }
    const target = kept.length - 1;
    const above = kept[target];
    if (above === undefined) throw new Error(`annotation before any line: ${line}`);
    const startPoint = [...(m[1] ?? '')].length;
    const endPoint = startPoint + (m[2] ?? '').length;
    expectations.push({
      line: target,
      startCharacter: utf16Column(above, startPoint),
      endCharacter: utf16Column(above, endPoint),
      severity: m[3] ?? '',
      ruleId: m[4] ?? '',
      messagePart: (m[5] ?? '').trim(),
    });
  }
  return { text: kept.join(eol), expectations };
}

/**
 * The fixture with each annotation line left empty instead of removed: other tools (cfn-lint) can
 * read it, and a line number means the same line in it as in the fixture.
 */
export function blankAnnotations(source: string): string {
  return source
    .split('\n')
    .map((line) => (LOOKS_LIKE_ANNOTATION.test(line) ? line.replace(/[^\r]/g, '') : line))
    .join('\n');
}

/** The UTF-16 column of a code-point column of a line. */
function utf16Column(line: string, codePoints: number): number {
  return [...line].slice(0, codePoints).join('').length + Math.max(0, codePoints - [...line].length);
}

export interface ActualFinding {
  ruleId: string;
  severity: string;
  message: string;
  start: number;
  end: number;
}

/** Compares findings with expectations; returns a readable report of the differences, or ''. */
export function compareFindings(
  text: string,
  expectations: readonly Expectation[],
  findings: readonly ActualFinding[],
): string {
  const doc = TextDocument.create('file:///fixture', 'plaintext', 1, text);
  const remaining = [...expectations];
  const unexpected: string[] = [];
  for (const f of findings) {
    const s = doc.positionAt(f.start);
    const e = doc.positionAt(f.end);
    const index = remaining.findIndex(
      (x) =>
        x.ruleId === f.ruleId &&
        x.severity === f.severity &&
        x.line === s.line &&
        e.line === s.line &&
        x.startCharacter === s.character &&
        x.endCharacter === e.character &&
        f.message.includes(x.messagePart),
    );
    if (index >= 0) remaining.splice(index, 1);
    else
      unexpected.push(
        `  ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.severity} ${f.ruleId}: ${f.message}`,
      );
  }
  const missing = remaining.map(
    (x) =>
      `  ${x.line + 1}:${x.startCharacter + 1}-${x.line + 1}:${x.endCharacter + 1} ${x.severity} ${x.ruleId}: …${x.messagePart}…`,
  );
  if (missing.length === 0 && unexpected.length === 0) return '';
  return [
    missing.length > 0 ? `expected but not reported (false negatives):\n${missing.join('\n')}` : '',
    unexpected.length > 0 ? `reported but not expected (false positives):\n${unexpected.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
