// Checks one file (and, with --fix, fixes it): the unit of work that the main thread and the worker
// threads run alike. Jobs and outcomes are plain data, so they cross between threads as they are.
import {
  createLanguageService,
  ruleFailureMessage,
  sniffSyntax,
  syntaxOf,
  type Finding,
  type LanguageService,
  type LanguageServiceOptions,
} from '../service/languageService';
import { unifiedDiff } from './diff';
import { readSourceFile } from './read';
import { fileReport, type FileReport } from './report';
import { writeAtomically } from './writeAtomically';

export interface FileJob {
  /** As shown in the output. */
  path: string;
  /** Undefined for standard input. */
  absolutePath: string | undefined;
  /** The name that decides the syntax (standard input's may say nothing: the content does). */
  name: string;
  /** Named as ELBv2 by its file name or a configuration file: checked whatever it holds. */
  named: boolean;
  /** Index of the service options (from the configuration files) in RunSettings.optionSets. */
  optionSet: number;
}

/** Options of a language service that can be posted to a worker (no functions). */
export type ServiceOptions = Pick<
  LanguageServiceOptions,
  'severities' | 'reportUnusedSuppressions' | 'templateParameters'
>;

export interface RunSettings {
  optionSets: ServiceOptions[];
  quiet: boolean;
  /** Code frames are built for the text format only. */
  frames: boolean;
  fix: 'none' | 'write' | 'dry-run';
}

export interface FileOutcome {
  report?: FileReport;
  /** The file holds no ELBv2 document (and is not named as one): skipped. */
  notElbv2?: true;
  /** It could not be read, checked or written: the run exits 2. */
  problem?: string;
  /** Said on stderr without failing the run, e.g. why a file was not fixed. */
  notice?: string;
  /** Fixes applied (or, with --fix-dry-run, that would be). */
  fixed: number;
  /** With --fix-dry-run, the unified diff of the fixes. */
  diff?: string;
}

/** One language service per set of options, created when first needed. */
export class Services {
  private readonly services = new Map<number, LanguageService>();
  /**
   * A file is checked once, unless it is fixed: then again after each round of fixes, and the
   * template findings kept from the round before spare re-checking what the fixes left alone.
   */
  private readonly keepTemplateFindings: boolean;
  constructor(
    private readonly optionSets: readonly ServiceOptions[],
    fix: RunSettings['fix'],
  ) {
    this.keepTemplateFindings = fix !== 'none';
  }

  get(index: number): LanguageService {
    let service = this.services.get(index);
    if (!service)
      this.services.set(
        index,
        (service = createLanguageService({
          ...(this.optionSets[index] ?? {}),
          keepTemplateFindings: this.keepTemplateFindings,
          // Written from a worker thread too: its standard error is the process's.
          onRuleFailure: (failure) => process.stderr.write(`${ruleFailureMessage(failure)}\n`),
        })),
      );
    return service;
  }
}

export function checkFileJob(job: FileJob, settings: RunSettings, services: Services): FileOutcome {
  const content = readSourceFile(job.absolutePath ?? job.name);
  if ('problem' in content) return { problem: content.problem, fixed: 0 };
  return checkText(job, content.text, content.bom, settings, services);
}

export function checkText(
  job: FileJob,
  text: string,
  bom: boolean,
  settings: RunSettings,
  services: Services,
): FileOutcome {
  try {
    const service = services.get(job.optionSet);
    const input = { text, syntax: syntaxOf(job.name) ?? sniffSyntax(text), named: job.named, name: job.path };
    const keep = (f: Finding): boolean => !settings.quiet || f.severity === 'error';
    const report = (checkedText: string, result: ReturnType<LanguageService['check']>): FileReport =>
      fileReport(job.path, job.absolutePath, checkedText, result, { keep, frames: settings.frames });

    if (settings.fix === 'none') {
      const result = service.check(input);
      if (!job.named && !result.kind) return { notElbv2: true, fixed: 0 };
      return { report: report(text, result), fixed: 0 };
    }
    const fixed = service.fixAll(input, keep);
    if (!job.named && !fixed.analysis.kind) return { notElbv2: true, fixed: 0 };
    const outcome: FileOutcome = { report: report(fixed.text, fixed.analysis), fixed: fixed.fixed };
    if (fixed.refused === 'syntax-errors')
      outcome.notice = 'not fixed: it has syntax errors; fix those first';
    if (fixed.fixed === 0) return outcome;
    if (settings.fix === 'dry-run') return { ...outcome, diff: unifiedDiff(job.path, text, fixed.text) };
    const written = job.absolutePath ? writeAtomically(job.absolutePath, fixed.text, bom) : undefined;
    if (written?.written) return outcome;
    // Not written: report what the file still holds.
    return {
      report: report(text, service.check(input)),
      problem: written?.problem ?? 'standard input cannot be fixed in place',
      fixed: 0,
    };
  } catch (error) {
    // A bug in a rule must not hide the other files' findings.
    const message = error instanceof Error ? error.message : String(error);
    return { problem: `internal error while checking (please report it): ${message}`, fixed: 0 };
  }
}
