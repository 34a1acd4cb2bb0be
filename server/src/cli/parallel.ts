// Checking a large tree on every core: the main thread and `threads - 1` worker threads take chunks
// of files from one queue, and each outcome is stored at its file's index, so the output is in the
// same order as a run on one thread. The workers run this same bundle (main.ts hands them to
// `serveChecks`). The only module of the CLI allowed to use worker_threads (eslint.config.mjs).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFileJob, Services, type FileJob, type FileOutcome, type RunSettings } from './checkFile';

/** Files per message: large enough that messaging costs little, small enough to share the tail. */
const CHUNK = 16;

interface WorkerData {
  elbv2LsCheckWorker: true;
  settings: RunSettings;
}

interface Chunk {
  start: number;
  jobs: FileJob[];
}

interface Done {
  start: number;
  outcomes: FileOutcome[];
}

export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerData> | undefined)?.elbv2LsCheckWorker === true;
}

/** The worker's side: checks each chunk it is sent and posts the outcomes back. */
export function serveChecks(): void {
  const { settings } = workerData as WorkerData;
  const services = new Services(settings.optionSets, settings.fix);
  parentPort?.on('message', (chunk: Chunk) => {
    const done: Done = {
      start: chunk.start,
      outcomes: chunk.jobs.map((job) => checkFileJob(job, settings, services)),
    };
    parentPort?.postMessage(done);
  });
}

export interface ParallelRun {
  jobs: readonly FileJob[];
  settings: RunSettings;
  /** Threads in all, the main thread included (at least 2). */
  threads: number;
  /** The file the workers run: this bundle. */
  script: string;
  /** Polled between chunks: once true, no new chunk starts (an interrupted --fix). */
  stopped(): boolean;
}

/** The outcome of every job, by index; undefined for the jobs not started before a stop. */
export async function checkInParallel(run: ParallelRun): Promise<(FileOutcome | undefined)[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(run.jobs.length);
  let next = 0;
  const take = (): Chunk | undefined => {
    if (run.stopped() || next >= run.jobs.length) return undefined;
    const start = next;
    next = Math.min(run.jobs.length, next + CHUNK);
    return { start, jobs: run.jobs.slice(start, next) };
  };
  const store = (done: Done): void => {
    done.outcomes.forEach((outcome, i) => (outcomes[done.start + i] = outcome));
  };
  const services = new Services(run.settings.optionSets, run.settings.fix);
  const checkHere = (chunk: Chunk): void =>
    store({
      start: chunk.start,
      outcomes: chunk.jobs.map((job) => checkFileJob(job, run.settings, services)),
    });

  const workers = Array.from({ length: run.threads - 1 }, () => startWorker(run, take, store, checkHere));
  // The main thread takes chunks too, yielding between them so that the workers' answers get in.
  for (let chunk = take(); chunk; chunk = take()) {
    checkHere(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return outcomes;
}

function startWorker(
  run: ParallelRun,
  take: () => Chunk | undefined,
  store: (done: Done) => void,
  checkHere: (chunk: Chunk) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const data: WorkerData = { elbv2LsCheckWorker: true, settings: run.settings };
    const worker = new Worker(run.script, { workerData: data, stdout: false, stderr: false });
    let current: Chunk | undefined;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      resolve();
    };
    const sendNext = (): void => {
      current = take();
      if (current) worker.postMessage(current);
      else finish();
    };
    worker.on('online', sendNext);
    worker.on('message', (done: Done) => {
      store(done);
      sendNext();
    });
    // A worker that fails leaves its chunk to the main thread; the others carry on.
    const fail = (): void => {
      if (finished) return;
      if (current) checkHere(current);
      current = undefined;
      finish();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  });
}
