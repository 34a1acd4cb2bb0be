// `elbv2-ls check`: finds the files, runs the language service on each, prints the findings in
// the chosen format and returns the exit code. It holds no language logic.
import {
  createLanguageService,
  ruleFailureMessage,
  isElbv2FileName,
  RULES,
  syntaxOfPath,
  type LanguageService,
} from '../service/languageService';
import { parseCheckArgs, UsageError, type CheckOptions } from './args';
import { wantsColor } from './color';
import { discover, displayPath, type Problem, type Target } from './discover';
import { FORMATTERS } from './formats/format';
import type { Io } from './io';
import { readSourceFile, readStdin, type ReadResult } from './read';
import { fileReport, summarize, type FileReport } from './report';
import { USAGE, VERSION } from './usage';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const DEFAULT_STDIN_NAME = '<stdin>';

export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  let options: CheckOptions;
  try {
    options = parseCheckArgs(
      argv,
      RULES.map((r) => r.id),
    );
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

  const service = createLanguageService({
    severities: options.severities,
    onRuleFailure: (failure) => io.stderr(`${ruleFailureMessage(failure)}\n`),
  });
  const { targets, problems } = discover(options.paths, io.cwd);
  const run: Run = { service, options, io, files: [], skipped: 0, problems, seen: new Set() };
  for (const target of targets) await checkTarget(run, target);
  const { files, skipped } = run;

  const summary = summarize(files, skipped);
  const color = options.format === 'text' && wantsColor(options.color, { isTTY: io.isTTY }, io.env);
  io.stdout(
    FORMATTERS[options.format]({ files, summary }, { color, version: VERSION, rules: RULES, cwd: io.cwd }),
  );
  for (const problem of problems) io.stderr(`elbv2-ls: ${problem.path}: ${problem.message}\n`);
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  if (tooManyWarnings)
    io.stderr(
      `elbv2-ls: too many warnings (${summary.warnings}; --max-warnings is ${options.maxWarnings})\n`,
    );
  if (problems.length > 0) return EXIT_USAGE;
  return summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_CLEAN;
}

interface Run {
  service: LanguageService;
  options: CheckOptions;
  io: Io;
  files: FileReport[];
  /** YAML/JSON files that hold no ELBv2 document. */
  skipped: number;
  problems: Problem[];
  /** Absolute paths already checked, so overlapping arguments check a file once. */
  seen: Set<string>;
}

interface Source {
  path: string;
  absolutePath: string | undefined;
  /** The name that decides the syntax and whether the file is named as ELBv2. */
  name: string;
  read(): Promise<ReadResult>;
}

/** Checks the files of one argument; an argument that yields no ELBv2 document is a problem. */
async function checkTarget(run: Run, target: Target): Promise<void> {
  let found = false;
  let failed = false;
  for (const source of sourcesOf(target, run.options, run.io)) {
    if (source.absolutePath !== undefined) {
      if (run.seen.has(source.absolutePath)) {
        found ||= run.files.some((f) => f.absolutePath === source.absolutePath);
        continue;
      }
      run.seen.add(source.absolutePath);
    }
    const content = await source.read();
    if ('problem' in content) {
      run.problems.push({ path: source.path, message: content.problem });
      failed = true;
      continue;
    }
    const report = checkOne(run.service, source, content.text, run.options, run.problems);
    if (report === 'failed') failed = true;
    else if (report === 'not-elbv2') run.skipped++;
    else {
      run.files.push(report);
      found = true;
    }
  }
  // A file or stdin that could not be read or checked has had its message already.
  const single = target.kind === 'file' || target.kind === 'stdin';
  if (!found && !(single && failed))
    run.problems.push(nothingFound(target, run.options.stdinFilename ?? DEFAULT_STDIN_NAME));
}

function sourcesOf(target: Target, options: CheckOptions, io: Io): Source[] {
  if (target.kind === 'stdin') {
    const name = options.stdinFilename ?? DEFAULT_STDIN_NAME;
    return [{ path: name, absolutePath: undefined, name, read: () => readStdin(io.stdin) }];
  }
  return target.files.map((file) => ({
    path: displayPath(file, io.cwd),
    absolutePath: file,
    name: file,
    read: async () => readSourceFile(file),
  }));
}

/** The file's report; `not-elbv2` for a file that holds no ELBv2 document (it is skipped). */
function checkOne(
  service: LanguageService,
  source: Source,
  text: string,
  options: CheckOptions,
  problems: Problem[],
): FileReport | 'not-elbv2' | 'failed' {
  const stdinDefault = source.absolutePath === undefined && source.name === DEFAULT_STDIN_NAME;
  const named = stdinDefault || isElbv2FileName(source.name);
  try {
    const result = service.check({ text, syntax: syntaxOfPath(source.name), named, name: source.name });
    if (!named && !result.kind) return 'not-elbv2';
    return fileReport(
      source.path,
      source.absolutePath,
      text,
      result,
      (f) => !options.quiet || f.severity === 'error',
    );
  } catch (error) {
    // A bug in a rule must not hide the other files' findings.
    const message = error instanceof Error ? error.message : String(error);
    problems.push({
      path: source.path,
      message: `internal error while checking (please report it): ${message}`,
    });
    return 'failed';
  }
}

function nothingFound(target: Target, stdinName: string): Problem {
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
