// What the CLI prints, independent of the format: findings with 1-based line/column positions
// (columns count UTF-16 code units), converted from the service's offsets here, at the edge.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Finding, Fix, Severity } from '../service/languageService';

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
  /** UTF-16 offsets into the text, for code frames. */
  start: number;
  end: number;
  fixes?: ReportFix[];
}

export interface FileReport {
  /** Relative to the working directory with `/` separators, absolute outside it, or the stdin name. */
  path: string;
  /** Undefined for standard input. */
  absolutePath: string | undefined;
  kind: string | null;
  document: TextDocument;
  findings: ReportFinding[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  filesChecked: number;
  filesSkipped: number;
  filesWithFindings: number;
}

export interface Report {
  files: FileReport[];
  summary: Summary;
}

export function fileReport(
  path: string,
  absolutePath: string | undefined,
  text: string,
  result: CheckResult,
  keep: (finding: Finding) => boolean,
): FileReport {
  const document = TextDocument.create('file:///document', 'plaintext', 0, text);
  const findings = result.findings.filter(keep).map((finding) => reportFinding(document, finding));
  return { path, absolutePath, kind: result.kind?.kind ?? null, document, findings };
}

function reportFinding(document: TextDocument, finding: Finding): ReportFinding {
  const out: ReportFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...span(document, finding.start, finding.end),
    start: finding.start,
    end: finding.end,
  };
  if (finding.fixes && finding.fixes.length > 0)
    out.fixes = finding.fixes.map((fix) => reportFix(document, fix));
  return out;
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

export function summarize(files: readonly FileReport[], filesSkipped: number): Summary {
  const summary: Summary = {
    errors: 0,
    warnings: 0,
    infos: 0,
    hints: 0,
    filesChecked: files.length,
    filesSkipped,
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
