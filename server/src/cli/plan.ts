// What a run will check: the files of the command line's paths, each with what the configuration
// files say about it (severities, CloudFormation parameters, named as ELBv2, ignored).
import * as path from 'node:path';
import type { ConfigFailure } from '../common/config/loadConfig';
import { ConfigLoader, isConfigFileName } from '../common/config/loadConfig';
import { isIgnoredDirectory, settingsFor } from '../common/config/resolve';
import type { FileSettings, LoadedConfig } from '../common/config/types';
import { isElbv2FileName } from '../service/languageService';
import type { CheckOptions } from './args';
import type { FileJob, RunSettings, ServiceOptions } from './checkFile';
import {
  displayPath,
  isCandidate,
  type Discovery,
  type Problem,
  type Target,
  type WalkHooks,
} from './discover';

export const DEFAULT_STDIN_NAME = '<stdin>';

export interface PlannedTarget {
  target: Target;
  /** Indexes in Plan.jobs of the files it stands for (shared with an earlier argument naming them too). */
  jobs: number[];
  /** Its files that an `ignore` glob left out. */
  ignored: number;
}

export interface Plan {
  jobs: FileJob[];
  targets: PlannedTarget[];
  /** Paths that do not exist or cannot be read. */
  problems: Problem[];
  /** Files named on the command line that an `ignore` glob leaves out. */
  notices: Problem[];
  ignored: number;
  configFailures: ConfigFailure[];
  settings: RunSettings;
  concurrency: CheckOptions['concurrency'];
  stdinName: string;
}

export function planJobs(
  options: CheckOptions,
  cwd: string,
  discoverWith: (paths: readonly string[], hooks: WalkHooks) => Discovery,
): Plan {
  const loader = options.configLookup ? new ConfigLoader() : undefined;
  const failures = new Map<string, ConfigFailure>();
  const chainOf = (directory: string): LoadedConfig[] => {
    if (!loader) return [];
    const { chain, failures: found } = loader.chainFor(directory);
    for (const failure of found) failures.set(failure.path, failure);
    return chain;
  };
  const settingsOf = (file: string): FileSettings => settingsFor(file, chainOf(path.dirname(file)));
  const hooks: WalkHooks = {
    skipDirectory: (directory) => isIgnoredDirectory(directory, chainOf(path.dirname(directory))),
    // Configuration files are JSON or YAML too, but never documents to check.
    isCandidate: (file) => !isConfigFileName(file) && (isCandidate(file) || settingsOf(file).named),
  };
  const discovery = discoverWith(options.paths, hooks);

  const optionSets: ServiceOptions[] = [];
  const optionIndex = new Map<string, number>();
  const optionSetOf = (settings: FileSettings): number => {
    const set: ServiceOptions = {
      severities: { ...settings.severities, ...options.severities },
      templateParameters: settings.parameters,
      reportUnusedSuppressions: options.reportUnusedSuppressions,
    };
    const key = JSON.stringify(set);
    let index = optionIndex.get(key);
    if (index === undefined) {
      optionIndex.set(key, (index = optionSets.length));
      optionSets.push(set);
    }
    return index;
  };

  const plan: Plan = {
    jobs: [],
    targets: [],
    problems: discovery.problems,
    notices: [],
    ignored: 0,
    configFailures: [],
    settings: {
      optionSets,
      quiet: options.quiet,
      frames: options.format === 'text',
      fix: options.fix,
    },
    concurrency: options.concurrency,
    stdinName: options.stdinFilename ?? DEFAULT_STDIN_NAME,
  };
  const byPath = new Map<string, number>();
  for (const target of discovery.targets) {
    const planned: PlannedTarget = { target, jobs: [], ignored: 0 };
    plan.targets.push(planned);
    if (target.kind === 'stdin') {
      const name = plan.stdinName;
      const settings = settingsOf(path.resolve(cwd, name));
      planned.jobs.push(plan.jobs.length);
      plan.jobs.push({
        path: name,
        absolutePath: undefined,
        name: options.stdinFilename ?? '',
        // Without a name, standard input is taken as an ELBv2 document whatever it holds.
        named: options.stdinFilename === undefined || isElbv2FileName(name) || settings.named,
        optionSet: optionSetOf(settings),
      });
      continue;
    }
    for (const file of target.files) {
      const seen = byPath.get(file);
      if (seen !== undefined) {
        planned.jobs.push(seen);
        continue;
      }
      const settings = settingsOf(file);
      if (settings.ignored) {
        planned.ignored++;
        plan.ignored++;
        if (target.kind === 'file')
          plan.notices.push({
            path: target.arg,
            message: 'ignored by an `ignore` glob of the configuration file',
          });
        continue;
      }
      byPath.set(file, plan.jobs.length);
      planned.jobs.push(plan.jobs.length);
      plan.jobs.push({
        path: displayPath(file, cwd),
        absolutePath: file,
        name: file,
        named: isElbv2FileName(file) || settings.named,
        optionSet: optionSetOf(settings),
      });
    }
  }
  plan.configFailures = [...failures.values()];
  return plan;
}
