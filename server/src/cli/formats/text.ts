// `--format text`: `file:line:col severity message [rule-id]`, a code frame, then a summary.
import type { Severity } from '../../service/languageService';
import { renderFrame } from '../codeFrame';
import { paint, type Paint } from '../color';
import type { Summary } from '../report';
import type { Formatter } from './types';

export const formatText: Formatter = (report, context) => {
  const p = paint(context.color);
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const color = severityColor(p, finding.severity);
      lines.push(
        `${p.bold(`${file.path}:${finding.line}:${finding.column}`)} ${color(finding.severity)} ${finding.message} ${p.dim(`[${finding.ruleId}]`)}`,
        ...(finding.frame ? renderFrame(finding.frame, { gutter: p.dim, marker: color }) : []),
        '',
      );
    }
  }
  lines.push(summaryLine(report.summary, report.problems.length, p));
  return `${lines.join('\n')}\n`;
};

function severityColor(p: Paint, severity: Severity): (text: string) => string {
  if (severity === 'error') return (text) => p.bold(p.red(text));
  if (severity === 'warning') return p.yellow;
  return severity === 'info' ? p.blue : p.dim;
}

/**
 * E.g. `3 errors, 1 warning in 2 files (5 files checked, 1 skipped)`; a run with paths it could
 * not check says so instead of "No problems found" (the paths and reasons are on stderr).
 */
export function summaryLine(summary: Summary, problems: number, p: Paint): string {
  const checked = `(${plural(summary.filesChecked, 'file')} checked${
    summary.filesSkipped > 0 ? `, ${summary.filesSkipped} skipped as not ELBv2` : ''
  }${summary.filesIgnored > 0 ? `, ${summary.filesIgnored} ignored by configuration` : ''})`;
  const fixed =
    summary.fixedProblems > 0
      ? `; fixed ${plural(summary.fixedProblems, 'problem')} in ${plural(summary.fixedFiles, 'file')}`
      : '';
  const unchecked = problems > 0 ? p.red(`${plural(problems, 'path')} could not be checked`) : '';
  if (summary.filesWithFindings === 0) {
    if (unchecked) return `${unchecked}${fixed} ${checked}`;
    return `${p.green('No problems found')}${fixed} ${checked}`;
  }
  const counts = [
    paintIf(summary.errors > 0, p.red, plural(summary.errors, 'error')),
    paintIf(summary.warnings > 0, p.yellow, plural(summary.warnings, 'warning')),
  ];
  if (summary.infos > 0) counts.push(plural(summary.infos, 'info'));
  if (summary.hints > 0) counts.push(plural(summary.hints, 'hint'));
  const rest = unchecked ? `; ${unchecked}` : '';
  return `${counts.join(', ')} in ${plural(summary.filesWithFindings, 'file')}${rest}${fixed} ${checked}`;
}

function paintIf(condition: boolean, color: (text: string) => string, text: string): string {
  return condition ? color(text) : text;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
