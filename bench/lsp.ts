// A minimal LSP client for the benchmark: spawns any language server over stdio, as an editor
// does, answers its configuration requests, and times requests and diagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

export interface ServerSpec {
  /** Short name for the table. */
  name: string;
  command: string;
  args: string[];
  /** Settings per section, as `workspace/configuration` asks for them. */
  settings: Record<string, unknown>;
  /** Whether the server says which document version its diagnostics are for. */
  versionedDiagnostics: boolean;
}

export interface Publication {
  uri: string;
  version: number | undefined;
  count: number;
  /** performance.now() when the client read it. */
  at: number;
}

type Waiter = { test: (p: Publication) => boolean; resolve: (p: Publication) => void };

export class BenchClient {
  readonly spawnedAt: number;
  private readonly child: ChildProcess;
  private readonly connection: ProtocolConnection;
  private waiters: Waiter[] = [];
  /** Publications nobody has waited for yet, per document. */
  private readonly unclaimed = new Map<string, Publication[]>();
  configurationRequests = 0;
  stderr = '';

  constructor(readonly spec: ServerSpec) {
    this.spawnedAt = performance.now();
    this.child = spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (d: Buffer) => {
      if (this.stderr.length < 10000) this.stderr += d.toString();
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout as Readable),
      new StreamMessageWriter(this.child.stdin as Writable),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const p: Publication = {
        uri: params.uri,
        version: params.version,
        count: params.diagnostics.length,
        at: performance.now(),
      };
      const waiter = this.waiters.find((w) => w.test(p));
      if (waiter) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(p);
        return;
      }
      const list = this.unclaimed.get(p.uri) ?? [];
      list.push(p);
      this.unclaimed.set(p.uri, list);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section ? (spec.settings[item.section] ?? null) : null));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async initialize(): Promise<number> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    const at = performance.now();
    await this.connection.sendNotification('initialized', {});
    return at - this.spawnedAt;
  }

  /** Waits until the server has pulled its configuration (both servers do after `initialized`). */
  async settled(quietMs = 300): Promise<void> {
    let seen = -1;
    while (seen !== this.configurationRequests) {
      seen = this.configurationRequests;
      await sleep(quietMs);
    }
  }

  async open(uri: string, text: string, version = 1, languageId = 'yaml'): Promise<void> {
    this.unclaimed.delete(uri);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /**
   * The diagnostics of `version`: the publication carrying that version, or for a server that
   * does not say, the next publication for the document (the caller sends one change at a time).
   */
  diagnostics(uri: string, version: number | undefined, timeoutMs = 120_000): Promise<Publication> {
    const test = (p: Publication): boolean =>
      p.uri === uri && (!this.spec.versionedDiagnostics || version === undefined || p.version === version);
    const list = this.unclaimed.get(uri) ?? [];
    const early = list.find(test);
    if (early) {
      list.splice(list.indexOf(early), 1);
      return Promise.resolve(early);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`${this.spec.name}: no diagnostics for ${uri} v${version} in ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Forgets publications nobody waited for (e.g. a re-validation after settings arrived). */
  drop(uri: string): void {
    this.unclaimed.delete(uri);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** The resident set size of the server process, in bytes (Linux; NaN elsewhere). */
  rss(): number {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : NaN;
    } catch {
      return NaN;
    }
  }

  async shutdown(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 5000);
      await this.connection.sendNotification('exit');
      await withTimeout(exited, 5000);
    } catch {
      // a server that does not stop is stopped
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
