// cfn-lint, run as a reference for the differential test (test/cfnLintDiff.test.ts): its version,
// and its findings on many templates from one process.
import { execFile, spawnSync } from 'node:child_process';
import * as os from 'node:os';

/** One cfn-lint finding, from `--format json`. */
export interface CfnLintFinding {
  /** The path as given to cfn-lint. */
  file: string;
  ruleId: string;
  level: string;
  message: string;
  /** 1-based, as cfn-lint prints it. */
  line: number;
  /** The path into the template (`['Resources', 'Listener', 'Properties', 'Port']`); null for a parse error. */
  path: readonly (string | number)[] | null;
}

/** `cfn-lint 1.51.0`, or undefined when cfn-lint cannot be run. */
export function cfnLintVersion(): string | undefined {
  const result = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8', cwd: os.tmpdir() });
  return result.error || result.status !== 0 ? undefined : result.stdout.trim();
}

interface RawFinding {
  Filename: string;
  Level: string;
  Message: string;
  Location: { Start: { LineNumber: number }; Path: (string | number)[] | null };
  Rule: { Id: string };
}

/**
 * cfn-lint's findings on all the files, from one process: it spends about a second a file, most of
 * it loading its schemas once. It runs in the temporary directory so that no `.cfnlintrc` around
 * the repository changes what it reports. Its exit status is a bit mask of the levels it found;
 * only output that is not a JSON list is a failure.
 */
export function runCfnLint(files: readonly string[]): Promise<CfnLintFinding[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'cfn-lint',
      ['--format', 'json', '--', ...files],
      { cwd: os.tmpdir(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        let raw: unknown;
        try {
          raw = JSON.parse(stdout);
        } catch {
          reject(
            new Error(`cfn-lint printed no JSON (${error?.message ?? 'exit 0'}):\n${stderr}\n${stdout}`),
          );
          return;
        }
        if (!Array.isArray(raw)) {
          reject(new Error(`cfn-lint printed JSON that is not a list:\n${stdout}`));
          return;
        }
        resolve(
          (raw as RawFinding[]).map((f) => ({
            file: f.Filename,
            ruleId: f.Rule.Id,
            level: f.Level,
            message: f.Message,
            line: f.Location.Start.LineNumber,
            path: f.Location.Path,
          })),
        );
      },
    );
  });
}
