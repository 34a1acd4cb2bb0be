// The desktop (Node) extension: runs the bundled server in a Node process over IPC.
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, clientOptions, CLIENT_ID, CLIENT_NAME, createChannels } from './common';

export function activate(context: ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const channels = createChannels(context);
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(channels));
  activateClient(context, client, channels);
}
