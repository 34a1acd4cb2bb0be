// Entry of dist/server.js: the language server over the transport named on the command line
// (--stdio, --node-ipc or --socket=PORT), as vscode-languageserver reads it from process.argv.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import pkg from '../../../package.json';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), { name: 'elbv2-ls', version: pkg.version });
