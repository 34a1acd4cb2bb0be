// The service fuzzer: mutates seed documents, feeds each result to the language service, and
// checks the invariants of invariants.ts, plus one more: checking an edited document
// incrementally (from the analysis of the text before the edit) gives what a fresh check gives.
// A failing input is minimized; the caller decides whether to save it as a regression.
import {
  createLanguageService,
  type Finding,
  type LanguageService,
} from '../../server/src/service/languageService';
import { generated } from './generators';
import { describe, exercise, oneDefect, type FuzzInput, type Violation } from './invariants';
import { minimize } from './minimize';
import { mutatorsFor } from './mutators';
import { Random } from './random';
import type { Seed } from './seeds';

export interface FuzzOptions {
  /** Also the mutators that make megabytes (mutators.ts); true unless said. */
  heavyMutations?: boolean;
  seed: number;
  seeds: readonly Seed[];
  /** Stop after this many inputs... */
  maxInputs: number;
  /** ...or after this long, whichever comes first. */
  budgetMs: number;
  /** One input in this many starts from a generated hostile document (0: never)... */
  generatedEvery?: number;
  /** ...of this size (generators.ts; 10 MB by default). */
  generatedSize?: number;
  /** Completion and hover positions per input. */
  positions?: number;
  timeScale?: number;
  /** Minimize failing inputs (slow); otherwise they are reported as found. */
  minimize?: boolean;
  log?: (line: string) => void;
}

export interface Failure {
  /** A short, number-free description of the broken invariant: what makes two failures the same. */
  signature: string;
  violations: Violation[];
  input: FuzzInput;
  /** The seed document and the mutations that made the input. */
  origin: string;
  minimized?: string;
}

export interface FuzzReport {
  inputs: number;
  durationMs: number;
  /** Distinct failures (one per signature). */
  failures: Failure[];
  /** Inputs fed per mutator name. */
  mutations: Record<string, number>;
}

export function fuzzService(options: FuzzOptions): FuzzReport {
  const service = createLanguageService();
  const master = new Random(options.seed);
  const started = performance.now();
  const report: FuzzReport = { inputs: 0, durationMs: 0, failures: [], mutations: {} };
  const seen = new Set<string>();
  const positions = options.positions ?? 6;
  warmUp(service);

  while (report.inputs < options.maxInputs && performance.now() - started < options.budgetMs) {
    const index = report.inputs;
    const rng = master.fork();
    const { input, origin, before } = makeInput(rng, options);
    report.inputs += 1;
    for (const name of origin.split(' + ').slice(1))
      report.mutations[name] = (report.mutations[name] ?? 0) + 1;

    const failing = (candidate: FuzzInput, previous: string | undefined): Violation[] =>
      confirmed(service, candidate, previous, index, positions, options.timeScale);
    if (process.env.FUZZ_TRACE) options.log?.(`> ${index} ${origin}`);
    const inputStarted = performance.now();
    const violations = failing(input, before);
    const took = performance.now() - inputStarted;
    if (took > 5000)
      options.log?.(
        `input ${index} (${origin}, ${input.text.length} characters) took ${Math.round(took)} ms`,
      );
    if (index % 1000 === 999)
      options.log?.(`${index + 1} inputs, ${Math.round((performance.now() - started) / 1000)} s`);
    if (violations.length === 0) continue;
    const signature = signatureOf(violations);
    if (seen.has(signature)) continue;
    seen.add(signature);
    const failure: Failure = { signature, violations, input, origin };
    options.log?.(`input ${index} (${origin}): ${signature}`);
    if (options.minimize) {
      failure.minimized = minimize(input.text, (text) =>
        failing({ ...input, text }, undefined).some((v) => signatureOf([v]) === signature),
      );
      options.log?.(
        `  minimized to ${failure.minimized.length} characters: ${JSON.stringify(failure.minimized).slice(0, 200)}`,
      );
    }
    report.failures.push(failure);
  }
  report.durationMs = performance.now() - started;
  return report;
}

/** The violations of one input; a timing violation counts only when a second run repeats it. */
export function confirmed(
  service: LanguageService,
  input: FuzzInput,
  before: string | undefined,
  index: number,
  positions: number,
  timeScale: number | undefined,
): Violation[] {
  const run = (): Violation[] => [
    ...exercise(service, input, new Random(index), { positions, timeScale }),
    ...incremental(service, input, before),
    ...(before === undefined ? [] : oneDefect(service, input.syntax, before, new Random(index))),
  ];
  const first = run();
  if (first.length === 0 || first.some((v) => !v.message.startsWith('took '))) return first;
  return run();
}

/** An incremental check from the text before the edit must find what a fresh check finds. */
function incremental(service: LanguageService, input: FuzzInput, before: string | undefined): Violation[] {
  if (before === undefined) return [];
  try {
    const fresh = service.check(input).findings;
    const previous = service.check({ ...input, text: before });
    const updated = service.check(input, previous).findings;
    const a = fresh.map(key).sort();
    const b = updated.map(key).sort();
    const missing = a.filter((k) => !b.includes(k));
    const extra = b.filter((k) => !a.includes(k));
    if (missing.length === 0 && extra.length === 0) return [];
    return [
      {
        operation: 'incremental check',
        message: `differs from a fresh check: missing ${JSON.stringify(missing.slice(0, 3))}, extra ${JSON.stringify(extra.slice(0, 3))}`,
      },
    ];
  } catch (error) {
    return [{ operation: 'incremental check', message: `threw ${describe(error)}` }];
  }
}

function key(f: Finding): string {
  return `${f.ruleId} ${f.severity} ${f.start}-${f.end} ${f.message}`;
}

/** The input the run with `options.seed` feeds as number `index` (to reproduce a failure). */
export function inputAt(
  options: FuzzOptions,
  index: number,
): { input: FuzzInput; origin: string; before?: string } {
  const master = new Random(options.seed);
  for (let i = 0; i < index; i++) master.fork();
  return makeInput(master.fork(), options);
}

function makeInput(rng: Random, options: FuzzOptions): { input: FuzzInput; origin: string; before?: string } {
  const every = options.generatedEvery ?? 0;
  let text: string;
  let origin: string;
  let syntax: FuzzInput['syntax'];
  if (every > 0 && rng.int(every) === 0) {
    const hostile = rng.pick(generated(options.generatedSize));
    text = hostile.text();
    syntax = hostile.syntax;
    origin = `generated ${hostile.name}`;
  } else {
    const seed = rng.pick(options.seeds);
    text = seed.text;
    syntax = seed.syntax;
    origin = seed.name;
  }
  const before = text;
  const other = rng.pick(options.seeds).text;
  for (let n = rng.chance(0.6) ? 1 : rng.between(2, 4); n > 0; n--) {
    const mutator = rng.pick(mutatorsFor(options.heavyMutations ?? true));
    text = mutator.apply(text, rng, { syntax, other });
    origin += ` + ${mutator.name}`;
  }
  return {
    input: { syntax, text, named: rng.chance(0.8) },
    origin,
    before: before.length < 256 * 1024 ? before : undefined,
  };
}

/** What makes two failures the same: the operation's kind and the message, numbers left out. */
export function signatureOf(violations: readonly Violation[]): string {
  const first = violations[0];
  if (!first) return '';
  const operation = first.operation.replace(/@\d+.*$/, '').replace(/ fix ".*$/, ' fix');
  const message = first.message.replace(/\d+/g, '#').replace(/"[^"]*"/g, '"…"');
  return `${operation}: ${message}`;
}

/** The first analysis of a process builds the model's indexes; keep it out of the time bound. */
function warmUp(service: LanguageService): void {
  const input = { syntax: 'yaml' as const, text: 'Name: x\nProtocol: HTTP\nPort: 80\n', named: true };
  const analysis = service.check(input);
  service.complete(input, 8);
  service.hover(analysis, 2);
  service.symbols(analysis);
  service.check({ syntax: 'json', text: '{"Port": 80}', named: true });
}
