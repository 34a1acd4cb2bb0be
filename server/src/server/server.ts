// The LSP adapter: turns protocol requests into language-service calls and service results into
// protocol types. No language logic lives here.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  ruleFailureMessage,
  syntaxOf,
  type Analysis,
  type Fix,
  type LanguageService,
  type Syntax,
} from '../service/languageService';
import { toCompletionList, toDocumentSymbols, toHover } from './features';
import { CONFIG_FILE_GLOB, ConfigFiles } from './configFile';
import { sameRange, toDiagnostic, toRange, toTextEdit } from './convert';
import { pathOfUri } from './documentSelection';
import { DEFAULT_SETTINGS, toSettings, type Settings } from './settings';
import { isConfigFileName } from '../common/config/loadConfig';

export interface ServerInfo {
  name: string;
  version: string;
}

interface Cached {
  version: number;
  analysis: Analysis;
}

export function startServer(connection: Connection, info: ServerInfo): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  // One service per set of options: the configuration files may give documents different ones.
  const services = new Map<string, LanguageService>();
  const configFiles = new ConfigFiles(
    (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  );
  let pullConfiguration = false;
  let watchFiles = false;
  const cache = new Map<string, Cached>();
  const scheduled = new Set<string>();
  const published = new Set<string>();
  let phase: 'new' | 'running' | 'shut down' = 'new';

  /** LSP lifecycle: requests before `initialize` and after `shutdown` get the errors the spec names. */
  function refused(): ResponseError<void> | undefined {
    if (phase === 'new')
      return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet.');
    if (phase === 'shut down')
      return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
    return undefined;
  }

  /** Runs a handler; a handler that throws is logged and answered with the fallback. */
  function guard<T>(name: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      connection.console.error(
        `elbv2-ls: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return fallback;
    }
  }

  function syntaxFor(document: TextDocument): Syntax | undefined {
    return syntaxOf(document.uri, document.languageId);
  }

  /** The service and options for a document: the editor settings and configuration files combined. */
  function serviceFor(document: TextDocument): {
    service: LanguageService;
    named: boolean;
    ignored: boolean;
  } {
    const { options, key, named, ignored } = configFiles.documentOptions(document.uri, settings);
    let service = services.get(key);
    if (!service)
      services.set(
        key,
        (service = createLanguageService({
          ...options,
          onRuleFailure: (failure) => connection.console.error(ruleFailureMessage(failure)),
        })),
      );
    return { service, named, ignored };
  }

  function analysisOf(document: TextDocument): Analysis | undefined {
    const syntax = syntaxFor(document);
    if (!settings.enable || !syntax) return undefined;
    const { service, named, ignored } = serviceFor(document);
    if (ignored) return undefined;
    const cached = cache.get(document.uri);
    // The text too: a client may send the same version number twice, or numbers out of order.
    if (cached && cached.version === document.version && cached.analysis.document.text === document.getText())
      return cached.analysis;
    // The previous version's analysis lets a small edit be re-parsed incrementally; the call
    // spends it, so it leaves the cache first (a check that throws leaves no stale tree behind).
    cache.delete(document.uri);
    const analysis = service.check(
      { text: document.getText(), syntax, named, name: document.uri },
      cached?.analysis,
    );
    cache.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  function publish(uri: string): void {
    scheduled.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const analysis = guard('validation', undefined, () => analysisOf(document));
    // A newer version arrived while this one was analysed: its own run publishes.
    if (documents.get(uri)?.version !== version) return;
    const diagnostics = analysis ? analysis.findings.map((f) => toDiagnostic(document, f)) : [];
    if (diagnostics.length === 0 && !published.has(uri) && !analysis?.kind) return;
    published.add(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Coalesces a burst of changes: only the version current when the queue drains is analysed. */
  function schedule(uri: string): void {
    if (scheduled.has(uri)) return;
    scheduled.add(uri);
    setImmediate(() => publish(uri));
  }

  async function refreshSettings(pushed?: unknown): Promise<void> {
    const raw = pullConfiguration
      ? await connection.workspace.getConfiguration('elbv2').catch(() => undefined)
      : pushed;
    settings = toSettings(raw);
    services.clear();
    cache.clear();
    for (const document of documents.all()) schedule(document.uri);
  }

  connection.onInitialize((params): InitializeResult => {
    // Document notifications before `initialize` are dropped (LSP 3.17): only now are they heard.
    if (phase === 'new') documents.listen(connection);
    phase = 'running';
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) {
      settings = toSettings(initial);
      services.clear();
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [' ', ':', '"', '-', '{', '#'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: info,
    };
  });

  connection.onInitialized(() => {
    if (watchFiles)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
        .catch(() => undefined);
    if (!pullConfiguration) return;
    void connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'elbv2' })
      .catch(() => undefined);
    void refreshSettings();
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { elbv2?: unknown } | undefined)?.elbv2;
    void refreshSettings(pushed);
  });

  // A configuration file changed: read them again and re-check every open document.
  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((c) => isConfigFileName(pathOfUri(c.uri)))) return;
    configFiles.changed();
    services.clear();
    cache.clear();
    for (const document of documents.all()) schedule(document.uri);
  });

  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    scheduled.delete(event.document.uri);
    if (published.delete(event.document.uri))
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCompletion(
    (params) =>
      refused() ??
      guard('completion', null, () => {
        const document = documents.get(params.textDocument.uri);
        const syntax = document && syntaxFor(document);
        if (!document || !syntax || !settings.enable) return null;
        const { service, named } = serviceFor(document);
        const entries = service.complete(
          { text: document.getText(), syntax, named },
          document.offsetAt(params.position),
          guard('validation', undefined, () => analysisOf(document)),
        );
        return toCompletionList(document, entries);
      }),
  );

  connection.onHover(
    (params) =>
      refused() ??
      guard('hover', null, () => {
        const document = documents.get(params.textDocument.uri);
        const analysis = document && analysisOf(document);
        if (!document || !analysis) return null;
        return toHover(
          document,
          serviceFor(document).service.hover(analysis, document.offsetAt(params.position)),
        );
      }),
  );

  connection.onDocumentSymbol(
    (params) =>
      refused() ??
      guard('documentSymbol', [], () => {
        const document = documents.get(params.textDocument.uri);
        const analysis = document && analysisOf(document);
        if (!document || !analysis) return [];
        return toDocumentSymbols(document, serviceFor(document).service.symbols(analysis));
      }),
  );

  connection.onCodeAction(
    (params) =>
      refused() ??
      guard('codeAction', [], () => {
        const document = documents.get(params.textDocument.uri);
        const analysis = document && analysisOf(document);
        if (!document || !analysis) return [];
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== 'elbv2-ls') continue;
          const finding = analysis.findings.find(
            (f) =>
              f.ruleId === diagnostic.code && sameRange(toRange(document, f.start, f.end), diagnostic.range),
          );
          const action = (fix: Fix, isPreferred: boolean): CodeAction => ({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.uri]: fix.edits.map((e) => toTextEdit(document, e)) } },
          });
          for (const fix of finding?.fixes ?? []) actions.push(action(fix, finding?.fixes?.length === 1));
          // "Disable <rule> for this line / file": suppression comments, after the real fixes.
          if (finding)
            for (const fix of serviceFor(document).service.suppressionFixes(analysis, finding))
              actions.push(action(fix, false));
        }
        return actions;
      }),
  );

  connection.onShutdown(() => {
    phase = 'shut down';
    cache.clear();
  });

  // Any other request: not initialized, shutting down, or a method this server does not have.
  connection.onRequest(
    (method) => refused() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`),
  );

  connection.listen();
}
