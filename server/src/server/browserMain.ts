// Entry of dist/browser/server.js: the language server in a web worker (the web extension), talking
// to the extension over the worker's messages.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
// A named import: esbuild then bundles the version alone, not the whole manifest.
import { version } from '../../../package.json';
import { startServer } from './server';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  name: 'elbv2-ls',
  version,
});
