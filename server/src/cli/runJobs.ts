// Runs the jobs of a plan: on the main thread, or on every core when the tree is large enough for
// the worker threads to pay for their start (docs/performance.md measures where that is).
import * as os from 'node:os';
import { checkFileJob, Services, type FileOutcome } from './checkFile';
import { checkInParallel } from './parallel';
import type { Plan } from './plan';

/**
 * Files from which `--concurrency auto` uses worker threads. Below it, starting the workers (each
 * loads and warms up its own copy of the checker) costs more than they save: see
 * docs/performance.md, "Checking many files".
 */
export const PARALLEL_FROM_FILES = 2000;
const FILES_PER_THREAD = 64;

export interface RunHooks {
  /** Checks standard input (read by the main thread). */
  stdin(): Promise<FileOutcome>;
  /** Polled between files: once true, no new file starts. */
  stopped(): boolean;
  /** The bundle the worker threads run. */
  script: string;
}

export async function runJobs(plan: Plan, hooks: RunHooks): Promise<(FileOutcome | undefined)[]> {
  const stdinIndex = plan.jobs.findIndex((j) => j.absolutePath === undefined);
  const fileIndexes = plan.jobs.map((_, i) => i).filter((i) => i !== stdinIndex);
  const outcomes: (FileOutcome | undefined)[] = new Array(plan.jobs.length);
  if (stdinIndex >= 0) outcomes[stdinIndex] = await hooks.stdin();
  const fileJobs = fileIndexes.map((i) => plan.jobs[i] as (typeof plan.jobs)[number]);
  const threads = threadCount(plan.concurrency, fileJobs.length);
  let fileOutcomes: (FileOutcome | undefined)[];
  if (threads > 1)
    fileOutcomes = await checkInParallel({
      jobs: fileJobs,
      settings: plan.settings,
      threads,
      script: hooks.script,
      stopped: hooks.stopped,
    });
  else {
    fileOutcomes = [];
    const services = new Services(plan.settings.optionSets, plan.settings.fix);
    const yieldEvery = plan.settings.fix === 'write' ? 1 : 64;
    for (let i = 0; i < fileJobs.length && !hooks.stopped(); i++) {
      fileOutcomes.push(checkFileJob(fileJobs[i] as (typeof fileJobs)[number], plan.settings, services));
      // Lets a signal handler run (an interrupted --fix stops between files).
      if (i % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  fileIndexes.forEach((jobIndex, i) => (outcomes[jobIndex] = fileOutcomes[i]));
  return outcomes;
}

export function threadCount(
  concurrency: Plan['concurrency'],
  files: number,
  machine: { cores: number; load: number } = currentMachine(),
): number {
  if (concurrency === 'off') return 1;
  const wanted =
    concurrency === 'auto' ? (files >= PARALLEL_FROM_FILES ? idleCores(machine) : 1) : concurrency;
  return Math.max(1, Math.min(wanted, Math.ceil(files / FILES_PER_THREAD)));
}

/**
 * The cores other processes leave free (the one-minute load average counts what runs or waits to):
 * a worker on a core that is taken only adds its start-up cost.
 */
function idleCores({ cores, load }: { cores: number; load: number }): number {
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

function currentMachine(): { cores: number; load: number } {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return { cores, load: os.loadavg()[0] ?? 0 };
}
