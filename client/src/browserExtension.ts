// The web extension (vscode.dev, github.dev): runs the same server, built for the browser, in a
// web worker.
import { Uri, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, clientOptions, CLIENT_ID, CLIENT_NAME, createChannels } from './common';

// The DOM's Worker, without the DOM library in the type-check (only this file runs in a browser).
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: ExtensionContext): void {
  const main = Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
  const worker = new Worker(main.toString(true));
  const channels = createChannels(context);
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions(channels), worker);
  activateClient(context, client, channels);
}
