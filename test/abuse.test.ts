// Protocol abuse: the built server, spawned over stdio, driven by a client that breaks the rules.
// Whatever arrives, the server answers or errors as LSP 3.17 and JSON-RPC 2.0 say, and keeps
// serving the documents that are fine.
//
// What it does with each kind of abuse (also stated in the README's Security section):
// - a request before `initialize`: error -32002 (ServerNotInitialized); notifications before it
//   are dropped, `exit` excepted;
// - a request after `shutdown`: error -32600 (InvalidRequest); `exit` then ends the process with 0,
//   and `exit` without `shutdown` with 1;
// - an unknown request: error -32601 (MethodNotFound); an unknown notification is ignored;
// - a well-framed body that is not JSON, or JSON that is not a JSON-RPC message: skipped (no id
//   can be read from it, so there is nothing to answer; vscode-jsonrpc logs the second kind);
// - a request for a document never opened: an empty answer (null or []);
// - didChange for a document never opened: ignored; with a range outside the document: the range
//   is clamped to the document (as vscode-languageserver-textdocument does); with a version that
//   is not newer: applied all the same, in the order received (LSP says the client sends changes
//   in order; the number only labels the result), and diagnostics carry that version;
// - $/cancelRequest: every request still gets exactly one response, a result or -32800.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../server/src/server/convert';
import { createLanguageService } from '../server/src/service/languageService';
import { builtCli } from './support/builtCli';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/cli.js');

const VALID = ['Name: my-targets', 'Protocol: HTTP', 'Port: 80', 'VpcId: vpc-3ac0fb5f', ''].join('\n');
const INVALID = VALID.replace('Port: 80', 'Port: 70000');

interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: unknown; code?: string; message: string; severity?: number }[];
}

/** A client that writes frames exactly as told and reads every frame the server writes. */
class RawClient {
  readonly received: Message[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private nextId = 1000;
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => this.read(chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static spawn(): RawClient {
    return new RawClient(spawn(process.execPath, [CLI, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Frames each body (a string is sent as is, anything else as JSON) and writes them in one chunk. */
  write(...bodies: unknown[]): void {
    const frames = bodies.map((b) => {
      const body = Buffer.from(typeof b === 'string' ? b : JSON.stringify(b), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.child.stdin?.write(Buffer.concat(frames));
  }

  request(method: string, params?: unknown): { id: number; response: Promise<Message> } {
    const id = this.nextId++;
    this.write({ jsonrpc: '2.0', id, method, params });
    return { id, response: this.waitFor((m) => m.id === id && m.method === undefined) };
  }

  notify(method: string, params?: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  async initialize(): Promise<void> {
    const { response } = this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    assert.ok((await response).result, 'initialize failed');
    this.notify('initialized', {});
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  waitFor(test: (m: Message) => boolean, timeoutMs = 20_000): Promise<Message> {
    const found = this.received.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such message within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        test,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** The diagnostics published for a document (with a version, when given). */
  async diagnostics(uri: string, version?: number): Promise<PublishedDiagnostics> {
    const message = await this.waitFor((m) => {
      const p = m.params as PublishedDiagnostics | undefined;
      return (
        m.method === 'textDocument/publishDiagnostics' &&
        p?.uri === uri &&
        (version === undefined || p.version === version)
      );
    });
    return message.params as PublishedDiagnostics;
  }

  kill(): void {
    this.child.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1],
      );
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      const message = JSON.parse(body) as Message;
      this.received.push(message);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(message)) return true;
        w.resolve(message);
        return false;
      });
    }
  }
}

const service = createLanguageService();

/** What a fresh check of the text says, as the server should publish it. */
function expectedDiagnostics(uri: string, text: string): string[] {
  const document = TextDocument.create(uri, 'yaml', 0, text);
  return service
    .check({ text, syntax: 'yaml', named: true })
    .findings.map((f) => toDiagnostic(document, f))
    .map((d) => `${String(d.code)} ${JSON.stringify(d.range)}`)
    .sort();
}

function summary(p: PublishedDiagnostics): string[] {
  return p.diagnostics.map((d) => `${String(d.code)} ${JSON.stringify(d.range)}`).sort();
}

function errorCode(m: Message): number | undefined {
  return m.error?.code;
}

describe('protocol abuse (the built server over stdio)', () => {
  const clients: RawClient[] = [];
  const start = (): RawClient => {
    const client = RawClient.spawn();
    clients.push(client);
    return client;
  };

  before(() => {
    builtCli();
  });
  after(() => {
    for (const c of clients) c.kill();
  });

  test('a request before initialize gets ServerNotInitialized; notifications before it are dropped', async () => {
    const client = start();
    const early = client.request('textDocument/hover', {
      textDocument: { uri: 'file:///early.elbv2.yaml' },
      position: { line: 0, character: 0 },
    });
    assert.equal(errorCode(await early.response), -32002);
    const unknown = client.request('elbv2/unknown', {});
    assert.equal(errorCode(await unknown.response), -32002);
    client.open('file:///early.elbv2.yaml', INVALID);
    await client.initialize();
    const symbols = client.request('textDocument/documentSymbol', {
      textDocument: { uri: 'file:///early.elbv2.yaml' },
    });
    assert.deepEqual((await symbols.response).result, [], 'the document opened before initialize was kept');
    assert.ok(
      !client.received.some((m) => m.method === 'textDocument/publishDiagnostics'),
      'diagnostics were published for a document opened before initialize',
    );
  });

  test('unknown requests get MethodNotFound; unknown notifications are ignored', async () => {
    const client = start();
    await client.initialize();
    client.notify('elbv2/unknownNotification', { x: 1 });
    client.notify('$/unknownNotification', {});
    assert.equal(errorCode(await client.request('elbv2/unknownRequest', {}).response), -32601);
    assert.equal(errorCode(await client.request('$/unknownRequest', {}).response), -32601);
    client.open('file:///after-unknown.elbv2.yaml', INVALID);
    assert.deepEqual(
      summary(await client.diagnostics('file:///after-unknown.elbv2.yaml')),
      expectedDiagnostics('file:///after-unknown.elbv2.yaml', INVALID),
    );
  });

  test('bodies that are not JSON, or not JSON-RPC, are skipped and the server keeps serving', async () => {
    const client = start();
    await client.initialize();
    client.open('file:///before-garbage.elbv2.yaml', INVALID);
    await client.diagnostics('file:///before-garbage.elbv2.yaml');
    client.write(
      'this is not JSON',
      '{"unterminated": ',
      '\u0000\u0001\u0002',
      '\uD83D not even valid UTF-16',
      '42',
      '[1, 2, 3]',
      '{"foo": 1}',
      'null',
      { jsonrpc: '2.0', id: 7, method: 5 },
      { jsonrpc: '2.0', id: { nested: true }, method: 'shutdown' },
      { jsonrpc: '2.0', id: 8, result: 'a response to nothing' },
    );
    // A request whose params are not what the method takes is still answered.
    const odd = client.request('textDocument/hover', 'not an object');
    const response = await odd.response;
    assert.ok('result' in response || 'error' in response);
    const hover = client.request('textDocument/hover', {
      textDocument: { uri: 'file:///before-garbage.elbv2.yaml' },
      position: { line: 2, character: 1 },
    });
    assert.ok((await hover.response).result, 'no hover after garbage');
    client.open('file:///after-garbage.elbv2.yaml', INVALID);
    assert.deepEqual(
      summary(await client.diagnostics('file:///after-garbage.elbv2.yaml')),
      expectedDiagnostics('file:///after-garbage.elbv2.yaml', INVALID),
    );
    assert.ok(
      !client.received.some((m) => m.id === 7 || m.id === 8),
      'a message that is neither a request nor a notification was answered',
    );
  });

  test('requests for documents never opened get empty answers', async () => {
    const client = start();
    await client.initialize();
    const uri = 'file:///never-opened.elbv2.yaml';
    const position = { line: 0, character: 0 };
    const answers = await Promise.all([
      client.request('textDocument/hover', { textDocument: { uri }, position }).response,
      client.request('textDocument/completion', { textDocument: { uri }, position }).response,
      client.request('textDocument/documentSymbol', { textDocument: { uri } }).response,
      client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }).response,
    ]);
    assert.deepEqual(
      answers.map((a) => a.result),
      [null, null, [], []],
    );
    // didChange and didClose for it are ignored.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: INVALID }],
    });
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const still = await client.request('textDocument/documentSymbol', { textDocument: { uri } }).response;
    assert.deepEqual(still.result, []);
  });

  test('didChange: versions out of order, a version sent twice, ranges outside the document', async () => {
    const client = start();
    await client.initialize();
    const uri = 'file:///changes.elbv2.yaml';
    let mirror = TextDocument.create(uri, 'yaml', 5, INVALID);
    client.open(uri, INVALID, 5);
    assert.deepEqual(summary(await client.diagnostics(uri, 5)), expectedDiagnostics(uri, mirror.getText()));

    // An older version number: applied all the same, published with that number.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: VALID }],
    });
    mirror = TextDocument.update(mirror, [{ text: VALID }], 3);
    assert.deepEqual(summary(await client.diagnostics(uri, 3)), expectedDiagnostics(uri, mirror.getText()));

    // The same number again with other text: the new text is checked, not the cached analysis.
    const again = {
      range: { start: { line: 2, character: 6 }, end: { line: 2, character: 8 } },
      text: '99999',
    };
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [again] });
    mirror = TextDocument.update(mirror, [again], 3);
    const republished = await client.waitFor(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        (m.params as PublishedDiagnostics).uri === uri &&
        (m.params as PublishedDiagnostics).diagnostics.length > 0,
    );
    assert.deepEqual(
      summary(republished.params as PublishedDiagnostics),
      expectedDiagnostics(uri, mirror.getText()),
    );

    // Ranges past the last line, past the end of a line, and reversed: clamped, as the mirror does.
    const outside = [
      { range: { start: { line: 100, character: 0 }, end: { line: 200, character: 5 } }, text: 'Extra: 1\n' },
      { range: { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, text: '' },
      { range: { start: { line: 3, character: 4 }, end: { line: 1, character: 0 } }, text: '' },
    ];
    client.notify('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: outside });
    mirror = TextDocument.update(mirror, outside, 9);
    assert.deepEqual(summary(await client.diagnostics(uri, 9)), expectedDiagnostics(uri, mirror.getText()));

    // Malformed changes: the notification fails, the server keeps serving the document.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 10 },
      contentChanges: 'not a list',
    });
    client.notify('textDocument/didChange', {
      textDocument: { uri },
      contentChanges: [{ range: 'nowhere' }],
    });
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } }).response;
    assert.ok(Array.isArray(symbols.result));
  });

  test('$/cancelRequest: every request gets exactly one response, a result or RequestCancelled', async () => {
    const client = start();
    await client.initialize();
    const uri = 'file:///cancel.elbv2.yaml';
    client.open(uri, INVALID);
    await client.diagnostics(uri);
    const ids: number[] = [];
    const frames: unknown[] = [];
    for (let i = 0; i < 50; i++) {
      const id = 5000 + i;
      ids.push(id);
      frames.push({
        jsonrpc: '2.0',
        id,
        method: i % 2 ? 'textDocument/hover' : 'textDocument/completion',
        params: { textDocument: { uri }, position: { line: i % 4, character: 3 } },
      });
      if (i % 3 === 0) frames.push({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } });
    }
    frames.push({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 999_999 } }); // never sent
    client.write(...frames);
    await Promise.all(ids.map((id) => client.waitFor((m) => m.id === id)));
    await client.request('textDocument/documentSymbol', { textDocument: { uri } }).response;
    for (const id of ids) {
      const responses = client.received.filter((m) => m.id === id);
      assert.equal(responses.length, 1, `request ${id} got ${responses.length} responses`);
      const [r] = responses;
      assert.ok(r && ('result' in r || r.error?.code === -32800), `request ${id}: ${JSON.stringify(r)}`);
    }
  });

  test('1,000 documents open at once', async () => {
    const client = start();
    await client.initialize();
    const uris = Array.from({ length: 1000 }, (_, i) => `file:///many/${i}.elbv2.yaml`);
    client.write(
      ...uris.map((uri, i) => ({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'yaml', version: 1, text: i % 2 ? INVALID : VALID } },
      })),
    );
    const published = await Promise.all(uris.map((uri) => client.diagnostics(uri)));
    published.forEach((p, i) => assert.equal(p.diagnostics.length > 0, i % 2 === 1, p.uri));
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: uris[999] },
      position: { line: 2, character: 1 },
    }).response;
    assert.ok(hover.result);
    client.write(
      ...uris.map((uri) => ({
        jsonrpc: '2.0',
        method: 'textDocument/didClose',
        params: { textDocument: { uri } },
      })),
    );
    // Closing clears what was published.
    await client.waitFor(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        (m.params as PublishedDiagnostics).uri === uris[999] &&
        (m.params as PublishedDiagnostics).diagnostics.length === 0,
    );
  });

  test('shutdown, then requests get InvalidRequest, then exit ends with code 0', async () => {
    const client = start();
    await client.initialize();
    assert.equal((await client.request('shutdown').response).result, null);
    const late = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///x.elbv2.yaml' },
      position: { line: 0, character: 0 },
    }).response;
    assert.equal(errorCode(late), -32600);
    client.notify('exit');
    assert.equal(await client.exited, 0);
  });

  test('exit without shutdown ends with code 1, before initialize too', async () => {
    const initialized = start();
    await initialized.initialize();
    initialized.notify('exit');
    assert.equal(await initialized.exited, 1);
    const fresh = start();
    fresh.notify('exit');
    assert.equal(await fresh.exited, 1);
  });
});
