// `elbv2-ls check`: finds the files, runs the language service on each (on several threads for a
// large tree), fixes them with --fix, prints the findings in the chosen format and returns the exit
// code. It holds no language logic.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../service/languageService';
import { parseCheckArgs, UsageError, type CheckOptions } from './args';
import { checkText, Services, type FileOutcome } from './checkFile';
import { wantsColor } from './color';
import { discover, displayPath, type Problem, type Target } from './discover';
import { FORMATTERS } from './formats/format';
import type { Io } from './io';
import { planJobs, type Plan } from './plan';
import { readStdin } from './read';
import { summarize, type FileReport, type Report } from './report';
import { runJobs } from './runJobs';
import { USAGE, VERSION } from './usage';
import { removePending } from './writeAtomically';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  let options: CheckOptions;
  try {
    options = parseCheckArgs(
      argv,
      RULES.map((r) => r.id),
    );
    if (options.fix === 'write' && options.paths.includes('-'))
      throw new UsageError('--fix cannot write standard input back; use --fix-dry-run to see the diff');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`elbv2-ls: ${error.message}\nRun "elbv2-ls check --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    io.stdout(USAGE);
    return EXIT_CLEAN;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT_CLEAN;
  }

  const plan = planJobs(options, io.cwd, (paths, hooks) => discover(paths, io.cwd, hooks));
  if (plan.configFailures.length > 0) {
    for (const failure of plan.configFailures)
      for (const p of failure.problems)
        io.stderr(`elbv2-ls: ${displayPath(failure.path, io.cwd)}:${p.line}:${p.column}: ${p.message}\n`);
    io.stderr('elbv2-ls: fix the configuration file to check anything.\n');
    return EXIT_USAGE;
  }

  // An interrupted --fix finishes the file it is writing and starts no other.
  let interrupted = false;
  const onSignal = (): void => {
    interrupted = true;
    removePending();
  };
  if (options.fix === 'write')
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, onSignal);

  const outcomes = await runJobs(plan, {
    stdin: () => checkStdin(plan, io),
    stopped: () => interrupted,
    script: __filename,
  });
  if (options.fix === 'write')
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, onSignal);
  return finish(options, plan, outcomes, io, interrupted);
}

async function checkStdin(plan: Plan, io: Io): Promise<FileOutcome> {
  const job = plan.jobs.find((j) => j.absolutePath === undefined);
  if (!job) return { problem: 'no standard input job', fixed: 0 };
  const content = await readStdin(io.stdin);
  if ('problem' in content) return { problem: content.problem, fixed: 0 };
  return checkText(
    job,
    content.text,
    content.bom,
    plan.settings,
    new Services(plan.settings.optionSets, plan.settings.fix),
  );
}

function finish(
  options: CheckOptions,
  plan: Plan,
  outcomes: readonly (FileOutcome | undefined)[],
  io: Io,
  interrupted: boolean,
): number {
  const problems: Problem[] = [...plan.problems];
  const files: FileReport[] = [];
  let skipped = 0;
  let fixedProblems = 0;
  let fixedFiles = 0;
  const diffs: string[] = [];
  outcomes.forEach((outcome, index) => {
    const job = plan.jobs[index];
    if (!outcome || !job) return;
    if (outcome.report) files.push(outcome.report);
    if (outcome.notElbv2) skipped++;
    if (outcome.problem !== undefined) problems.push({ path: job.path, message: outcome.problem });
    if (outcome.notice !== undefined) io.stderr(`elbv2-ls: ${job.path}: ${outcome.notice}\n`);
    if (outcome.fixed > 0) {
      fixedProblems += outcome.fixed;
      fixedFiles++;
    }
    if (outcome.diff) diffs.push(outcome.diff);
  });
  if (!interrupted && options.errorOnUnmatchedPattern) problems.push(...nothingFound(plan, outcomes));
  for (const notice of plan.notices) io.stderr(`elbv2-ls: ${notice.path}: ${notice.message}\n`);

  const summary = summarize(files, {
    filesSkipped: skipped,
    filesIgnored: plan.ignored,
    fixedProblems,
    fixedFiles,
  });
  const report: Report = { files, problems, summary };
  const color =
    options.format === 'text' &&
    options.output === undefined &&
    wantsColor(options.color, { isTTY: io.isTTY }, io.env);
  const formatted = FORMATTERS[options.format](report, {
    color,
    version: VERSION,
    rules: RULES,
    cwd: io.cwd,
  });
  if (options.fix === 'dry-run') {
    io.stdout(diffs.join(''));
    io.stderr(
      `elbv2-ls: --fix-dry-run: ${fixedProblems} ${fixedProblems === 1 ? 'fix' : 'fixes'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'} would be applied; ${summary.errors} errors and ${summary.warnings} warnings would remain\n`,
    );
  }
  if (options.output !== undefined) {
    const written = writeOutput(path.resolve(io.cwd, options.output), formatted);
    if (written !== undefined) {
      io.stderr(`elbv2-ls: cannot write ${options.output}: ${written}\n`);
      return EXIT_USAGE;
    }
  } else if (options.fix !== 'dry-run') io.stdout(formatted);

  for (const problem of problems) io.stderr(`elbv2-ls: ${problem.path}: ${problem.message}\n`);
  if (interrupted) {
    io.stderr(
      `elbv2-ls: interrupted: ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'} fixed; the files not reached are unchanged\n`,
    );
    return EXIT_INTERRUPTED;
  }
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  if (tooManyWarnings)
    io.stderr(
      `elbv2-ls: too many warnings (${summary.warnings}; --max-warnings is ${options.maxWarnings})\n`,
    );
  if (problems.length > 0) return EXIT_USAGE;
  return summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_CLEAN;
}

function writeOutput(file: string, text: string): string | undefined {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** An argument that yielded no ELBv2 document is a problem, unless its only file failed already. */
function nothingFound(plan: Plan, outcomes: readonly (FileOutcome | undefined)[]): Problem[] {
  const problems: Problem[] = [];
  for (const planned of plan.targets) {
    const found = planned.jobs.some((i) => outcomes[i]?.report !== undefined);
    const failed = planned.jobs.some((i) => outcomes[i]?.problem !== undefined);
    const single = planned.target.kind === 'file' || planned.target.kind === 'stdin';
    if (
      found ||
      (single && failed) ||
      (planned.ignored > 0 && planned.target.files.length === planned.ignored)
    )
      continue;
    problems.push(nothingFoundIn(planned.target, plan.stdinName));
  }
  return problems;
}

function nothingFoundIn(target: Target, stdinName: string): Problem {
  const hint = 'name ELBv2 files *.elbv2.yaml, *.elbv2.yml or *.elbv2.json to check them whatever they hold';
  switch (target.kind) {
    case 'stdin':
      return { path: stdinName, message: `not an ELBv2 document (${hint})` };
    case 'file':
      return { path: target.arg, message: `not an ELBv2 document (${hint})` };
    case 'directory':
      return {
        path: target.arg,
        message:
          target.files.length === 0
            ? 'no YAML or JSON files found'
            : `no ELBv2 documents among its ${target.files.length} YAML/JSON files (${hint})`,
      };
    case 'glob':
      return {
        path: target.arg,
        message:
          target.files.length === 0
            ? 'no YAML or JSON files match this pattern'
            : `no ELBv2 documents among the ${target.files.length} YAML/JSON files it matches (${hint})`,
      };
  }
}
