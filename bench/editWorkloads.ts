// Editing as editors do: the edits a user makes besides a keystroke in the middle of a value,
// each sent as a ranged change and as the whole new text (full sync), on YAML and JSON documents:
// typing a new item after the last one, the first keystroke after opening, a paste and a delete
// of 50 items, and the undo of each. Every edit is timed to the diagnostics of its version (for a
// server that does not say the version, to its next publication: edits go one at a time).
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isNode, isSeq, parse, parseDocument } from 'yaml';
import { asJson, describedListener, largeDescribeListeners, typicalListener } from './documents';
import { BenchClient, sleep, type ServerSpec } from './lsp';
import { summarize, type Summary } from './stats';
import { jsonTemplateEditSpots } from './templates';
import { editSpots, EditedDocument, type Sync } from './workloads';

export type EditDocument = 'typical' | 'large';
export type EditSyntax = 'yaml' | 'json';

export const EDIT_WORKLOADS = [
  'endKeystroke',
  'firstKeystroke',
  'paste',
  'delete',
  'undoPaste',
  'undoDelete',
] as const;
export type EditWorkload = (typeof EDIT_WORKLOADS)[number];

/** The figures of one document, syntax and way of syncing, in one server. */
export interface EditCaseResults {
  document: EditDocument;
  syntax: EditSyntax;
  sync: Sync;
  workloads: Record<EditWorkload, Summary>;
}

export interface EditResults {
  /** What the machine was and when, when run alone (`--only-edits`). */
  machine?: string;
  /** Items pasted and deleted in one change. */
  block: number;
  documents: Record<
    EditDocument,
    { list: string; items: number } & Record<EditSyntax, { lines: number; bytes: number }>
  >;
  counts: Record<EditDocument, EditCounts>;
  servers: Record<string, EditCaseResults[]>;
}

export interface EditCounts {
  /** Keystrokes typing new items at the end. */
  endStrokes: number;
  /** Opens of a fresh copy, each followed by one timed keystroke. */
  firstOpens: number;
  /** Rounds of paste, delete and their undos. */
  rounds: number;
  /** Untimed characters typed and deleted again (two keystrokes each) before the timed edits. */
  warmup: number;
}

/** Items in a pasted or deleted block. */
const BLOCK = 50;

/**
 * Few samples of the large document, which costs some servers a second per edit, in four cases
 * each; forty of the typical one, so that its p95 is not simply the slowest sample.
 */
function editCounts(quick: boolean): Record<EditDocument, EditCounts> {
  return quick
    ? {
        typical: { endStrokes: 15, firstOpens: 3, rounds: 3, warmup: 3 },
        large: { endStrokes: 6, firstOpens: 2, rounds: 2, warmup: 1 },
      }
    : {
        typical: { endStrokes: 60, firstOpens: 40, rounds: 40, warmup: 10 },
        large: { endStrokes: 20, firstOpens: 4, rounds: 4, warmup: 1 },
      };
}

/** A document with a list of items: where they lie, and the text of edits to it. */
interface EditedList {
  document: EditDocument;
  syntax: EditSyntax;
  text: string;
  /** Where each item starts, and where the item after the last would start. */
  starts: number[];
  /** Where typing a new item after the last one starts (the end of the last item's text). */
  typeAt: number;
  /** The keystrokes that type one new item there, each the text it inserts. */
  typed: string[];
  /** The block of `BLOCK` new items, inserted where an item starts. */
  pasted: string;
  /** Where the first keystroke after opening goes: inside a value in the middle of the document. */
  middle: number;
}

/** How an edited document is made: its list, its items and the item a user types. */
interface ListSource {
  document: EditDocument;
  yaml: string;
  /** The key of the top-level list whose items are pasted, deleted and typed. */
  key: string;
  /** The n-th new item, in YAML at the list's indentation, ending with a line break. */
  newItem: (n: number) => string;
  /** The item a user types, in the same form. */
  typedItem: string;
}

function sources(): Record<EditDocument, ListSource> {
  return {
    typical: {
      // The typical CreateListener request ends with its tags: a user adds one at the end, and
      // pastes tags (the one list of the request that takes 50 items).
      document: 'typical',
      yaml: typicalListener(),
      key: 'Tags',
      newItem: (n) => `  - Key: tag-${n}\n    Value: value-${n}\n`,
      typedItem: '  - Key: owner\n    Value: web\n',
    },
    large: {
      document: 'large',
      yaml: largeDescribeListeners(2000),
      key: 'Listeners',
      newItem: (n) => describedListener(2000 + n),
      typedItem: [
        '- Port: 80',
        '  Protocol: HTTP',
        '  DefaultActions:',
        '  - Type: redirect',
        '    Order: 1',
        '    RedirectConfig:',
        '      Protocol: HTTPS',
        "      Port: '443'",
        '      StatusCode: HTTP_301',
        '',
      ].join('\n'),
    },
  };
}

/** The YAML items' values, for their JSON form. */
function itemValues(yamlItems: string): unknown[] {
  const value: unknown = parse(yamlItems);
  if (!Array.isArray(value)) throw new Error('bench: new items must be a YAML list');
  return value;
}

/** Keystrokes typing `text`: one per character, a line break with the next line's indentation. */
function keystrokes(text: string): string[] {
  const strokes: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\n') {
      strokes.push(text[i] as string);
      continue;
    }
    let end = i + 1;
    while (text[end] === ' ') end++;
    strokes.push(text.slice(i, end)); // Enter, and the editor indents the new line
    i = end - 1;
  }
  return strokes;
}

function yamlList(source: ListSource): EditedList {
  const text = source.yaml;
  const list = parseDocument(text).get(source.key, true);
  if (!isSeq(list)) throw new Error(`bench: ${source.key} is not a list`);
  const ranges = list.items.map((item) => {
    if (!isNode(item) || !item.range) throw new Error('bench: an item without a range');
    return item.range;
  });
  const lastRange = ranges.at(-1);
  if (!lastRange) throw new Error(`bench: ${source.key} has no items`);
  // An item starts with its line (the indentation before its `-`); the last one ends with the
  // line of its last value.
  const starts = ranges.map(([start]) => text.lastIndexOf('\n', start - 1) + 1);
  const lastEnd = text.indexOf('\n', lastRange[1] - 1);
  const typeAt = lastEnd < 0 ? text.length : lastEnd;
  starts.push(lastEnd < 0 ? text.length : lastEnd + 1);
  let pasted = '';
  for (let n = 0; n < BLOCK; n++) pasted += source.newItem(n);
  return {
    document: source.document,
    syntax: 'yaml',
    text,
    starts,
    typeAt,
    typed: keystrokes(`\n${source.typedItem.trimEnd()}`),
    pasted,
    middle: editSpots(text, 1)[0] ?? 0,
  };
}

function jsonList(source: ListSource): EditedList {
  const text = asJson(source.yaml);
  const root = parseTree(text);
  const items = (root && findNodeAtLocation(root, [source.key]))?.children ?? [];
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) throw new Error(`bench: ${source.key} is not a list with items`);
  const indent = ' '.repeat(first.offset - (text.lastIndexOf('\n', first.offset) + 1));
  const separator = `,\n${indent}`;
  // A block inserted where an item starts ends with the separator before that item.
  const block = itemValues(Array.from({ length: BLOCK }, (_, n) => source.newItem(n)).join(''))
    .map((value) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`))
    .join(separator);
  // Typed on one line: `, {"Port": 80, …}` after the last item.
  const typedValue = JSON.stringify(itemValues(source.typedItem)[0], null, 1).replace(/\n */g, ' ');
  return {
    document: source.document,
    syntax: 'json',
    text,
    starts: [...items.map((item) => item.offset), last.offset + last.length],
    typeAt: last.offset + last.length,
    typed: keystrokes(`, ${typedValue}`),
    pasted: block + separator,
    middle: jsonTemplateEditSpots(text, 1)[0] ?? 0,
  };
}

/** Times every workload in both ways of syncing, on every document and syntax, in one server. */
async function benchEditsInServer(
  spec: ServerSpec,
  scratch: string,
  lists: readonly EditedList[],
  counts: Record<EditDocument, EditCounts>,
  log: (message: string) => void,
): Promise<EditCaseResults[]> {
  const client = new BenchClient(spec);
  const results: EditCaseResults[] = [];
  try {
    await client.initialize();
    await client.settled();
    for (const list of lists)
      for (const sync of ['ranged', 'full'] as const) {
        log(`  ${list.document} ${list.syntax}, ${sync}`);
        results.push(await editCase(client, scratch, list, sync, counts[list.document]));
      }
  } finally {
    await client.shutdown();
  }
  return results;
}

/** A server that does not say which version its diagnostics are for may publish once more after
 * an open or a burst (a configuration that arrived, a debounce): let it, then forget them. */
async function settle(doc: EditedDocument): Promise<void> {
  if (!doc.client.spec.versionedDiagnostics) await sleep(400);
  doc.client.drop(doc.uri);
}

async function editCase(
  client: BenchClient,
  scratch: string,
  list: EditedList,
  sync: Sync,
  counts: EditCounts,
): Promise<EditCaseResults> {
  const name = `${list.document === 'large' ? 'describe' : 'typical'}-${sync}`;
  const uri = (suffix: string): string =>
    pathToFileURL(path.join(scratch, `${name}-${suffix}.elbv2.${list.syntax}`)).href;
  const open = async (suffix: string): Promise<EditedDocument> => {
    const doc = new EditedDocument(client, uri(suffix), list.text, [list.middle], 2, list.syntax);
    await doc.open();
    await settle(doc);
    return doc;
  };
  const close = async (doc: EditedDocument): Promise<void> => {
    await client.close(doc.uri);
    await sleep(20);
    client.drop(doc.uri);
  };

  // 2. The first keystroke after opening, each time in a fresh copy.
  const firstKeystroke: number[] = [];
  for (let i = 0; i < counts.firstOpens; i++) {
    const doc = await open(`first-${i}`);
    firstKeystroke.push(await doc.timedEdit(list.middle, 0, 'x', sync));
    await close(doc);
  }

  const doc = await open('edit');
  // Untimed keystrokes first, each typed and deleted again, so the document is back to its start;
  // each waits for its diagnostics, as a server that does not say their version needs.
  for (let i = 0; i < counts.warmup; i++) {
    await doc.timedEdit(list.middle, 0, 'x', sync);
    await doc.timedEdit(list.middle, 1, '', sync);
  }
  await settle(doc);

  // 3–5. Paste a block between the items in the middle, delete a block, and undo each. A list
  // too short for a block of its own deletes the pasted one, then undoes the delete and the paste.
  const samples = {
    paste: [] as number[],
    delete: [] as number[],
    undoPaste: [] as number[],
    undoDelete: [] as number[],
  };
  const items = list.starts.length - 1;
  const at = list.starts[Math.floor(items / 2)] as number;
  const pastedLength = list.pasted.length;
  for (let round = 0; round < counts.rounds; round++) {
    samples.paste.push(await doc.timedEdit(at, 0, list.pasted, sync));
    if (items > BLOCK) {
      samples.undoPaste.push(await doc.timedEdit(at, pastedLength, '', sync));
      const from = list.starts[Math.floor((items - BLOCK) / 2)] as number;
      const to = list.starts[Math.floor((items - BLOCK) / 2) + BLOCK] as number;
      const deleted = list.text.slice(from, to);
      samples.delete.push(await doc.timedEdit(from, to - from, '', sync));
      samples.undoDelete.push(await doc.timedEdit(from, 0, deleted, sync));
    } else {
      samples.delete.push(await doc.timedEdit(at, pastedLength, '', sync));
      samples.undoDelete.push(await doc.timedEdit(at, 0, list.pasted, sync));
      samples.undoPaste.push(await doc.timedEdit(at, pastedLength, '', sync));
    }
  }
  if (doc.text !== list.text) throw new Error(`bench: ${doc.uri} did not come back to its text`);

  // 1. Typing new items after the last one, a character at a time.
  const endKeystroke: number[] = [];
  let cursor = list.typeAt;
  for (let i = 0; i < counts.endStrokes; i++) {
    const stroke = list.typed[i % list.typed.length] as string;
    endKeystroke.push(await doc.timedEdit(cursor, 0, stroke, sync));
    cursor += stroke.length;
  }
  await close(doc);

  return {
    document: list.document,
    syntax: list.syntax,
    sync,
    workloads: {
      endKeystroke: summarize(endKeystroke),
      firstKeystroke: summarize(firstKeystroke),
      paste: summarize(samples.paste),
      delete: summarize(samples.delete),
      undoPaste: summarize(samples.undoPaste),
      undoDelete: summarize(samples.undoDelete),
    },
  };
}

function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The editing rows for each server, one server process each. */
export async function benchEdits(
  specs: readonly ServerSpec[],
  scratch: string,
  quick: boolean,
  log: (message: string) => void,
): Promise<EditResults> {
  const listSources = sources();
  const lists = Object.values(listSources).flatMap((source) => [yamlList(source), jsonList(source)]);
  const described = (document: EditDocument): EditResults['documents'][EditDocument] => {
    const size = (syntax: EditSyntax): { lines: number; bytes: number } => {
      const text = lists.find((l) => l.document === document && l.syntax === syntax)?.text ?? '';
      return { lines: lineCount(text), bytes: Buffer.byteLength(text) };
    };
    const items = (lists.find((l) => l.document === document)?.starts.length ?? 1) - 1;
    return { list: listSources[document].key, items, yaml: size('yaml'), json: size('json') };
  };
  const documents = { typical: described('typical'), large: described('large') };
  const counts = editCounts(quick);
  const results: EditResults = { block: BLOCK, documents, counts, servers: {} };
  for (const spec of specs) {
    log(`— ${spec.name}: editing as editors do`);
    results.servers[spec.name] = await benchEditsInServer(spec, scratch, lists, counts, log);
  }
  return results;
}
