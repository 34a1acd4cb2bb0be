// What the Node and the browser extension share: the documents the server sees, the commands, the
// trace channel, and starting the server only once a document that may be ELBv2 is open, so that
// package.json and friends never start it.
import {
  commands,
  workspace,
  window,
  type Disposable,
  type ExtensionContext,
  type LogOutputChannel,
  type TextDocument,
} from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { matchesGlob } from '../../server/src/common/glob';
// The two leaf modules of the service the clients need, not its facade (which brings it all).
import { isElbv2FileName } from '../../server/src/service/fileName';
import { mayBeElbv2 } from '../../server/src/service/sniff';
import { TraceChannel } from './traceChannel';

export const CLIENT_ID = 'elbv2';
export const CLIENT_NAME = 'ELBv2 Language Server';

/** YAML and JSON in any scheme: files, untitled editors and virtual workspaces (vscode.dev). */
export const DOCUMENT_SELECTOR = [{ language: 'yaml' }, { language: 'json' }];

export interface Channels {
  output: LogOutputChannel;
  trace: TraceChannel;
}

export function clientOptions(channels: Channels): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'elbv2' },
    outputChannel: channels.output,
    traceOutputChannel: channels.trace,
  };
}

export function createChannels(context: ExtensionContext): Channels {
  const output = window.createOutputChannel(CLIENT_NAME, { log: true });
  const trace = new TraceChannel(`${CLIENT_NAME} Trace`);
  context.subscriptions.push(output, trace);
  return { output, trace };
}

/**
 * Registers the commands and starts the client as soon as a YAML or JSON document that may be an
 * ELBv2 document is open (named so, named by `elbv2.files`, or with a kind's key at its top level).
 */
export function activateClient(
  context: ExtensionContext,
  client: BaseLanguageClient,
  channels: Channels,
): void {
  let started: Promise<void> | undefined;
  const start = (): Promise<void> => (started ??= client.start());
  context.subscriptions.push(
    commands.registerCommand('elbv2.restartServer', async () => {
      if (!started) return start();
      await started.catch(() => undefined);
      if (client.isRunning()) await client.stop();
      started = client.start();
      await started;
    }),
    commands.registerCommand('elbv2.showOutput', () => channels.output.show(true)),
    { dispose: () => void client.stop().catch(() => undefined) },
  );

  const listeners: Disposable[] = [];
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const consider = (document: TextDocument): void => {
    if (started || !isCandidate(document)) return;
    for (const listener of listeners) listener.dispose();
    void start();
  };
  listeners.push(
    workspace.onDidOpenTextDocument(consider),
    // An untitled document becomes a candidate while it is typed: look again after a pause.
    workspace.onDidChangeTextDocument((event) => {
      const key = event.document.uri.toString();
      clearTimeout(pending.get(key));
      pending.set(
        key,
        setTimeout(() => {
          pending.delete(key);
          consider(event.document);
        }, 300),
      );
    }),
  );
  context.subscriptions.push(...listeners, { dispose: () => pending.forEach((t) => clearTimeout(t)) });
  workspace.textDocuments.forEach(consider);
}

function isCandidate(document: TextDocument): boolean {
  if (document.languageId !== 'yaml' && document.languageId !== 'json') return false;
  const syntax = document.languageId;
  const globs = workspace.getConfiguration('elbv2', document.uri).get<string[]>('files', []);
  const path = document.uri.path;
  if (isElbv2FileName(path) || globs.some((g) => typeof g === 'string' && matchesGlob(path, g))) return true;
  return mayBeElbv2(document.getText(), syntax);
}
