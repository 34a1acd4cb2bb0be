// Preloaded into a spawned CLI or server by test/network.test.ts
// (`node --import tsx --import ./test/support/networkTrap.ts dist/cli.js …`): every way Node
// offers to reach the network or start a program is replaced by a function that appends its name
// to the file named by ELBV2_NETWORK_LOG and throws. The test then requires that file to be empty.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import dnsPromises from 'node:dns/promises';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const LOG = process.env.ELBV2_NETWORK_LOG;
if (!LOG) throw new Error('networkTrap: set ELBV2_NETWORK_LOG to the file that records attempts');

function record(what: string): never {
  const caller = (new Error().stack ?? '').split('\n').slice(3, 6).join(' | ');
  appendFileSync(LOG as string, `${what} ${caller}\n`);
  throw new Error(`networkTrap: ${what} is not allowed in elbv2-ls`);
}

/** Replaces the named functions of a module's exports (the object `require` also returns). */
function trap(label: string, target: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    if (typeof target[name] !== 'function') continue;
    target[name] = function trapped(): never {
      return record(`${label}.${name}`);
    };
  }
}

// A default import is the module's exports object, the one `require` returns: what is replaced
// there is what the bundled CLI (CommonJS) calls.
const exportsOf = (module: object): Record<string, unknown> => module as Record<string, unknown>;
const dnsFunctions = [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveMx',
  'resolveNs',
  'resolveSrv',
  'resolveTxt',
  'reverse',
];

trap('net', exportsOf(net), ['connect', 'createConnection', 'createServer']);
trap('net.Socket', exportsOf(net.Socket.prototype), ['connect']);
trap('tls', exportsOf(tls), ['connect', 'createServer']);
trap('http', exportsOf(http), ['request', 'get', 'createServer']);
trap('https', exportsOf(https), ['request', 'get', 'createServer']);
trap('http2', exportsOf(http2), ['connect', 'createServer', 'createSecureServer']);
trap('dns', exportsOf(dns), dnsFunctions);
trap('dns.promises', exportsOf(dnsPromises), dnsFunctions);
trap('dgram', exportsOf(dgram), ['createSocket']);
trap('child_process', exportsOf(childProcess), [
  'spawn',
  'spawnSync',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'fork',
]);
trap('globalThis', exportsOf(globalThis), ['fetch', 'WebSocket', 'EventSource']);
// ES module namespaces of built-ins follow their exports object only when told to.
syncBuiltinESMExports();
