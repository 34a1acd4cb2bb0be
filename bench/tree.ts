// `npm run bench:tree`: `elbv2-ls check` over generated trees of files (the bench's ~30-line
// listeners, in directories of 100, written to a temporary folder and removed after), on one thread
// and on all cores, to find from how many files worker threads pay for their start, and to time a
// 10,000-file tree. Wall and CPU time (user + system, all threads) come from /usr/bin/time.
//
//   tsx bench/tree.ts [--sizes 500,1000,2000,5000,10000] [--runs 5] [--threads 2]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildBundles } from './build';
import { cliFile } from './documents';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (valueOf('--sizes') ?? '500,1000,2000,5000,10000').split(',').map(Number);
const runs = Number(valueOf('--runs') ?? 5);
const threads = valueOf('--threads') ?? String(os.availableParallelism());

interface Sample {
  wall: number;
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function writeTree(dir: string, count: number): void {
  for (let n = 0; n < count; n++) {
    const sub = path.join(dir, `d${Math.floor(n / 100)}`);
    if (n % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `listener-${n}.elbv2.yaml`), cliFile(n));
  }
}

function time(cli: string, dir: string, concurrency: string): Sample {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S', process.execPath, cli, 'check', '--format', 'json', '--concurrency', concurrency, dir],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, system] = last.split(' ').map(Number);
  if (wall === undefined || user === undefined || system === undefined || Number.isNaN(wall))
    throw new Error(`cannot read /usr/bin/time's line: ${result.stderr}`);
  return { wall, cpu: user + system };
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-tree-'));
  const cli = await buildBundles(path.join(root, 'dist'));
  const load = os.loadavg().map((l) => l.toFixed(2));
  console.log(
    `${os.cpus().length} CPUs, Node ${process.version}, load average ${load.join(' ')}; ${runs} runs each, alternating; medians`,
  );
  console.log('| files | one thread: wall | CPU | ' + `${threads} threads: wall | CPU | wall ratio |`);
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  try {
    for (const size of sizes) {
      const dir = path.join(root, String(size));
      writeTree(dir, size);
      time(cli, dir, 'off'); // warm the file system cache
      const one: Sample[] = [];
      const many: Sample[] = [];
      for (let r = 0; r < runs; r++) {
        one.push(time(cli, dir, 'off'));
        many.push(time(cli, dir, threads));
      }
      const w1 = median(one.map((s) => s.wall));
      const wn = median(many.map((s) => s.wall));
      console.log(
        `| ${size.toLocaleString('en')} | ${w1.toFixed(2)} s | ${median(one.map((s) => s.cpu)).toFixed(2)} s | ${wn.toFixed(2)} s | ${median(many.map((s) => s.cpu)).toFixed(2)} s | ${(w1 / wn).toFixed(2)}× |`,
      );
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

void main();
