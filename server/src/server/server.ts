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
  type Diagnostic,
  type InitializeResult,
  type Location,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  mayBeElbv2,
  ruleFailureMessage,
  syntaxOf,
  type Analysis,
  type Fix,
  type LanguageService,
  type NameRange,
  type Syntax,
} from '../service/languageService';
import { toCompletionList, toDocumentSymbols, toHover } from './features';
import { sameRange, toDiagnostic, toRange, toTextEdit } from './convert';
import { editorOptions, type DocumentOptionsSource } from './documentOptions';
import { SettingSources, type Settings } from './settings';

/** After the messages already received (setImmediate in Node; a web worker has only timers). */
const runSoon: (run: () => void) => void =
  typeof setImmediate === 'function' ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);

/** Characters below which completion runs on any YAML or JSON document (see `candidate`). */
const SMALL_DOCUMENT = 64 * 1024;

export interface ServerInfo {
  name: string;
  version: string;
}

/** What the host gives the server: the Node server reads configuration files, a web worker cannot. */
export interface ServerRuntime {
  /** Makes the source of each document's options; `publish` sends diagnostics on a file it read. */
  documentOptions?: (publish: (uri: string, diagnostics: Diagnostic[]) => void) => DocumentOptionsSource;
}

interface Cached {
  version: number;
  analysis: Analysis;
}

export function startServer(connection: Connection, info: ServerInfo, runtime: ServerRuntime = {}): void {
  const documents = new TextDocuments(TextDocument);
  const sources = new SettingSources();
  let settings: Settings = sources.current();
  // One service per set of options: configuration files may give documents different ones.
  const services = new Map<string, LanguageService>();
  const optionSource =
    runtime.documentOptions?.((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics })) ??
    editorOptions;
  let pullConfiguration = false;
  let registerConfiguration = false;
  let watchFiles = false;
  const cache = new Map<string, Cached>();
  /** Documents whose current text the scan found unrelated, so that it runs once per version. */
  const unrelated = new Map<string, { version: number; text: string }>();
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
    const { options, key, named, ignored } = optionSource.documentOptions(document.uri, settings);
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

  /**
   * The document's syntax, when it is one to analyse: named as ELBv2, or with top-level keys that
   * may make it one (a scan that builds nothing, so package.json or a 10 MB GeoJSON file costs
   * milliseconds and keeps no tree).
   */
  function candidate(
    document: TextDocument,
    purpose: 'check' | 'complete' = 'check',
  ): { syntax: Syntax; named: boolean; service: LanguageService } | undefined {
    const syntax = syntaxFor(document);
    if (!settings.enable || !syntax) return undefined;
    const { service, named, ignored } = serviceFor(document);
    if (ignored) return undefined;
    if (named) return { syntax, named, service };
    // A document already found to be ELBv2 or a template is checked again without the scan: the
    // check itself decides what it is now (and a document that is no longer one gets nothing).
    if (purpose === 'check' && cache.get(document.uri)?.analysis.kind) return { syntax, named, service };
    const text = document.getText();
    // Completion also serves a small document whose first key is being typed (the service offers
    // root members only where every key so far belongs to some kind).
    if (purpose === 'complete' && text.length <= SMALL_DOCUMENT) return { syntax, named, service };
    const known = unrelated.get(document.uri);
    // The same string object when the text did not change: the comparison is then immediate.
    if (known && known.version === document.version && known.text === text) return undefined;
    if (mayBeElbv2(text, syntax)) {
      unrelated.delete(document.uri);
      return { syntax, named, service };
    }
    unrelated.set(document.uri, { version: document.version, text });
    return undefined;
  }

  function analysisOf(document: TextDocument): Analysis | undefined {
    const target = candidate(document);
    if (!target) {
      cache.delete(document.uri);
      return undefined;
    }
    const { syntax, named, service } = target;
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
    runSoon(() => publish(uri));
  }

  /**
   * Settings come from whichever source the client uses: initializationOptions, a pushed
   * didChangeConfiguration, or workspace/configuration (pulled when the client answers it).
   */
  async function refreshSettings(): Promise<void> {
    if (pullConfiguration)
      sources.pulled = await connection.workspace.getConfiguration('elbv2').catch(() => undefined);
    settings = sources.current();
    services.clear();
    cache.clear();
    for (const document of documents.all()) schedule(document.uri);
  }

  connection.onInitialize((params): InitializeResult => {
    // Document notifications before `initialize` are dropped (LSP 3.17): only now are they heard.
    if (phase === 'new') documents.listen(connection);
    phase = 'running';
    const workspace = params.capabilities.workspace;
    pullConfiguration = workspace?.configuration === true;
    registerConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    sources.initial = params.initializationOptions;
    settings = sources.current();
    services.clear();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [' ', ':', '"', '-', '{', '#'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: info,
    };
  });

  connection.onInitialized(() => {
    // Only a client that says it takes dynamic registrations is asked for one (eglot warns on
    // every connection otherwise); any other client still sends didChangeConfiguration or not.
    if (registerConfiguration)
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'elbv2' })
        .catch(() => undefined);
    const glob = optionSource.watchGlob;
    if (watchFiles && glob)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: glob }] })
        .catch(() => undefined);
    if (pullConfiguration) void refreshSettings();
  });

  // A configuration file changed: read them again and re-check every open document.
  connection.onDidChangeWatchedFiles(() => {
    optionSource.changed?.();
    services.clear();
    cache.clear();
    for (const document of documents.all()) schedule(document.uri);
  });

  connection.onDidChangeConfiguration((change) => {
    sources.pushed = change.settings;
    void refreshSettings();
  });

  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    unrelated.delete(event.document.uri);
    scheduled.delete(event.document.uri);
    if (published.delete(event.document.uri))
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCompletion(
    (params) =>
      refused() ??
      guard('completion', null, () => {
        const document = documents.get(params.textDocument.uri);
        const target = document && candidate(document, 'complete');
        if (!document || !target) return null;
        const { service, ...input } = target;
        const entries = service.complete(
          { text: document.getText(), ...input },
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

  /**
   * The template names a service call finds from a position, as locations in the same document;
   * none when the document changed meanwhile (the newer version gets a request of its own).
   */
  function locations(
    params: TextDocumentPositionParams,
    find: (service: LanguageService, analysis: Analysis, offset: number) => NameRange[],
  ): Location[] {
    const { uri } = params.textDocument;
    const document = documents.get(uri);
    const analysis = document && analysisOf(document);
    if (!document || !analysis) return [];
    const { version } = document;
    const ranges = find(serviceFor(document).service, analysis, document.offsetAt(params.position));
    if (documents.get(uri)?.version !== version) return [];
    return ranges.map((r) => ({ uri, range: toRange(document, r.start, r.end) }));
  }

  connection.onDefinition(
    (params) =>
      refused() ??
      guard('definition', [], () =>
        locations(params, (service, analysis, offset) => service.definition(analysis, offset)),
      ),
  );

  connection.onReferences(
    (params) =>
      refused() ??
      guard('references', [], () =>
        locations(params, (service, analysis, offset) =>
          service.references(analysis, offset, params.context.includeDeclaration),
        ),
      ),
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
    unrelated.clear();
  });

  // Any other request: not initialized, shutting down, or a method this server does not have.
  connection.onRequest(
    (method) => refused() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`),
  );

  connection.listen();
}
