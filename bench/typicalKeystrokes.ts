// The typical template's keystroke row of `npm run bench` alone, for comparing builds side by side
// on one machine at one time (the machine's speed moves more between hours than most changes do):
//
//   tsx bench/typicalKeystrokes.ts [--runs N] CLI.js [CLI.js …]
//
// Each CLI.js is a built `dist/cli.js` (run as `node CLI.js --stdio`, which loads the server.js
// beside it); the builds take turns, N runs each (default 3). Every run is what the bench does: a
// fresh server, 20 opens of the template, 20 warm-up keystrokes, 200 timed ones. It prints p50,
// p95 and max of each run, and the mean of its first 20 timed keystrokes.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { typicalTemplate } from './documents';
import { BenchClient, sleep } from './lsp';
import { summarize } from './stats';
import { templateEditSpots } from './templates';
import { EditedDocument } from './workloads';

const OPENS = 20;
const WARMUP = 20;
const STROKES = 200;

async function run(cli: string): Promise<number[]> {
  const client = new BenchClient({
    name: 'elbv2-ls',
    command: process.execPath,
    args: [cli, '--stdio'],
    settings: { elbv2: {} },
    versionedDiagnostics: true,
  });
  try {
    await client.initialize();
    await client.settled();
    const text = typicalTemplate();
    const uri = (name: string): string => pathToFileURL(path.join(process.cwd(), name)).href;
    for (let i = 0; i < OPENS; i++) {
      const opened = new EditedDocument(client, uri(`stack-open-${i}.template.yaml`), text, [], 2, 'yaml');
      await opened.open();
      await client.close(opened.uri);
      await sleep(20);
      client.drop(opened.uri);
    }
    const spots = templateEditSpots(text, 10);
    const edited = new EditedDocument(client, uri('stack-edit.template.yaml'), text, spots, 20, 'yaml');
    await edited.open();
    await edited.typeMany(WARMUP, 1);
    const samples: number[] = [];
    for (let i = 0; i < STROKES; i++) samples.push(await edited.timedStroke());
    return samples;
  } finally {
    await client.shutdown();
  }
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
  const builds = args.map((a) => path.resolve(a));
  if (builds.length === 0 || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: tsx bench/typicalKeystrokes.ts [--runs N] CLI.js [CLI.js …]\n');
    process.exit(2);
  }
  for (let r = 0; r < runs; r++)
    for (const build of builds) {
      const samples = await run(build);
      const s = summarize(samples);
      const first = samples.slice(0, 20).reduce((a, b) => a + b, 0) / 20;
      process.stdout.write(
        `${build}: p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  first 20 mean ${ms(first)}\n`,
      );
    }
}

void main();
