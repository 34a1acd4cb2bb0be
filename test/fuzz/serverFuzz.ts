// The server fuzzer: opens seed documents in a spawned server, sends mutations of them as
// didChange notifications (full and incremental, ranges past the end, versions out of order),
// asks for completion and hover at random positions meanwhile, and then checks that every
// request was answered, every published range lies inside the text it was published for, and
// the final diagnostics are those a fresh in-process check of the final text gives.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CompletionList, Diagnostic, DocumentSymbol, Hover, Range } from 'vscode-languageserver/node';
import { toDiagnostic } from '../../server/src/server/convert';
import { createLanguageService, isElbv2FileName } from '../../server/src/service/languageService';
import type { LspClient } from '../support/lspClient';
import { mutatorsFor } from './mutators';
import { Random } from './random';
import type { Seed } from './seeds';

export interface ServerFuzzOptions {
  /** Also the mutators that make megabytes (mutators.ts); true unless said. */
  heavyMutations?: boolean;
  seed: number;
  seeds: readonly Seed[];
  maxInputs: number;
  budgetMs: number;
  /** didChange notifications per document. */
  edits?: number;
  log?: (line: string) => void;
}

export interface ServerFailure {
  signature: string;
  message: string;
  origin: string;
  /** The final text of the document. */
  text: string;
}

export interface ServerFuzzReport {
  inputs: number;
  changes: number;
  requests: number;
  durationMs: number;
  failures: ServerFailure[];
}

const REQUEST_TIMEOUT_MS = 30_000;

export async function fuzzServer(client: LspClient, options: ServerFuzzOptions): Promise<ServerFuzzReport> {
  const service = createLanguageService();
  const master = new Random(options.seed);
  const started = performance.now();
  const report: ServerFuzzReport = { inputs: 0, changes: 0, requests: 0, durationMs: 0, failures: [] };
  const seen = new Set<string>();
  const fail = (signature: string, message: string, origin: string, text: string): void => {
    if (seen.has(signature)) return;
    seen.add(signature);
    options.log?.(`${origin}: ${message}`);
    report.failures.push({ signature, message, origin, text });
  };

  while (report.inputs < options.maxInputs && performance.now() - started < options.budgetMs) {
    const index = report.inputs;
    const rng = master.fork();
    const seed = rng.pick(options.seeds);
    const named = rng.chance(0.8);
    const extension = seed.syntax === 'json' ? 'json' : 'yaml';
    const uri = `file:///fuzz/${options.seed}-${index}${named ? '.elbv2' : ''}.${extension}`;
    let origin = `server input ${index}: ${seed.name}`;
    report.inputs += 1;

    let mirror = TextDocument.create(uri, seed.syntax, 1, seed.text);
    /** The text each version number was sent with; undefined once a number was sent twice. */
    const texts = new Map<number, string | undefined>([[1, seed.text]]);
    let highest = 1;
    const pending: Promise<void>[] = [];
    await client.open(uri, seed.syntax, seed.text, 1);

    const edits = options.edits ?? 6;
    for (let k = 0; k < edits; k++) {
      const mutator = rng.pick(mutatorsFor(options.heavyMutations ?? true));
      const next = mutator.apply(mirror.getText(), rng, {
        syntax: seed.syntax,
        other: rng.pick(options.seeds).text,
      });
      origin += ` + ${mutator.name}`;
      const last = k === edits - 1;
      // The last change gets a fresh number, so that its diagnostics can be told apart.
      const version = !last && rng.chance(0.15) ? rng.between(0, highest) : ++highest;
      const changes = changesBetween(mirror, next, rng);
      mirror = TextDocument.update(mirror, changes, version);
      texts.set(version, texts.has(version) ? undefined : mirror.getText());
      await client.change(uri, version, changes);
      report.changes += 1;
      if (rng.chance(0.5)) {
        // A copy: TextDocument.update changes the document it is given.
        const snapshot = TextDocument.create(uri, seed.syntax, version, mirror.getText());
        const position = randomPosition(snapshot, rng);
        const method = rng.pick(['textDocument/completion', 'textDocument/hover']);
        report.requests += 1;
        pending.push(
          answered(client.request<CompletionList | Hover | null>(method, { textDocument: { uri }, position }))
            .then((result) => {
              const problem = resultProblem(snapshot, result);
              if (problem)
                fail(
                  `${method}: ${problem.replace(/\d+/g, '#')}`,
                  `${method}: ${problem}`,
                  origin,
                  snapshot.getText(),
                );
            })
            .catch((error: unknown) =>
              fail(
                `${method}: ${String(error)}`,
                `${method} failed: ${String(error)}`,
                origin,
                snapshot.getText(),
              ),
            ),
        );
      }
    }
    await Promise.all(pending);

    const finalText = mirror.getText();
    try {
      report.requests += 1;
      const symbols = await answered(
        client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }),
      );
      const problem = symbolsProblem(mirror, symbols);
      if (problem)
        fail(
          `documentSymbol: ${problem.replace(/\d+/g, '#')}`,
          `documentSymbol: ${problem}`,
          origin,
          finalText,
        );
    } catch (error) {
      fail(`documentSymbol: ${String(error)}`, `documentSymbol failed: ${String(error)}`, origin, finalText);
    }

    const expected = service
      .check({ text: finalText, syntax: seed.syntax, named: isElbv2FileName(uri) })
      .findings.map((f) => toDiagnostic(mirror, f));
    if (expected.length > 0) {
      try {
        const published = await client.diagnostics(uri, (p) => p.version === highest, REQUEST_TIMEOUT_MS);
        const difference = compare(expected, published.diagnostics);
        if (difference)
          fail(`diagnostics differ from a fresh check`, `diagnostics ${difference}`, origin, finalText);
      } catch (error) {
        fail('no diagnostics for the last version', String(error), origin, finalText);
      }
    }
    for (const p of client.history.filter((h) => h.uri === uri)) {
      const text = p.version === undefined ? undefined : texts.get(p.version);
      if (text === undefined) continue;
      const document = TextDocument.create(uri, seed.syntax, p.version ?? 0, text);
      for (const d of p.diagnostics) {
        const problem = rangeProblem(document, d.range);
        if (problem)
          fail(
            `published range: ${problem.replace(/\d+/g, '#')}`,
            `diagnostic ${String(d.code)}: ${problem}`,
            origin,
            text,
          );
      }
    }
    await client.close(uri);
    // Forget this document's publications: the history would otherwise grow with every input.
    client.history.splice(0, client.history.length, ...client.history.filter((h) => h.uri !== uri));
    client.published.splice(0, client.published.length, ...client.published.filter((h) => h.uri !== uri));
    if (index % 1000 === 999)
      options.log?.(`${index + 1} server inputs, ${Math.round((performance.now() - started) / 1000)} s`);
  }
  report.durationMs = performance.now() - started;
  return report;
}

function answered<T>(request: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
      REQUEST_TIMEOUT_MS,
    );
    request.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The change from the mirror's text to `next`: the whole text, or the span that differs. */
function changesBetween(mirror: TextDocument, next: string, rng: Random): TextDocumentContentChangeEvent[] {
  if (rng.chance(0.3)) return [{ text: next }];
  const text = mirror.getText();
  let prefix = 0;
  const limit = Math.min(text.length, next.length);
  while (prefix < limit && text.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    text.charCodeAt(text.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  )
    suffix++;
  const range = { start: mirror.positionAt(prefix), end: mirror.positionAt(text.length - suffix) };
  const change = { range, text: next.slice(prefix, next.length - suffix) };
  if (!rng.chance(0.1)) return [change];
  // A buggy client: an extra insertion at a range past the end of the document (clamped by both).
  const past = { line: mirror.lineCount + rng.int(5), character: rng.int(200) };
  return [change, { range: { start: past, end: past }, text: '' }];
}

function randomPosition(document: TextDocument, rng: Random): { line: number; character: number } {
  return { line: rng.int(document.lineCount + 1), character: rng.int(60) };
}

function resultProblem(document: TextDocument, result: CompletionList | Hover | null): string | undefined {
  if (result === null) return undefined;
  if ('items' in result) {
    for (const item of result.items) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) {
        const problem = rangeProblem(document, edit.range);
        if (problem) return `item ${JSON.stringify(item.label)}: ${problem}`;
      }
    }
    return undefined;
  }
  return result.range ? rangeProblem(document, result.range) : undefined;
}

function symbolsProblem(document: TextDocument, symbols: readonly DocumentSymbol[]): string | undefined {
  for (const s of symbols) {
    const problem =
      rangeProblem(document, s.range) ??
      rangeProblem(document, s.selectionRange) ??
      (s.name === '' ? 'an empty name' : undefined) ??
      (before(s.selectionRange.start, s.range.start) || before(s.range.end, s.selectionRange.end)
        ? 'a selection range outside its range'
        : undefined) ??
      symbolsProblem(document, s.children ?? []);
    if (problem) return `${JSON.stringify(s.name)}: ${problem}`;
  }
  return undefined;
}

/** Why a protocol range does not fit the document, as VS Code counts lines and columns. */
function rangeProblem(document: TextDocument, range: Range): string | undefined {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
      return `position ${JSON.stringify(p)} is not a position`;
    if (p.line >= document.lineCount)
      return `line ${p.line} is past the last line (${document.lineCount - 1})`;
    const start = document.offsetAt({ line: p.line, character: 0 });
    const end = document.offsetAt({ line: p.line, character: Number.MAX_SAFE_INTEGER });
    if (p.character > end - start)
      return `column ${p.character} is past the end of line ${p.line} (${end - start})`;
  }
  if (before(range.end, range.start)) return 'the range ends before it starts';
  return undefined;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function compare(expected: readonly Diagnostic[], actual: readonly Diagnostic[]): string | undefined {
  const key = (d: Diagnostic): string =>
    `${String(d.code)} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${typeof d.message === 'string' ? d.message : ''}`;
  const a = expected.map(key).sort();
  const b = actual.map(key).sort();
  const missing = a.filter((k) => !b.includes(k));
  const extra = b.filter((k) => !a.includes(k));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return `missing ${JSON.stringify(missing.slice(0, 3))}, extra ${JSON.stringify(extra.slice(0, 3))}`;
}
