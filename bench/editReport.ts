// The table of the editing rows (bench/editWorkloads.ts): per document, syntax and way of syncing,
// p50, p95 and max of each workload for elbv2-ls and yaml-language-server, and the targets.
import {
  EDIT_WORKLOADS,
  type EditCaseResults,
  type EditDocument,
  type EditResults,
  type EditSyntax,
  type EditWorkload,
} from './editWorkloads';
import { markdownTable, textTable } from './report';
import { formatMs, type Summary } from './stats';
import type { Sync } from './workloads';

const OURS = 'elbv2-ls';
const THEIRS = 'yaml-language-server';

const HEADER = [
  '',
  'workload',
  `${OURS} p50`,
  'p95',
  'max',
  `${THEIRS} p50`,
  'p95',
  'max',
  'target (elbv2-ls)',
];

function workloadLabel(workload: EditWorkload, block: number): string {
  switch (workload) {
    case 'endKeystroke':
      return 'keystroke at the end (typing a new item)';
    case 'firstKeystroke':
      return 'first keystroke after open';
    case 'paste':
      return `paste of ${block} items`;
    case 'delete':
      return `delete of ${block} items`;
    case 'undoPaste':
      return 'undo of the paste';
    case 'undoDelete':
      return 'undo of the delete';
  }
}

/** Issue 15's bounds: p95 (and on the large document max) of every workload, in milliseconds. */
function targets(document: EditDocument, workload: EditWorkload): { p95: number; max?: number } {
  if (document === 'typical') return { p95: 5 };
  const block = workload !== 'endKeystroke' && workload !== 'firstKeystroke';
  return { p95: block ? 100 : 50, max: 200 };
}

function targetText(document: EditDocument, workload: EditWorkload, s: Summary | undefined): string {
  const { p95, max } = targets(document, workload);
  const check = (value: number | undefined, bound: number): string =>
    value === undefined || !Number.isFinite(value) ? '?' : value <= bound ? 'met' : 'NOT met';
  const parts = [`p95 ≤ ${formatMs(p95)} ${check(s?.p95, p95)}`];
  if (max !== undefined) parts.push(`max ≤ ${formatMs(max)} ${check(s?.max, max)}`);
  return parts.join(', ');
}

function caseLabel(r: EditResults, document: EditDocument, syntax: EditSyntax, sync: Sync): string {
  const d = r.documents[document][syntax];
  const size =
    d.bytes >= 1e6
      ? `${d.lines.toLocaleString('en')} lines, ${(d.bytes / 1e6).toFixed(1)} MB`
      : `${d.lines.toLocaleString('en')} lines`;
  return `${document === 'large' ? 'Large' : 'Typical'} ${syntax === 'yaml' ? 'YAML' : 'JSON'} (${size}), ${sync === 'full' ? 'full sync' : 'ranged changes'}`;
}

function cells(r: EditResults): string[][] {
  const find = (server: string, c: Omit<EditCaseResults, 'workloads'>): EditCaseResults | undefined =>
    r.servers[server]?.find((x) => x.document === c.document && x.syntax === c.syntax && x.sync === c.sync);
  const ms = (s: Summary | undefined, pick: (s: Summary) => number): string => (s ? formatMs(pick(s)) : '–');
  const out: string[][] = [];
  for (const document of ['typical', 'large'] as const)
    for (const syntax of ['yaml', 'json'] as const)
      for (const sync of ['ranged', 'full'] as const) {
        const ours = find(OURS, { document, syntax, sync });
        const theirs = find(THEIRS, { document, syntax, sync });
        if (!ours && !theirs) continue;
        EDIT_WORKLOADS.forEach((workload, i) => {
          const o = ours?.workloads[workload];
          const t = theirs?.workloads[workload];
          out.push([
            i === 0 ? caseLabel(r, document, syntax, sync) : '',
            workloadLabel(workload, r.block),
            ms(o, (s) => s.p50),
            ms(o, (s) => s.p95),
            ms(o, (s) => s.max),
            ms(t, (s) => s.p50),
            ms(t, (s) => s.p95),
            ms(t, (s) => s.max),
            targetText(document, workload, o),
          ]);
        });
      }
  return out;
}

/** What the rows are: the lists edited and the samples behind each figure. */
function preface(r: EditResults): string {
  const d = r.documents;
  const c = r.counts;
  const samples = (document: EditDocument): string =>
    `${c[document].endStrokes} keystrokes at the end, ${c[document].firstOpens} opens, ${c[document].rounds} of each block edit`;
  const list = (document: EditDocument): string =>
    `its ${d[document].list} list (${d[document].items.toLocaleString('en')} item${d[document].items === 1 ? '' : 's'})`;
  return (
    `Editing as editors do, in ${list('typical')} of the typical document and ${list('large')} of the large ` +
    `one; samples per case: typical ${samples('typical')}, large ${samples('large')}` +
    `${r.machine ? `; ${r.machine}` : ''}.`
  );
}

export function renderEditText(r: EditResults): string {
  return `\n${preface(r)}\n\n${textTable(HEADER, cells(r))}\n\n`;
}

export function renderEditMarkdown(r: EditResults): string {
  return [preface(r), '', markdownTable(HEADER, cells(r), 2)].join('\n');
}
