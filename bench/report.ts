// The benchmark's table: elbv2-ls and yaml-language-server side by side, with the ratio of every
// figure, the targets of the performance issue, and the parse floors.
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Floors } from './floors';
import { formatBytes, formatMs, type Summary } from './stats';
import type { TemplateResults } from './templates';
import type { UnrelatedResults } from './unrelated';

export interface EditingResults {
  open: Summary;
  keystroke: Summary;
  completion: Summary;
  hover: Summary;
}

export interface ServerResults {
  typical: EditingResults;
  large: EditingResults;
  cold: { initialize: Summary; firstDiagnostics: Summary };
  files: { files: number; wall: Summary; filesPerSecond: number; how: 'cli' | 'lsp' };
  memory: {
    rssAfterLarge: number;
    rssBefore: number;
    rssAfter: number;
    growth: number;
    /** Edits before the growth is measured from, and edits it is measured over. */
    warmup: number;
    edits: number;
    waitEvery: number;
  };
  /** A 10 MB YAML and JSON file that is no ELBv2 document (elbv2-ls only). */
  unrelated?: UnrelatedResults;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  memory: string;
  loadAverage: string;
}

export interface BenchResults {
  date: string;
  mode: 'quick' | 'full';
  machine: Machine;
  documents: {
    typical: { lines: number; bytes: number };
    large: { lines: number; bytes: number };
    cliFiles: number;
  };
  servers: Record<string, ServerResults>;
  floors: { typical: Floors; large: Floors };
  processStart: Summary;
}

export function machineInfo(): Machine {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpuModel;
  } catch {
    // not Linux: os.cpus() said it
  }
  return {
    cpus: os.availableParallelism(),
    cpuModel,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

type Kind = 'ms' | 'bytes' | 'rate';

interface Row {
  section: string;
  measure: string;
  kind: Kind;
  ours: number | undefined;
  theirs: number | undefined;
  /** The target for elbv2-ls: at most (ms, bytes) or at least (rate) this value. */
  target?: number;
}

const OURS = 'elbv2-ls';
const THEIRS = 'yaml-language-server';

function rows(r: BenchResults): Row[] {
  const ours = r.servers[OURS];
  const theirs = r.servers[THEIRS];
  const out: Row[] = [];
  const add = (
    section: string,
    measure: string,
    kind: Kind,
    pick: (s: ServerResults) => number | undefined,
    target?: number,
  ): void => {
    out.push({
      section,
      measure,
      kind,
      ours: ours && pick(ours),
      theirs: theirs && pick(theirs),
      ...(target !== undefined ? { target } : {}),
    });
  };
  const d = r.documents;
  for (const [key, label, targets] of [
    ['typical', `Typical (${d.typical.lines} lines)`, { keystroke: 5, request: 3 }],
    [
      'large',
      `Large (${d.large.lines.toLocaleString('en')} lines, ${(d.large.bytes / 1e6).toFixed(1)} MB)`,
      { keystroke: 50, request: 10 },
    ],
  ] as const) {
    add(label, 'open → first diagnostics p50', 'ms', (s) => s[key].open.p50);
    add(label, 'keystroke → diagnostics p50', 'ms', (s) => s[key].keystroke.p50);
    add(label, 'keystroke → diagnostics p95', 'ms', (s) => s[key].keystroke.p95, targets.keystroke);
    add(label, 'keystroke → diagnostics max', 'ms', (s) => s[key].keystroke.max);
    add(label, 'completion p50', 'ms', (s) => s[key].completion.p50);
    add(label, 'completion p95', 'ms', (s) => s[key].completion.p95, targets.request);
    add(label, 'hover p50', 'ms', (s) => s[key].hover.p50);
    add(label, 'hover p95', 'ms', (s) => s[key].hover.p95, targets.request);
  }
  add('Cold start', 'spawn → initialize result p50', 'ms', (s) => s.cold.initialize.p50, 150);
  add('Cold start', 'spawn → initialize result p95', 'ms', (s) => s.cold.initialize.p95);
  add('Cold start', 'spawn → first diagnostics p50', 'ms', (s) => s.cold.firstDiagnostics.p50);
  add(
    `${d.cliFiles.toLocaleString('en')} files`,
    'wall time p50 (process start included)',
    'ms',
    (s) => s.files.wall.p50,
  );
  add(`${d.cliFiles.toLocaleString('en')} files`, 'files/s', 'rate', (s) => s.files.filesPerSecond, 1000);
  const memory = (ours ?? theirs)?.memory;
  const count = (n: number | undefined): string => n?.toLocaleString('en') ?? '';
  add('Memory', 'RSS after the large document and 1,000 edits', 'bytes', (s) => s.memory.rssAfterLarge);
  add(
    'Memory',
    `RSS, typical document, after ${count(memory?.warmup)} edits`,
    'bytes',
    (s) => s.memory.rssBefore,
  );
  add(
    'Memory',
    `RSS growth over the next ${count(memory?.edits)} edits`,
    'bytes',
    (s) => s.memory.growth,
    10 * 2 ** 20,
  );
  const unrelated = ours?.unrelated;
  if (unrelated) {
    const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`;
    const label = `Unrelated ${mb(unrelated.bytes.json)} file`;
    add(label, 'GeoJSON: didOpen → (empty) answer p50', 'ms', (s) => s.unrelated?.answer.json.p50);
    add(label, 'YAML manifests: didOpen → (empty) answer p50', 'ms', (s) => s.unrelated?.answer.yaml.p50);
    add(label, 'same bytes as plain text (transport floor) p50', 'ms', (s) => s.unrelated?.transport.p50);
    // The target is on what the server adds to reading the message, which any server pays.
    add(
      label,
      "GeoJSON: the server's share (answer − floor) p50",
      'ms',
      (s) => s.unrelated && s.unrelated.answer.json.p50 - s.unrelated.transport.p50,
      50,
    );
    add(label, 'the top-level-key scan alone, GeoJSON p50', 'ms', (s) => s.unrelated?.scan.json.p50);
    add(label, 'the top-level-key scan alone, YAML p50', 'ms', (s) => s.unrelated?.scan.yaml.p50);
    add(label, 'RSS before opening', 'bytes', (s) => s.unrelated?.rssBefore);
    add(label, 'RSS with one of each open', 'bytes', (s) => s.unrelated?.rssOpen);
    add(label, 'RSS after closing them', 'bytes', (s) => s.unrelated?.rssClosed);
  }
  return out;
}

function format(kind: Kind, value: number | undefined): string {
  if (value === undefined) return '–';
  if (kind === 'ms') return formatMs(value);
  if (kind === 'bytes') return formatBytes(value);
  return `${Math.round(value).toLocaleString('en')}`;
}

/** How many times better elbv2-ls is than yaml-language-server on this figure. */
function ratio(row: Row): string {
  const { ours, theirs } = row;
  if (ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs))
    return '–';
  if (row.kind === 'bytes' && (ours <= 0 || theirs <= 0)) return '–';
  const r = row.kind === 'rate' ? ours / theirs : theirs / ours;
  if (!Number.isFinite(r) || r <= 0) return '–';
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`;
}

function targetText(row: Row): string {
  if (row.target === undefined) return '';
  const met =
    row.ours === undefined ? '?' : row.kind === 'rate' ? row.ours >= row.target : row.ours <= row.target;
  const bound =
    row.kind === 'rate' ? `≥ ${format(row.kind, row.target)}` : `≤ ${format(row.kind, row.target)}`;
  return `${bound} ${met === '?' ? '?' : met ? 'met' : 'NOT met'}`;
}

const HEADER = ['', 'measure', OURS, THEIRS, 'elbv2-ls advantage', 'target'];

function tableCells(r: BenchResults): string[][] {
  let section = '';
  return rows(r).map((row) => {
    const first = row.section === section ? '' : row.section;
    section = row.section;
    return [
      first,
      row.measure,
      format(row.kind, row.ours),
      format(row.kind, row.theirs),
      ratio(row),
      targetText(row),
    ];
  });
}

function floorCells(r: BenchResults): string[][] {
  const keystroke = (key: 'typical' | 'large'): number | undefined => r.servers[OURS]?.[key].keystroke.p50;
  const line = (measure: string, pick: (f: Floors) => number): string[] => [
    measure,
    formatMs(pick(r.floors.typical)),
    formatMs(pick(r.floors.large)),
  ];
  const cells = [
    line('yaml CST (lexer + parser, every token)', (f) => f.yamlCst.p50),
    line('yaml parse + compose (parseAllDocuments)', (f) => f.yamlCompose.p50),
    line('JSON.parse of the same data', (f) => f.jsonParse.p50),
    line('elbv2-ls full check, in process (parse, bind, all rules)', (f) => f.fullCheck.p50),
  ];
  const ks = [keystroke('typical'), keystroke('large')];
  cells.push([
    'elbv2-ls keystroke → diagnostics p50 over LSP',
    formatMs(ks[0] ?? NaN),
    formatMs(ks[1] ?? NaN),
  ]);
  cells.push([
    '… as a multiple of the yaml compose floor',
    ks[0] ? `${(ks[0] / r.floors.typical.yamlCompose.p50).toFixed(2)}×` : '–',
    ks[1] ? `${(ks[1] / r.floors.large.yamlCompose.p50).toFixed(2)}×` : '–',
  ]);
  cells.push([
    '… as a multiple of JSON.parse',
    ks[0] ? `${(ks[0] / r.floors.typical.jsonParse.p50).toFixed(1)}×` : '–',
    ks[1] ? `${(ks[1] / r.floors.large.jsonParse.p50).toFixed(1)}×` : '–',
  ]);
  cells.push(['node process start (node -e "")', formatMs(r.processStart.p50), '']);
  return cells;
}

function machineLine(r: Pick<BenchResults, 'machine' | 'mode' | 'date'>): string {
  const m = r.machine;
  return `${m.cpus} CPUs (${m.cpuModel}), ${m.memory}, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverage}; ${r.mode} run, ${r.date}`;
}

export function textTable(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function markdownTable(header: string[], body: string[][], numericFrom: number): string {
  const align = header.map((_, i) => (i >= numericFrom ? '---:' : '---'));
  const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), `|${align.join('|')}|`, ...body.map(line)].join('\n');
}

const FLOOR_HEADER = ['floor (p50)', 'typical', 'large'];

export function renderText(r: BenchResults): string {
  return `\n${machineLine(r)}\n\n${textTable(HEADER, tableCells(r))}\n\n${textTable(FLOOR_HEADER, floorCells(r))}\n\n`;
}

export function renderMarkdown(r: BenchResults): string {
  return [
    `Machine: ${machineLine(r)}.`,
    '',
    markdownTable(HEADER, tableCells(r), 2),
    '',
    markdownTable(FLOOR_HEADER, floorCells(r), 1),
  ].join('\n');
}

const TEMPLATE_HEADER = ['', 'measure', OURS, THEIRS, 'cfn-lint', 'target (elbv2-ls)'];

/** The template rows: elbv2-ls, yaml-language-server (YAML only, no schema) and cfn-lint. */
function templateCells(t: TemplateResults): string[][] {
  const ours = t.servers[OURS];
  const theirs = t.servers[THEIRS];
  const cells: string[][] = [];
  const ms = (s: Summary | undefined, pick: (s: Summary) => number): string => (s ? formatMs(pick(s)) : '–');
  const met = (value: number | undefined, bound: number, text: string): string =>
    value === undefined || !Number.isFinite(value)
      ? `${text} ?`
      : `${text} ${value <= bound ? 'met' : 'NOT met'}`;
  const d = t.documents;
  for (const [key, label, keystrokeTarget, openTarget] of [
    ['typical', `Typical template (${d.typical.lines} lines of YAML)`, 5, undefined],
    [
      'large',
      `Synthesized template (${d.large.resources.toLocaleString('en')} resources, ${(d.large.bytes / 1e6).toFixed(1)} MB of JSON)`,
      50,
      1000,
    ],
  ] as const) {
    const o = ours?.[key];
    const y = theirs?.[key];
    const rows: [string, (s: Summary) => number, 'open' | 'keystroke', number | undefined][] = [
      ['open → first diagnostics p50', (s) => s.p50, 'open', undefined],
      ['open → first diagnostics max', (s) => s.max, 'open', openTarget],
      ['keystroke → diagnostics p50', (s) => s.p50, 'keystroke', undefined],
      ['keystroke → diagnostics p95', (s) => s.p95, 'keystroke', keystrokeTarget],
      ['keystroke → diagnostics max', (s) => s.max, 'keystroke', undefined],
    ];
    rows.forEach(([measure, pick, which, bound], i) => {
      const value = o && pick(o[which]);
      cells.push([
        i === 0 ? label : '',
        measure,
        ms(o?.[which], pick),
        ms(y?.[which], pick),
        '–',
        bound === undefined ? '' : met(value, bound, `≤ ${formatMs(bound)}`),
      ]);
    });
  }
  const rate = (n: number | undefined): string =>
    n === undefined ? '–' : n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1);
  // The target is a rate of templates: judged on the largest set, where process start weighs least.
  t.fileSets.forEach((set, i) => {
    const cli = set.tools[OURS];
    const lint = set.tools['cfn-lint'];
    cells.push([
      `${set.files.toLocaleString('en')} template files (CLI)`,
      'wall time p50 (process start included)',
      ms(cli?.wall, (s) => s.p50),
      '–',
      ms(lint?.wall, (s) => s.p50),
      '',
    ]);
    const times = cli && lint ? cli.perSecond / lint.perSecond : undefined;
    const judged = i === t.fileSets.length - 1;
    cells.push([
      '',
      'templates/s',
      rate(cli?.perSecond),
      '–',
      rate(lint?.perSecond),
      times === undefined
        ? judged
          ? '≥ 100× cfn-lint ?'
          : ''
        : judged
          ? `≥ 100× cfn-lint: ${times.toFixed(0)}× ${times >= 100 ? 'met' : 'NOT met'}`
          : `${times.toFixed(0)}× cfn-lint`,
    ]);
  });
  return cells;
}

/** The machine line of a run of the template rows alone. */
export function templateMachineLine(mode: 'quick' | 'full'): string {
  return machineLine({ machine: machineInfo(), mode, date: new Date().toISOString() });
}

export function renderTemplateText(t: TemplateResults): string {
  return `\nCloudFormation templates (${t.cfnLintVersion})${t.machine ? `; ${t.machine}` : ''}\n\n${textTable(TEMPLATE_HEADER, templateCells(t))}\n\n`;
}

export function renderTemplateMarkdown(t: TemplateResults): string {
  return [
    `CloudFormation templates; ${t.cfnLintVersion}.`,
    '',
    markdownTable(TEMPLATE_HEADER, templateCells(t), 2),
  ].join('\n');
}
