// `--format json`: a stable object for scripts (see the README). Version 1:
// { version: 1,
//   files: [{ path, kind, findings: [{ ruleId, severity, message, line, column, endLine, endColumn,
//             fixes?: [{ title, edits: [{ line, column, endLine, endColumn, newText }] }] }] }],
//   problems: [{ path, message }],
//   summary: { errors, warnings, infos, hints, filesChecked } }
// Lines and columns are 1-based; columns count UTF-16 code units; endColumn is exclusive.
// `files` lists every ELBv2 document checked, with or without findings; `kind` is null for a
// file named as ELBv2 whose content fits no kind. `problems` lists the paths that could not be
// read or held nothing to check (the run then exits 2), as stderr does.
import type { Formatter } from './types';

export const formatJson: Formatter = (report) => {
  const output = {
    version: 1,
    files: report.files.map((file) => ({
      path: file.path,
      kind: file.kind,
      findings: file.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(f.fixes ? { fixes: f.fixes } : {}),
      })),
    })),
    problems: report.problems.map((p) => ({ path: p.path, message: p.message })),
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
      hints: report.summary.hints,
      filesChecked: report.summary.filesChecked,
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
