// Entry of dist/server.js: the language server over the transport named on the command line
// (--stdio, --node-ipc or --socket=PORT), as vscode-languageserver reads it from process.argv.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
// A named import: esbuild then bundles the version alone, not the whole manifest.
import { version } from '../../../package.json';
import { nodeRuntime } from './configFile';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), { name: 'elbv2-ls', version }, nodeRuntime);
