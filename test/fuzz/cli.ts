// `npm run fuzz`: a longer fuzz run than the bounded one inside `npm test`, with 10 MB hostile
// documents, the spawned server, and minimization of what fails.
//
//   npm run fuzz -- [--seed N] [--minutes M] [--inputs N] [--size BYTES] [--no-server]
//                   [--no-corpus] [--save] [--replay INDEX]
//
// --save writes each minimized failing input to test/fuzz/regressions/, which `npm test` re-runs.
// --replay INDEX prints the input a run with the same --seed fed as number INDEX, and its violations.
// Exit code: 0 when no invariant broke, 1 when one did, 2 for bad arguments.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import { builtCli } from '../support/builtCli';
import { LspClient } from '../support/lspClient';
import { FULL_SIZE } from './generators';
import { saveRegression } from './regressions';
import { confirmed, fuzzService, inputAt, type FuzzOptions } from './runner';
import { loadSeeds } from './seeds';
import { fuzzServer } from './serverFuzz';

/** Regression files are committed: a larger input is described by a test that builds it. */
const MAX_SAVED = 64 * 1024;

/**
 * The server built from the sources this process loaded, copied aside: the server run compares
 * it with the in-process service, and a rebuild of dist/ during a long run (by `npm test`, say)
 * would otherwise hand it a server built from other sources.
 */
function serverSnapshot(): { cli: string; remove: () => void } {
  const built = builtCli();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-fuzz-'));
  // cli.js loads server.js from beside itself for --stdio.
  for (const name of ['cli.js', 'server.js'])
    fs.copyFileSync(path.join(path.dirname(built), name), path.join(dir, name));
  return { cli: path.join(dir, 'cli.js'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

interface Arguments {
  seed: number;
  minutes: number;
  inputs: number;
  size: number;
  server: boolean;
  corpus: boolean;
  save: boolean;
  replay?: number;
}

const USAGE =
  'usage: npm run fuzz -- [--seed N] [--minutes M] [--inputs N] [--size BYTES] [--no-server] [--no-corpus] [--save] [--replay INDEX]';

function parseArguments(argv: readonly string[]): Arguments {
  const args: Arguments = {
    seed: Date.now() % 0x100000000,
    minutes: 10,
    inputs: Number.MAX_SAFE_INTEGER,
    size: FULL_SIZE,
    server: true,
    corpus: true,
    save: false,
  };
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < 0)
      throw new Error(`${flag} needs a number, got ${String(value)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--seed':
        args.seed = Math.floor(number(flag, argv[++i]));
        break;
      case '--minutes':
        args.minutes = number(flag, argv[++i]);
        break;
      case '--inputs':
        args.inputs = Math.floor(number(flag, argv[++i]));
        break;
      case '--size':
        args.size = Math.max(1024, Math.floor(number(flag, argv[++i])));
        break;
      case '--replay':
        args.replay = Math.floor(number(flag, argv[++i]));
        break;
      case '--no-server':
        args.server = false;
        break;
      case '--no-corpus':
        args.corpus = false;
        break;
      case '--save':
        args.save = true;
        break;
      default:
        throw new Error(`unknown argument ${String(flag)}`);
    }
  }
  return args;
}

async function main(): Promise<number> {
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`fuzz: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const log = (line: string): void => console.log(line);
  const seeds = loadSeeds({ corpus: args.corpus });
  const budgetMs = args.minutes * 60_000;
  const options: FuzzOptions = {
    seed: args.seed,
    seeds,
    maxInputs: args.inputs,
    // Most of the time goes to the service; the server run gets a fifth.
    budgetMs: args.server ? budgetMs * 0.8 : budgetMs,
    generatedEvery: 50,
    generatedSize: args.size,
    timeScale: 2,
    minimize: true,
    log,
  };

  if (args.replay !== undefined) {
    const { input, origin, before } = inputAt(options, args.replay);
    console.log(`input ${args.replay} of seed ${args.seed}: ${origin}`);
    console.log(JSON.stringify(input.text.length > 2000 ? `${input.text.slice(0, 2000)}…` : input.text));
    // The same checks as the run: the invariants, then an incremental check from the text before.
    const violations = confirmed(createLanguageService(), input, before, args.replay, 6, options.timeScale);
    for (const v of violations) console.log(`  ${v.operation}: ${v.message}`);
    return violations.length > 0 ? 1 : 0;
  }

  const server = args.server ? serverSnapshot() : undefined;
  try {
    return await run(args, options, server?.cli);
  } finally {
    server?.remove();
  }
}

/** The service run, then the server run against `serverCli` when there is one. */
async function run(args: Arguments, options: FuzzOptions, serverCli: string | undefined): Promise<number> {
  const { seeds, log } = options;
  const budgetMs = args.minutes * 60_000;
  console.log(
    `fuzz: seed ${args.seed}, ${seeds.length} seed documents, ${args.minutes} min, hostile documents of ${args.size} bytes`,
  );
  const report = fuzzService(options);
  console.log(
    `service: ${report.inputs} inputs in ${(report.durationMs / 1000).toFixed(0)} s, ${report.failures.length} distinct failures`,
  );
  console.log(
    `  mutations: ${Object.entries(report.mutations)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  let failures = report.failures.length;
  for (const failure of report.failures) {
    console.log(`  ${failure.signature}\n    from ${failure.origin}`);
    if (args.save && failure.minimized !== undefined && failure.minimized.length > MAX_SAVED) {
      console.log(
        `    not saved: ${failure.minimized.length} characters after minimizing; write a test that builds it`,
      );
    } else if (args.save && failure.minimized !== undefined) {
      const file = saveRegression({
        found: failure.signature,
        syntax: failure.input.syntax,
        named: failure.input.named,
        text: failure.minimized,
      });
      console.log(`    saved ${path.relative(process.cwd(), file)}`);
    }
  }

  if (serverCli !== undefined) {
    const client = LspClient.spawn(process.execPath, [serverCli, '--stdio']);
    try {
      await client.initialize({});
      const server = await fuzzServer(client, {
        seed: args.seed,
        seeds,
        maxInputs: args.inputs,
        budgetMs: budgetMs * 0.2,
        // Megabyte pastes would keep the server past the fuzzer's 30 s answer timeout; the
        // service run above feeds them.
        heavyMutations: false,
        log,
      });
      console.log(
        `server: ${server.inputs} documents, ${server.changes} changes, ${server.requests} requests in ${(server.durationMs / 1000).toFixed(0)} s, ${server.failures.length} distinct failures`,
      );
      for (const failure of server.failures) console.log(`  ${failure.message}\n    from ${failure.origin}`);
      failures += server.failures.length;
      await client.shutdown();
    } finally {
      client.dispose();
    }
  }
  if (failures > 0) console.log(`fuzz: ${failures} distinct failures (reproduce with --seed ${args.seed})`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
