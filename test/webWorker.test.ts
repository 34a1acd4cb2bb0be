// The web build in a real browser: Debian's Chromium loads dist/browser/server.js as a web worker
// (as vscode.dev does for the web extension) and a page speaks LSP to it with worker messages.
// The full protocol suite runs against the same bundle in test/server.test.ts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { builtCli } from './support/builtCli';
import { hasChromium, launchChromium, type ChromiumSession } from './support/chromium';

const ROOT = path.resolve(__dirname, '..');
const skip =
  !hasChromium() && process.env.CI !== 'true'
    ? 'skipped: Chromium is not installed (apt-get install chromium)'
    : false;

const LISTENER = [
  'LoadBalancerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188',
  'Protocol: HTTP',
  'Port: 70000',
  '',
].join('\n');

interface Exchange {
  serverName: string;
  codes: string[];
  labels: string[];
  hover: string;
  errors: string[];
}

describe('the web build in Chromium', { skip }, () => {
  let server: http.Server;
  let browser: ChromiumSession;
  let base: string;

  before(async () => {
    builtCli();
    const scripts: Record<string, string> = {
      '/server.js': path.join(ROOT, 'dist/browser/server.js'),
      '/page.js': path.join(__dirname, 'support/webWorkerPage.js'),
    };
    server = http.createServer((request, response) => {
      const script = scripts[request.url ?? ''];
      if (script) {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(fs.readFileSync(script));
      } else {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>elbv2-ls web worker</title><script src="/page.js"></script>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('initialize, diagnostics, completion and hover through worker messages', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/`);
    const result = (await page.evaluate(`window.runExchange(${JSON.stringify(LISTENER)})`)) as Exchange;
    assert.deepEqual(result.errors, []);
    assert.equal(result.serverName, 'elbv2-ls');
    assert.deepEqual([...result.codes].sort(), ['missing-required-member', 'value-out-of-range']);
    assert.ok(result.labels.includes('HTTPS') && !result.labels.includes('TCP'), result.labels.join(', '));
    assert.match(result.hover, /`Port`/);
  });
});
