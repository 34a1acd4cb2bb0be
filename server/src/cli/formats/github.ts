// `--format github`: GitHub Actions workflow commands, which become annotations on the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../../service/languageService';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  hint: 'notice',
};

export const formatGithub: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        // GitHub only draws columns on a single line.
        ...(f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(f.ruleId)}`,
      ];
      lines.push(`::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`);
    }
  }
  for (const problem of report.problems)
    lines.push(`::error file=${escapeProperty(problem.path)},title=elbv2-ls::${escapeData(problem.message)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
