// A small LSP client for protocol tests: the same API over an in-process stream pair or a
// spawned server binary, the way an editor drives it.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { PortMessageReader, PortMessageWriter } from 'vscode-jsonrpc/node';
import {
  createConnection,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { nodeRuntime } from '../../server/src/server/configFile';
import { startServer } from '../../server/src/server/server';

export interface Published {
  uri: string;
  version: number | undefined;
  diagnostics: Diagnostic[];
}

export class LspClient {
  readonly published: Published[] = [];
  /** Every publication in arrival order, never consumed. */
  readonly history: Published[] = [];
  readonly logs: string[] = [];
  private waiters: { test: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  configuration: unknown = {};
  /** The registrations the server asked for with client/registerCapability. */
  readonly registrations: { method: string }[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly toServer: Writable | Worker,
    readonly child?: ChildProcess,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const p = { uri: params.uri, version: params.version, diagnostics: params.diagnostics };
      this.published.push(p);
      this.history.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(() => this.configuration),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.listen();
  }

  /**
   * The server running in this process over a pair of streams, with the Node host's runtime
   * (configuration files) as dist/server.js starts it.
   */
  static inProcess(): LspClient {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(
      createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)),
      { name: 'elbv2-ls', version: 'test' },
      nodeRuntime,
    );
    return new LspClient(
      createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)),
      toServer,
    );
  }

  /**
   * The web build (dist/browser/server.js) in a web-worker-like scope (support/webWorkerHost.mjs),
   * spoken to with messages as the browser client does.
   */
  static webWorker(bundle: string): LspClient {
    const worker = new Worker(path.join(__dirname, 'webWorkerHost.mjs'), { workerData: { bundle } });
    const connection = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
    return new LspClient(connection, worker);
  }

  /** A spawned server speaking LSP over stdio. */
  static spawn(command: string, args: string[]): LspClient {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout as Readable),
      new StreamMessageWriter(child.stdin as Writable),
    );
    return new LspClient(connection, child.stdin as Writable, child);
  }

  async initialize(
    capabilities: ClientCapabilities = { workspace: { configuration: true } },
    initializationOptions?: unknown,
  ): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      // In process, no parent-process watchdog: its timer would keep the test runner alive.
      processId: this.child ? process.pid : null,
      rootUri: null,
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(
    uri: string,
    version: number,
    contentChanges: TextDocumentContentChangeEvent[],
  ): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next diagnostics published for the document that satisfy the test (or the first ones already received). */
  diagnostics(
    uri: string,
    test: (p: Published) => boolean = () => true,
    timeoutMs = 20000,
  ): Promise<Published> {
    const match = (p: Published): boolean => p.uri === uri && test(p);
    const already = this.published.find(match);
    if (already) {
      this.published.splice(this.published.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published)}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        test: match,
        resolve: (p) => {
          clearTimeout(timer);
          this.published.splice(this.published.indexOf(p), 1);
          resolve(p);
        },
      });
    });
  }

  /** Writes framed JSON-RPC messages in one chunk, as a busy client's burst arrives. */
  writeRaw(messages: readonly unknown[]): void {
    const target = this.toServer;
    if (target instanceof Worker) {
      for (const m of messages) target.postMessage(m); // one after the other, without waiting
      return;
    }
    const frames = messages.map((m) => {
      const body = Buffer.from(JSON.stringify(m), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    target.write(Buffer.concat(frames));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
  }

  dispose(): void {
    this.connection.dispose();
    this.child?.kill();
    if (this.toServer instanceof Worker) void this.toServer.terminate();
  }
}
