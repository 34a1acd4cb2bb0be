// The measurements, each driving one server the way an editor does: open, type, ask.
import { spawn } from 'node:child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { BenchClient, sleep, type ServerSpec } from './lsp';

/**
 * Offsets at the end of `count` lines that hold a `key: value` scalar, spread over the text (or
 * over the lines from `from` on whose key `accept` takes).
 */
export function editSpots(
  text: string,
  count: number,
  from = 0,
  accept: (key: string) => boolean = () => true,
): number[] {
  const lines: { end: number; key: number; value: number }[] = [];
  const pattern = /^([ -]*)([A-Za-z]+): (\S[^\n]*)$/gm;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!accept(m[2] ?? '')) continue;
    const key = m.index + (m[1]?.length ?? 0);
    lines.push({ end: m.index + m[0].length, key, value: key + (m[2]?.length ?? 0) + 2 });
  }
  const spots: number[] = [];
  for (let i = 0; i < count; i++) {
    const line = lines[Math.floor(((i + 0.5) * lines.length) / count)];
    if (line) spots.push(line.end);
  }
  return spots;
}

/** Cursor positions for completion and hover: keys and values of lines spread over the text. */
export function cursorSpots(text: string, count: number): { completion: number[]; hover: number[] } {
  const completion: number[] = [];
  const hover: number[] = [];
  const pattern = /^([ -]*)([A-Za-z]+): (\S[^\n]*)$/gm;
  const lines: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) lines.push(m);
  for (let i = 0; i < count; i++) {
    const m = lines[Math.floor(((i + 0.5) * lines.length) / count)];
    if (!m) continue;
    const key = m.index + (m[1]?.length ?? 0);
    const keyLength = m[2]?.length ?? 0;
    const value = key + keyLength + 2;
    // Alternate a value position (cursor after the value's text) and a key position.
    completion.push(i % 2 === 0 ? m.index + m[0].length : key + 1);
    hover.push(i % 2 === 0 ? key + Math.floor(keyLength / 2) : value + 1);
  }
  return { completion, hover };
}

/**
 * Keystrokes as an editor sends them: at each spot in turn, type `perSpot / 2` characters and
 * delete them again with backspace, so the document is back to its start after each spot.
 */
export function* keystrokes(
  spots: readonly number[],
  perSpot: number,
): Generator<{ offset: number; insert: boolean }> {
  const half = Math.max(1, Math.floor(perSpot / 2));
  for (let round = 0; ; round++) {
    const spot = spots[round % spots.length] as number;
    for (let i = 0; i < half; i++) yield { offset: spot + i, insert: true };
    for (let i = half - 1; i >= 0; i--) yield { offset: spot + i, insert: false };
  }
}

/** How a client sends a change: the edited range and its new text, or the whole new text. */
export type Sync = 'ranged' | 'full';

/** An open document the benchmark edits, tracked on the client side to compute positions. */
export class EditedDocument {
  version = 1;
  private document: TextDocument;
  private readonly strokes: Generator<{ offset: number; insert: boolean }>;

  constructor(
    readonly client: BenchClient,
    readonly uri: string,
    text: string,
    spots: readonly number[],
    perSpot: number,
    readonly languageId = 'yaml',
  ) {
    this.document = TextDocument.create(uri, languageId, 1, text);
    this.strokes = keystrokes(spots, perSpot);
  }

  get text(): string {
    return this.document.getText();
  }

  /** Opens the document; milliseconds to its first diagnostics. */
  async open(): Promise<number> {
    const start = performance.now();
    await this.client.open(this.uri, this.text, this.version, this.languageId);
    const p = await this.client.diagnostics(this.uri, this.version);
    return p.at - start;
  }

  /** Sends the next keystroke; returns its version. */
  async stroke(): Promise<number> {
    const next = this.strokes.next().value as { offset: number; insert: boolean };
    return next.insert ? this.edit(next.offset, 0, 'x') : this.edit(next.offset, 1, '');
  }

  /**
   * Replaces `length` characters at `offset` with `text`, in one change: a ranged one, or with
   * `sync: 'full'` the whole new text without a range (as a client that syncs full documents sends
   * it). Returns the new version.
   */
  async edit(offset: number, length: number, text: string, sync: Sync = 'ranged'): Promise<number> {
    const range = { start: this.document.positionAt(offset), end: this.document.positionAt(offset + length) };
    const ranged: TextDocumentContentChangeEvent = { range, text };
    this.version++;
    this.document = TextDocument.update(this.document, [ranged], this.version);
    const change: TextDocumentContentChangeEvent =
      sync === 'full' ? { text: this.document.getText() } : ranged;
    await this.client.change(this.uri, this.version, [change]);
    return this.version;
  }

  /** One `edit`; milliseconds until the diagnostics of its version arrive. */
  async timedEdit(offset: number, length: number, text: string, sync: Sync = 'ranged'): Promise<number> {
    const start = performance.now();
    const version = await this.edit(offset, length, text, sync);
    const p = await this.client.diagnostics(this.uri, version);
    return p.at - start;
  }

  /** One keystroke; milliseconds until the diagnostics of its version arrive. */
  async timedStroke(): Promise<number> {
    const start = performance.now();
    const version = await this.stroke();
    const p = await this.client.diagnostics(this.uri, version);
    return p.at - start;
  }

  /** `count` keystrokes, waiting for diagnostics after every `waitEvery`-th one. */
  async typeMany(count: number, waitEvery: number): Promise<void> {
    for (let i = 1; i <= count; i++) {
      const version = await this.stroke();
      if (i % waitEvery === 0 || i === count) await this.client.diagnostics(this.uri, version);
    }
    // A debouncing server may still publish for a burst it had started on: let it, then forget
    // the publications nobody waited for.
    if (!this.client.spec.versionedDiagnostics) await sleep(400);
    this.client.drop(this.uri);
  }

  positionAt(offset: number): { line: number; character: number } {
    return this.document.positionAt(offset);
  }
}

/** Milliseconds per request at each position in turn, `n` requests. */
export async function timeRequests(
  doc: EditedDocument,
  method: 'textDocument/completion' | 'textDocument/hover',
  offsets: readonly number[],
  n: number,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const offset = offsets[i % offsets.length] as number;
    const start = performance.now();
    await doc.client.request(method, {
      textDocument: { uri: doc.uri },
      position: doc.positionAt(offset),
    });
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface ColdStart {
  initialize: number;
  firstDiagnostics: number;
}

/** Spawn → initialize result, and spawn → first diagnostics of a document with one mistake. */
export async function coldStart(spec: ServerSpec, uri: string, text: string): Promise<ColdStart> {
  const client = new BenchClient(spec);
  try {
    const initialize = await client.initialize();
    await client.open(uri, text);
    // Wait for diagnostics that report the mistake: a server may first publish before its
    // configuration (and schema) has arrived.
    for (;;) {
      const p = await client.diagnostics(uri, undefined, 60_000);
      if (p.count > 0) return { initialize, firstDiagnostics: p.at - client.spawnedAt };
    }
  } finally {
    await client.shutdown();
  }
}

/**
 * Wall time of a command, process start included; milliseconds. `failed` says from the exit code
 * and stderr whether the run went wrong (by default: an exit code other than 0 or 1).
 */
export function timeCommand(
  command: string,
  args: readonly string[],
  cwd: string,
  failed: (code: number | null, stderr: string) => boolean = (code) => code !== 0 && code !== 1,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      if (failed(code, stderr))
        reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`));
      else resolve(ms);
    });
  });
}
