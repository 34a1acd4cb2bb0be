// `--format sarif`: SARIF 2.1.0, as GitHub code scanning accepts it (`github/codeql-action/upload-sarif`).
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../service/languageService';
import { relativeInside } from '../discover';
import type { FileReport } from '../report';
import type { FormatContext, Formatter } from './types';

export const INFORMATION_URI = 'https://github.com/elbv2-ls/elbv2-ls';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

export const formatSarif: Formatter = (report, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(file, context),
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'elbv2-ls',
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules: context.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.constraint },
              ...(rule.sources[0] ? { helpUri: rule.sources[0].url } : {}),
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: report.problems.length === 0,
            toolExecutionNotifications: report.problems.map((problem) => ({
              level: 'error',
              message: { text: `${problem.path}: ${problem.message}` },
            })),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

/** Relative to %SRCROOT% (the working directory) with `/`; a file URI outside it. */
function artifactLocation(file: FileReport, context: FormatContext): { uri: string; uriBaseId?: string } {
  if (file.absolutePath) {
    const relative = relativeInside(file.absolutePath, context.cwd);
    if (relative === undefined) return { uri: pathToFileURL(file.absolutePath).href };
    return { uri: encodeSegments(relative.split('/')), uriBaseId: '%SRCROOT%' };
  }
  return { uri: encodeSegments(file.path.split('/')), uriBaseId: '%SRCROOT%' };
}

function encodeSegments(segments: readonly string[]): string {
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
