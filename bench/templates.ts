// The template rows: CloudFormation templates edited in elbv2-ls and in yaml-language-server (which
// reads them as YAML with CloudFormation's tags, no schema), and many template files checked by
// elbv2-ls's CLI and by cfn-lint.
//
// The CLI rows time each tool as a whole command (`elbv2-ls check --format json <dir>`,
// `cfn-lint <files>`) on the same files, process start included for both, at two sizes: 50 files,
// where process start is a large part of elbv2-ls's time (node and the bundle take ~0.1 s of its
// ~0.5 s), and 500 files, where both tools' times are mostly the templates themselves. The target
// (templates/s ≥ 100× cfn-lint's) is judged on the larger set: it is a rate of templates, and
// cfn-lint's start (~1.2 s) and per-template cost (~0.12 s) are both in its figure too.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliTemplate, largeTemplate, typicalTemplate } from './documents';
import { BenchClient, sleep, type ServerSpec } from './lsp';
import { summarize, type Summary } from './stats';
import { editSpots, EditedDocument, timeCommand } from './workloads';

export interface TemplateCounts {
  opens: number;
  strokes: number;
  largeOpens: number;
  largeStrokes: number;
  warmup: number;
  /** The sizes of the file sets the CLI rows time, smallest first. */
  fileSets: readonly number[];
  cliRuns: number;
}

export interface TemplateEditing {
  open: Summary;
  keystroke: Summary;
}

export interface TemplateServerResults {
  typical: TemplateEditing;
  large: TemplateEditing;
}

export interface TemplateFiles {
  files: number;
  wall: Summary;
  perSecond: number;
}

export interface TemplateFileSet {
  files: number;
  /** By tool: elbv2-ls, cfn-lint. */
  tools: Record<string, TemplateFiles>;
}

export interface TemplateResults {
  /** What the machine was and when, when run alone (`--only-templates`). */
  machine?: string;
  documents: {
    typical: { lines: number; bytes: number };
    large: { lines: number; bytes: number; resources: number };
  };
  servers: Record<string, TemplateServerResults>;
  /** The CLI of elbv2-ls and cfn-lint on the same files, per set of files (smallest first). */
  fileSets: TemplateFileSet[];
  cfnLintVersion: string;
}

export const LARGE_TEMPLATE_RESOURCES = 2000;

/** The YAML tags of CloudFormation, for yaml-language-server's `yaml.customTags`. */
export const CLOUDFORMATION_TAGS = [
  '!And sequence',
  '!If sequence',
  '!Not sequence',
  '!Equals sequence',
  '!Or sequence',
  '!FindInMap sequence',
  '!Base64 scalar',
  '!Cidr sequence',
  '!Ref scalar',
  '!Sub scalar',
  '!Sub sequence',
  '!GetAtt scalar',
  '!GetAtt sequence',
  '!GetAZs scalar',
  '!ImportValue scalar',
  '!Select sequence',
  '!Split sequence',
  '!Join sequence',
  '!Condition scalar',
];

/**
 * Keystroke spots in a template: the ends of `key: value` lines of its resources (not their
 * `Type`), so that each keystroke edits a value inside a resource.
 */
export function templateEditSpots(text: string, count: number): number[] {
  const from = text.indexOf('\nResources:');
  const outputs = text.indexOf('\nOutputs:', from);
  const within = outputs < 0 ? text : text.slice(0, outputs);
  return editSpots(within, count, Math.max(0, from), (key) => key !== 'Type');
}

/**
 * Keystroke spots in a JSON template: just before the closing quote of `"Key": "value"` string
 * members of its resources (not `Type`), so that typed characters stay inside the string.
 */
export function jsonTemplateEditSpots(text: string, count: number): number[] {
  const spots: number[] = [];
  const pattern = /^ *"([A-Za-z]+)": "([^"\\\n]*)",?$/gm;
  pattern.lastIndex = Math.max(0, text.indexOf('"Resources":'));
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[1] === 'Type') continue;
    spots.push(m.index + m[0].lastIndexOf('"'));
  }
  const picked: number[] = [];
  for (let i = 0; i < count; i++) {
    const spot = spots[Math.floor(((i + 0.5) * spots.length) / count)];
    if (spot !== undefined) picked.push(spot);
  }
  return picked;
}

export interface TemplateInputs {
  typical: string;
  large: string;
}

export function templateInputs(): TemplateInputs {
  return { typical: typicalTemplate(), large: largeTemplate(LARGE_TEMPLATE_RESOURCES) };
}

/** Opens and edits the typical and the large template in one server. */
export async function benchTemplatesInServer(
  spec: ServerSpec,
  scratch: string,
  inputs: TemplateInputs,
  counts: TemplateCounts,
  log: (message: string) => void,
): Promise<TemplateServerResults> {
  const uri = (name: string): string => pathToFileURL(path.join(scratch, name)).href;
  // yaml-language-server reads YAML only; JSON is YAML, so it gets the JSON template as YAML.
  const json = spec.name === 'elbv2-ls' ? 'json' : 'yaml';
  const client = new BenchClient(spec);
  try {
    await client.initialize();
    await client.settled();
    const editing = async (
      name: string,
      ext: string,
      languageId: string,
      text: string,
      spots: number[],
      perSpot: number,
      opens: number,
      strokes: number,
    ): Promise<TemplateEditing> => {
      const openTimes: number[] = [];
      for (let i = 0; i < opens; i++) {
        const doc = new EditedDocument(client, uri(`${name}-open-${i}.${ext}`), text, [], 2, languageId);
        openTimes.push(await doc.open());
        await client.close(doc.uri);
        await sleep(20);
        client.drop(doc.uri);
      }
      const doc = new EditedDocument(client, uri(`${name}-edit.${ext}`), text, spots, perSpot, languageId);
      await doc.open();
      await doc.typeMany(counts.warmup, 1);
      const samples: number[] = [];
      for (let i = 0; i < strokes; i++) samples.push(await doc.timedStroke());
      await client.close(doc.uri);
      return { open: summarize(openTimes), keystroke: summarize(samples) };
    };
    log('  typical template');
    const typical = await editing(
      'stack',
      'template.yaml',
      'yaml',
      inputs.typical,
      templateEditSpots(inputs.typical, 10),
      20,
      counts.opens,
      counts.strokes,
    );
    log('  large template');
    const large = await editing(
      'synth',
      'template.json',
      json,
      inputs.large,
      jsonTemplateEditSpots(inputs.large, 20),
      10,
      counts.largeOpens,
      counts.largeStrokes,
    );
    return { typical, large };
  } finally {
    await client.shutdown();
  }
}

/** Writes `count` template files into `dir`; their paths. */
export function writeTemplateFiles(dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const file = path.join(dir, `stack-${n}.template.yaml`);
    fs.writeFileSync(file, cliTemplate(n));
    files.push(file);
  }
  return files;
}

/** Templates/second of a whole command over the files, process start included. */
export async function timeFiles(
  command: string,
  args: readonly string[],
  files: number,
  runs: number,
  cwd: string,
): Promise<TemplateFiles> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeAnyExit(command, args, cwd));
  const wall = summarize(samples);
  return { files, wall, perSecond: (files * 1000) / wall.p50 };
}

/** cfn-lint's version line, e.g. `cfn-lint 1.51.0`; throws when it is not installed. */
export async function cfnLintVersion(): Promise<string> {
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const child = spawn('cfn-lint', ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
  return out.trim();
}

/**
 * Wall time of a command; a linter's exit code says what it found, so any code is taken, but a
 * command that prints a traceback or cannot start is an error.
 */
function timeAnyExit(command: string, args: readonly string[], cwd: string): Promise<number> {
  return timeCommand(command, args, cwd, (code, stderr) => code === null || /Traceback|Error:/.test(stderr));
}
