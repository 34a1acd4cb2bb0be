// What the CLI prints, independent of the format: findings with 1-based line/column positions
// (columns count UTF-16 code units), converted from the service's offsets here, at the edge.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Finding, Fix, Severity } from '../service/languageService';
import { frameOf, type Frame } from './codeFrame';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  /** The column just past the last character (exclusive), as SARIF counts it. */
  endColumn: number;
}

export interface ReportEdit extends Span {
  newText: string;
}

export interface ReportFix {
  title: string;
  edits: ReportEdit[];
}

export interface ReportFinding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  fixes?: ReportFix[];
  /** The code frame, for the text format. */
  frame?: Frame;
}

export interface FileReport {
  /** Relative to the working directory with `/` separators, absolute outside it, or the stdin name. */
  path: string;
  /** Undefined for standard input. */
  absolutePath: string | undefined;
  kind: string | null;
  findings: ReportFinding[];
}

/** A path that could not be used or checked, reported as `elbv2-ls: <path>: <message>`. */
export interface Problem {
  path: string;
  message: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  filesChecked: number;
  filesSkipped: number;
  /** Files left out by an `ignore` glob of a configuration file. */
  filesIgnored: number;
  filesWithFindings: number;
  /** With --fix: the findings fixed and the files written. */
  fixedProblems: number;
  fixedFiles: number;
}

export interface Report {
  files: FileReport[];
  /** Paths that could not be read or held nothing to check: the run exits 2. */
  problems: Problem[];
  summary: Summary;
}

export function fileReport(
  path: string,
  absolutePath: string | undefined,
  text: string,
  result: CheckResult,
  options: { keep: (finding: Finding) => boolean; frames: boolean },
): FileReport {
  const document = TextDocument.create('file:///document', 'plaintext', 0, text);
  const findings = result.findings
    .filter(options.keep)
    .map((finding) => reportFinding(document, text, finding, options.frames));
  return { path, absolutePath, kind: result.kind?.kind ?? null, findings };
}

function reportFinding(
  document: TextDocument,
  text: string,
  finding: Finding,
  frames: boolean,
): ReportFinding {
  const out: ReportFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...span(document, finding.start, finding.end),
  };
  if (finding.fixes && finding.fixes.length > 0)
    out.fixes = finding.fixes.map((fix) => reportFix(document, fix));
  if (frames) out.frame = frameAt(document, text, finding.start, finding.end);
  return out;
}

function frameAt(document: TextDocument, text: string, start: number, end: number): Frame {
  const line = document.positionAt(start).line;
  const lineStart = document.offsetAt({ line, character: 0 });
  let lineEnd = document.offsetAt({ line: line + 1, character: 0 });
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return frameOf(text, line + 1, lineStart, lineEnd, start, end);
}

function reportFix(document: TextDocument, fix: Fix): ReportFix {
  return {
    title: fix.title,
    edits: fix.edits.map((edit) => ({ ...span(document, edit.start, edit.end), newText: edit.newText })),
  };
}

export function span(document: TextDocument, start: number, end: number): Span {
  const from = document.positionAt(start);
  const to = document.positionAt(end);
  return {
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
  };
}

export function summarize(
  files: readonly FileReport[],
  counts: Pick<Summary, 'filesSkipped' | 'filesIgnored' | 'fixedProblems' | 'fixedFiles'>,
): Summary {
  const summary: Summary = {
    errors: 0,
    warnings: 0,
    infos: 0,
    hints: 0,
    filesChecked: files.length,
    ...counts,
    filesWithFindings: 0,
  };
  for (const file of files) {
    if (file.findings.length > 0) summary.filesWithFindings++;
    for (const finding of file.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else if (finding.severity === 'info') summary.infos++;
      else summary.hints++;
    }
  }
  return summary;
}
