// `npm run bench`: builds elbv2-ls, drives it and yaml-language-server over stdio on the same
// documents, and prints one table with the ratio of every figure. `--quick` for a smoke run.
//
//   tsx bench/run.ts [--quick] [--only elbv2-ls|yaml-language-server] [--only-templates | --only-edits]
//                    [--json FILE] [--docs]
//
// `--only-templates` runs only the CloudFormation template rows (bench/templates.ts), into
// bench/results/latest-templates.json. `--only-edits` runs only the rows of editing as editors do
// (bench/editWorkloads.ts: typing a new item at the end, the first keystroke after open, paste and
// delete of 50 items and their undo, ranged and full sync, YAML and JSON), into
// bench/results/latest-edits.json. `--docs` rewrites the tables of the rows run in
// docs/performance.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { buildBundles } from './build';
import { renderEditMarkdown, renderEditText } from './editReport';
import { benchEdits, type EditResults } from './editWorkloads';
import { cliFile, largeDescribeListeners, typicalListener } from './documents';
import { measureFloors } from './floors';
import { BenchClient, sleep, type ServerSpec } from './lsp';
import {
  machineInfo,
  renderMarkdown,
  renderTemplateMarkdown,
  renderTemplateText,
  renderText,
  templateMachineLine,
  type BenchResults,
  type ServerResults,
} from './report';
import { summarize } from './stats';
import {
  benchTemplatesInServer,
  cfnLintVersion,
  CLOUDFORMATION_TAGS,
  LARGE_TEMPLATE_RESOURCES,
  templateInputs,
  timeFiles,
  writeTemplateFiles,
  type TemplateResults,
} from './templates';
import { measureUnrelated } from './unrelated';
import { coldStart, cursorSpots, editSpots, EditedDocument, timeCommand, timeRequests } from './workloads';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = valueOf('--only');
const onlyTemplates = args.includes('--only-templates');
const onlyEdits = args.includes('--only-edits');
// A quick run's figures are not for keeping: they go to the temporary directory.
const jsonOut =
  valueOf('--json') ??
  (quick
    ? path.join(os.tmpdir(), 'elbv2-ls-bench-quick.json')
    : path.join(
        ROOT,
        'bench',
        'results',
        onlyTemplates ? 'latest-templates.json' : onlyEdits ? 'latest-edits.json' : 'latest.json',
      ));
const writeDocs = args.includes('--docs');

/** How many samples each measure takes. */
const COUNTS = quick
  ? {
      opens: 3,
      strokes: 20,
      requests: 20,
      largeOpens: 1,
      largeStrokes: 20,
      largeRequests: 10,
      largeEdits: 100,
      cold: 3,
      cliRuns: 1,
      cliFiles: 1000,
      lspFiles: 1000,
      warmup: 5,
      memWarmup: 300,
      memEdits: 1000,
      floors: 5,
      unrelatedOpens: 2,
      templateFileSets: [20, 100],
      templateLargeOpens: 2,
      templateLargeStrokes: 20,
      templateCliRuns: 1,
    }
  : {
      opens: 20,
      strokes: 200,
      requests: 200,
      largeOpens: 5,
      largeStrokes: 200,
      largeRequests: 100,
      largeEdits: 1000,
      cold: 20,
      cliRuns: 5,
      cliFiles: 1000,
      lspFiles: 1000,
      warmup: 20,
      memWarmup: 5000,
      memEdits: 10_000,
      floors: 30,
      unrelatedOpens: 5,
      // cfn-lint takes ~0.12 s per template (one run of 500: about a minute) and
      // yaml-language-server seconds per keystroke on the large one: enough samples for a p95 in
      // minutes, not hours.
      templateFileSets: [50, 500],
      templateLargeOpens: 5,
      templateLargeStrokes: 60,
      templateCliRuns: 3,
    };

function valueOf(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-bench-'));
  try {
    log(`building into ${scratch}`);
    const cli = await buildBundles(path.join(scratch, 'dist'));
    if (onlyTemplates) {
      const machine = templateMachineLine(quick ? 'quick' : 'full'); // the load at the start
      const templates = { ...(await benchTemplates(cli, scratch)), machine };
      fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
      fs.writeFileSync(jsonOut, await formatted(jsonOut, JSON.stringify(templates, null, 2)));
      process.stdout.write(renderTemplateText(templates));
      log(`results written to ${path.relative(process.cwd(), jsonOut)}`);
      if (writeDocs) await updateDocs(renderTemplateMarkdown(templates), TEMPLATE_MARKERS);
      return;
    }
    if (onlyEdits) {
      const machine = templateMachineLine(quick ? 'quick' : 'full'); // the load at the start
      const edits = { ...(await benchEditRows(cli, scratch)), machine };
      fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
      fs.writeFileSync(jsonOut, await formatted(jsonOut, JSON.stringify(edits, null, 2)));
      process.stdout.write(renderEditText(edits));
      log(`results written to ${path.relative(process.cwd(), jsonOut)}`);
      if (writeDocs) await updateDocs(renderEditMarkdown(edits), EDIT_MARKERS);
      return;
    }
    const typical = typicalListener();
    const large = largeDescribeListeners(2000);
    const withMistake = typical.replace('Protocol: HTTPS', 'Protocol: HTTPX');
    const cliDir = path.join(scratch, 'cli');
    fs.mkdirSync(cliDir);
    for (let n = 0; n < COUNTS.cliFiles; n++)
      fs.writeFileSync(path.join(cliDir, `listener-${n}.elbv2.yaml`), cliFile(n));

    const servers = serverSpecs(cli);
    const results: BenchResults = {
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      machine: machineInfo(),
      documents: {
        typical: { lines: lineCount(typical), bytes: Buffer.byteLength(typical) },
        large: { lines: lineCount(large), bytes: Buffer.byteLength(large) },
        cliFiles: COUNTS.cliFiles,
      },
      servers: {},
      floors: {
        typical: measureFloors(typical, COUNTS.floors * 10),
        large: measureFloors(large, COUNTS.floors),
      },
      processStart: summarize(
        await repeat(COUNTS.cliRuns * 2, () => timeCommand(process.execPath, ['-e', ''], scratch)),
      ),
    };
    for (const spec of servers) {
      if (only && spec.name !== only) continue;
      log(`— ${spec.name}`);
      results.servers[spec.name] = await benchServer(spec, scratch, {
        typical,
        large,
        withMistake,
        cli,
        cliDir,
      });
    }
    const templates = await benchTemplates(cli, scratch);
    const edits = await benchEditRows(cli, scratch);
    fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
    fs.writeFileSync(
      jsonOut,
      await formatted(jsonOut, JSON.stringify({ ...results, templates, edits }, null, 2)),
    );
    process.stdout.write(renderText(results));
    process.stdout.write(renderTemplateText(templates));
    process.stdout.write(renderEditText(edits));
    log(`results written to ${path.relative(process.cwd(), jsonOut)}`);
    if (writeDocs) {
      await updateDocs(renderMarkdown(results), MARKERS);
      await updateDocs(renderTemplateMarkdown(templates), TEMPLATE_MARKERS);
      await updateDocs(renderEditMarkdown(edits), EDIT_MARKERS);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

interface Inputs {
  typical: string;
  large: string;
  withMistake: string;
  cli: string;
  cliDir: string;
}

/** The template rows: both servers edit templates; the CLI and cfn-lint check the same files. */
async function benchTemplates(cli: string, scratch: string): Promise<TemplateResults> {
  const inputs = templateInputs();
  const counts = {
    opens: COUNTS.opens,
    strokes: COUNTS.strokes,
    largeOpens: COUNTS.templateLargeOpens,
    largeStrokes: COUNTS.templateLargeStrokes,
    warmup: COUNTS.warmup,
    fileSets: COUNTS.templateFileSets,
    cliRuns: COUNTS.templateCliRuns,
  };
  const results: TemplateResults = {
    documents: {
      typical: { lines: lineCount(inputs.typical), bytes: Buffer.byteLength(inputs.typical) },
      large: {
        lines: lineCount(inputs.large),
        bytes: Buffer.byteLength(inputs.large),
        resources: LARGE_TEMPLATE_RESOURCES,
      },
    },
    servers: {},
    fileSets: [],
    cfnLintVersion: await cfnLintVersion(),
  };
  for (const spec of serverSpecs(cli)) {
    if (only && spec.name !== only) continue;
    log(`— ${spec.name}: templates`);
    results.servers[spec.name] = await benchTemplatesInServer(spec, scratch, inputs, counts, log);
  }
  // The same files for both tools, each timed as a whole command, process start included.
  for (const size of counts.fileSets) {
    log(`— ${size} template files`);
    const dir = path.join(scratch, `templates-${size}`);
    const files = writeTemplateFiles(dir, size);
    const ours = await timeFiles(
      process.execPath,
      [cli, 'check', '--format', 'json', dir],
      files.length,
      counts.cliRuns,
      scratch,
    );
    log('  cfn-lint');
    const lint = await timeFiles('cfn-lint', files, files.length, 1, scratch);
    results.fileSets.push({ files: size, tools: { 'elbv2-ls': ours, 'cfn-lint': lint } });
  }
  return results;
}

/** The rows of editing as editors do (bench/editWorkloads.ts), each server in a process of its own. */
function benchEditRows(cli: string, scratch: string): Promise<EditResults> {
  const specs = serverSpecs(cli).filter((spec) => !only || spec.name === only);
  return benchEdits(specs, scratch, quick, log);
}

function serverSpecs(cli: string): ServerSpec[] {
  const schema = (name: string): string =>
    pathToFileURL(path.join(ROOT, 'schemas', `${name}.schema.json`)).href;
  return [
    {
      name: 'elbv2-ls',
      command: process.execPath,
      args: [cli, '--stdio'],
      settings: { elbv2: {} },
      versionedDiagnostics: true,
    },
    {
      name: 'yaml-language-server',
      command: process.execPath,
      args: [
        path.join(
          ROOT,
          'bench',
          'baseline',
          'node_modules',
          'yaml-language-server',
          'bin',
          'yaml-language-server',
        ),
        '--stdio',
      ],
      settings: {
        yaml: {
          validate: true,
          hover: true,
          completion: true,
          format: { enable: false },
          schemaStore: { enable: false },
          customTags: CLOUDFORMATION_TAGS,
          kubernetesCRDStore: { enable: false },
          schemas: {
            // It reads a JSON document as YAML, whatever its language id: the edit rows send it the
            // same documents as JSON too.
            [schema('create-listener')]: [
              'typical-*.elbv2.yaml',
              'typical-*.elbv2.json',
              'listener-*.elbv2.yaml',
              'cold-*.elbv2.yaml',
            ],
            [schema('describe-listeners')]: ['describe-*.elbv2.yaml', 'describe-*.elbv2.json'],
          },
        },
        http: {},
        '[yaml]': {},
        editor: {},
      },
      versionedDiagnostics: false,
    },
  ];
}

async function benchServer(spec: ServerSpec, scratch: string, inputs: Inputs): Promise<ServerResults> {
  const uri = (name: string): string => pathToFileURL(path.join(scratch, name)).href;
  const isOurs = spec.name === 'elbv2-ls';
  const client = new BenchClient(spec);
  await client.initialize();
  await client.settled();

  // 1. Typical document.
  log('  typical');
  const opens: number[] = [];
  for (let i = 0; i < COUNTS.opens; i++) {
    const doc = new EditedDocument(client, uri(`typical-open-${i}.elbv2.yaml`), inputs.typical, [], 2);
    opens.push(await doc.open());
    await client.close(doc.uri);
    await sleep(10);
    client.drop(doc.uri);
  }
  const typical = new EditedDocument(
    client,
    uri('typical-edit.elbv2.yaml'),
    inputs.typical,
    editSpots(inputs.typical, 5),
    40,
  );
  await typical.open();
  await warmUp(typical, cursorSpots(inputs.typical, 10).completion);
  const typicalStrokes = await repeat(COUNTS.strokes, () => typical.timedStroke());
  const typicalCursors = cursorSpots(inputs.typical, 10);
  const typicalCompletion = await timeRequests(
    typical,
    'textDocument/completion',
    typicalCursors.completion,
    COUNTS.requests,
  );
  const typicalHover = await timeRequests(
    typical,
    'textDocument/hover',
    typicalCursors.hover,
    COUNTS.requests,
  );

  // 2. Large document, keystrokes spread over it.
  log('  large');
  const largeOpens: number[] = [];
  for (let i = 0; i < COUNTS.largeOpens; i++) {
    const doc = new EditedDocument(client, uri(`describe-open-${i}.elbv2.yaml`), inputs.large, [], 2);
    largeOpens.push(await doc.open());
    await client.close(doc.uri);
    await sleep(50);
    client.drop(doc.uri);
  }
  const large = new EditedDocument(
    client,
    uri('describe-edit.elbv2.yaml'),
    inputs.large,
    editSpots(inputs.large, 20),
    10,
  );
  await large.open();
  await warmUp(large, cursorSpots(inputs.large, 20).completion);
  const largeStrokes = await repeat(COUNTS.largeStrokes, () => large.timedStroke());
  const largeCursors = cursorSpots(inputs.large, 20);
  const largeCompletion = await timeRequests(
    large,
    'textDocument/completion',
    largeCursors.completion,
    COUNTS.largeRequests,
  );
  const largeHover = await timeRequests(
    large,
    'textDocument/hover',
    largeCursors.hover,
    COUNTS.largeRequests,
  );

  // 5a. Memory after the large document and 1,000 edits in all.
  log('  memory');
  await large.typeMany(COUNTS.largeEdits - COUNTS.largeStrokes - COUNTS.warmup, 20);
  const rssLarge = client.rss();
  await client.close(large.uri);
  await client.close(typical.uri);

  await client.shutdown();

  // 3. Cold start.
  log('  cold start');
  const initialize: number[] = [];
  const firstDiagnostics: number[] = [];
  for (let i = 0; i < COUNTS.cold; i++) {
    const sample = await coldStart(spec, uri(`cold-${i}.elbv2.yaml`), inputs.withMistake);
    initialize.push(sample.initialize);
    firstDiagnostics.push(sample.firstDiagnostics);
  }

  // 5b. RSS growth over 10,000 edits of the typical document, in a server of its own.
  log('  memory growth');
  const waitEvery = isOurs ? 1 : 50;
  const { rssBefore, rssAfter } = await memoryGrowth(
    spec,
    uri('typical-memory.elbv2.yaml'),
    inputs.typical,
    waitEvery,
  );

  // 4. Checking 1,000 files: the CLI for elbv2-ls; yaml-language-server has none, so it gets
  // the same files opened over LSP (spawn and initialize included).
  log('  many files');
  const cliRuns = isOurs
    ? await repeat(COUNTS.cliRuns, () =>
        timeCommand(process.execPath, [inputs.cli, 'check', '--format', 'json', inputs.cliDir], scratch),
      )
    : await repeat(1, () => openMany(spec, scratch, COUNTS.lspFiles));
  const files = isOurs ? COUNTS.cliFiles : COUNTS.lspFiles;
  const cliSummary = summarize(cliRuns);

  // 6. A 10 MB file that is no ELBv2 document, in a server of its own (elbv2-ls only: the other
  // server is a YAML server, for which every YAML file applies).
  if (isOurs) log('  unrelated files');
  const unrelated = isOurs ? await measureUnrelated(spec, scratch, COUNTS.unrelatedOpens) : undefined;

  return {
    typical: {
      open: summarize(opens),
      keystroke: summarize(typicalStrokes),
      completion: summarize(typicalCompletion),
      hover: summarize(typicalHover),
    },
    large: {
      open: summarize(largeOpens),
      keystroke: summarize(largeStrokes),
      completion: summarize(largeCompletion),
      hover: summarize(largeHover),
    },
    cold: { initialize: summarize(initialize), firstDiagnostics: summarize(firstDiagnostics) },
    files: {
      files,
      wall: cliSummary,
      filesPerSecond: (files * 1000) / cliSummary.p50,
      how: isOurs ? 'cli' : 'lsp',
    },
    memory: {
      rssAfterLarge: rssLarge,
      rssBefore,
      rssAfter,
      growth: rssAfter - rssBefore,
      warmup: COUNTS.memWarmup,
      edits: COUNTS.memEdits,
      waitEvery,
    },
    ...(unrelated ? { unrelated } : {}),
  };
}

/** Untimed keystrokes and requests first, as a session has had them: every figure is then taken
 * from code the runtime has compiled, for both servers alike. */
async function warmUp(doc: EditedDocument, cursors: readonly number[]): Promise<void> {
  await doc.typeMany(COUNTS.warmup, 1);
  await timeRequests(doc, 'textDocument/completion', cursors, COUNTS.warmup);
  await timeRequests(doc, 'textDocument/hover', cursors, COUNTS.warmup);
}

/** RSS after warm-up edits of the document, and after `COUNTS.memEdits` more. */
async function memoryGrowth(
  spec: ServerSpec,
  uri: string,
  text: string,
  waitEvery: number,
): Promise<{ rssBefore: number; rssAfter: number }> {
  const client = new BenchClient(spec);
  try {
    await client.initialize();
    await client.settled();
    const doc = new EditedDocument(client, uri, text, editSpots(text, 5), 40);
    await doc.open();
    await doc.typeMany(COUNTS.memWarmup, waitEvery);
    const rssBefore = client.rss();
    await doc.typeMany(COUNTS.memEdits, waitEvery);
    return { rssBefore, rssAfter: client.rss() };
  } finally {
    await client.shutdown();
  }
}

/** Spawn → initialize → open `count` documents → every one's diagnostics; milliseconds. */
async function openMany(spec: ServerSpec, scratch: string, count: number): Promise<number> {
  const client = new BenchClient(spec);
  try {
    const start = client.spawnedAt;
    await client.initialize();
    await client.settled(50);
    const docs: string[] = [];
    for (let n = 0; n < count; n++) {
      const name = `listener-${n}.elbv2.yaml`;
      const uri = pathToFileURL(path.join(scratch, 'lsp', name)).href;
      docs.push(uri);
      await client.open(uri, cliFile(n));
    }
    for (const uri of docs) await client.diagnostics(uri, 1);
    return performance.now() - start;
  } finally {
    await client.shutdown();
  }
}

async function repeat(n: number, run: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await run());
  return samples;
}

function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const MARKERS = { BEGIN: '<!-- bench:begin -->', END: '<!-- bench:end -->' };
const TEMPLATE_MARKERS = { BEGIN: '<!-- bench:templates:begin -->', END: '<!-- bench:templates:end -->' };
const EDIT_MARKERS = { BEGIN: '<!-- bench:edits:begin -->', END: '<!-- bench:edits:end -->' };

/** Replaces a generated part of docs/performance.md with this run's table. */
async function updateDocs(markdown: string, { BEGIN, END }: typeof MARKERS): Promise<void> {
  const file = path.join(ROOT, 'docs', 'performance.md');
  const current = fs.readFileSync(file, 'utf8');
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${file} has no ${BEGIN} … ${END} section`);
  const updated = `${current.slice(0, begin + BEGIN.length)}\n${markdown}\n${current.slice(end)}`;
  fs.writeFileSync(file, await formatted(file, updated));
  log(`table written to docs/performance.md`);
}

/** The text as the repository's Prettier configuration writes it, so that format checks pass. */
async function formatted(file: string, text: string): Promise<string> {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
