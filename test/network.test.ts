// The CLI and the server make no network requests and start no programs (README, Security):
// they run here with support/networkTrap.ts preloaded, which records every call that would
// reach the network or start a process, over documents full of OIDC, JWKS and redirect URLs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CompletionList } from 'vscode-languageserver/node';
import { builtCli } from './support/builtCli';
import { LspClient } from './support/lspClient';
import { sharedPath } from './support/shared';

const ROOT = path.resolve(__dirname, '..');
const TRAP = ['--import', 'tsx', '--import', path.join(__dirname, 'support/networkTrap.ts')];

const LISTENER = [
  'LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
  'Protocol: HTTPS',
  'Port: 443',
  'Certificates:',
  '  - CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/3dcb0a41-bd72-4774-9ad9-756919c40557',
  'DefaultActions:',
  '  - Type: authenticate-oidc',
  '    Order: 1',
  '    AuthenticateOidcConfig:',
  '      Issuer: https://idp.example.com',
  '      AuthorizationEndpoint: https://idp.example.com/authorize',
  '      TokenEndpoint: https://idp.example.com/token',
  '      UserInfoEndpoint: https://idp.example.com/userinfo',
  '      ClientId: my-client',
  '      ClientSecret: my-secret',
  '  - Type: redirect',
  '    Order: 2',
  '    RedirectConfig:',
  '      Host: www.example.com',
  '      StatusCode: HTTP_301',
  '',
].join('\n');

describe('no network access and no programs started', () => {
  let dir: string;
  let log: string;
  before(() => {
    builtCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-network-'));
    log = path.join(dir, 'attempts.log');
    fs.writeFileSync(path.join(dir, 'oidc.elbv2.yaml'), LISTENER);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function attempts(): string[] {
    return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  }

  function node(args: readonly string[], input?: string): { status: number | null; stderr: string } {
    const result = spawnSync(process.execPath, [...TRAP, ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, ELBV2_NETWORK_LOG: log, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, stderr: result.stderr };
  }

  test('the trap records what it is meant to catch', () => {
    fs.rmSync(log, { force: true });
    const calls = [
      "require('node:https').get('https://idp.example.com/.well-known/jwks.json')",
      "require('node:net').connect(443, 'idp.example.com')",
      "require('node:dns').lookup('idp.example.com', () => {})",
      "fetch('https://idp.example.com')",
      "require('node:child_process').execSync('true')",
    ];
    for (const call of calls) node(['-e', `try { ${call} } catch {}`]);
    assert.deepEqual(
      attempts().map((line) => line.split(' ')[0]),
      ['https.get', 'net.connect', 'dns.lookup', 'globalThis.fetch', 'child_process.execSync'],
    );
  });

  test('elbv2-ls check over documents with URLs, the examples, the fixtures and the corpus', () => {
    fs.rmSync(log, { force: true });
    const paths = [dir, 'examples', 'test/fixtures'];
    const corpus = sharedPath('corpus');
    if (fs.existsSync(corpus)) paths.push(corpus);
    const result = node(['dist/cli.js', 'check', '--format', 'json', ...paths]);
    // 1: the fixtures hold findings on purpose; anything else is a crash or a usage error.
    assert.equal(result.status, 1, result.stderr);
    const stdin = node(['dist/cli.js', 'check', '--stdin-filename', 'l.elbv2.yaml', '-'], LISTENER);
    assert.ok(stdin.status === 0 || stdin.status === 1, stdin.stderr);
    assert.deepEqual(attempts(), []);
  });

  test('the server, through opening, editing, completion, hover, outline and quick fixes', async () => {
    fs.rmSync(log, { force: true });
    process.env.ELBV2_NETWORK_LOG = log;
    const client = LspClient.spawn(process.execPath, [...TRAP, path.join(ROOT, 'dist/cli.js'), '--stdio']);
    try {
      await client.initialize({});
      const uri = 'file:///work/oidc.elbv2.yaml';
      await client.open(uri, 'yaml', LISTENER);
      await client.diagnostics(uri);
      const issuer = { line: 9, character: 20 };
      await client.request('textDocument/hover', { textDocument: { uri }, position: issuer });
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 6, character: 10 }, // the action's Type value
      });
      assert.ok(list.items.length > 0, 'completion answered');
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.change(uri, 2, [{ text: LISTENER.replace('HTTPS', 'HTTP') }]);
      const published = await client.diagnostics(uri, (p) => p.version === 2);
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
        context: { diagnostics: published.diagnostics },
      });
      await client.shutdown();
    } finally {
      client.dispose();
      delete process.env.ELBV2_NETWORK_LOG;
    }
    assert.deepEqual(attempts(), []);
  });
});
