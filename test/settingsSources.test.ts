// The server takes its settings from initializationOptions, didChangeConfiguration and
// workspace/configuration alike, and asks for a dynamic registration only from a client that
// says it takes one: each editor uses a different one of these.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { LspClient } from './support/lspClient';

const URI = 'file:///work/tg.elbv2.yaml';
const TEXT = 'Name: blue\nProtocol: HTTP\nPort: 0\nVpcId: vpc-3ac0fb5f\n';
const OFF = { rules: { 'value-out-of-range': 'off' } };

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

async function session(
  capabilities: Parameters<LspClient['initialize']>[0],
  initializationOptions?: unknown,
): Promise<LspClient> {
  const client = LspClient.inProcess();
  await client.initialize(capabilities, initializationOptions);
  return client;
}

describe('settings from every source', () => {
  test('initializationOptions alone (Neovim 0.7): `settings` and `elbv2` forms', async () => {
    for (const options of [{ settings: OFF }, { elbv2: OFF }]) {
      const client = await session({}, options);
      await client.open(URI, 'yaml', TEXT);
      assert.deepEqual(codes((await client.diagnostics(URI)).diagnostics), [], JSON.stringify(options));
      client.dispose();
    }
  });

  test('a pushed didChangeConfiguration from a client that is never asked (eglot)', async () => {
    const client = await session({});
    await client.open(URI, 'yaml', TEXT);
    assert.deepEqual(codes((await client.diagnostics(URI)).diagnostics), ['value-out-of-range']);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { elbv2: OFF },
    });
    assert.deepEqual((await client.diagnostics(URI)).diagnostics, []);
    client.dispose();
  });

  test('workspace/configuration wins over initializationOptions when the client answers it', async () => {
    const client = LspClient.inProcess();
    client.configuration = OFF;
    await client.initialize({ workspace: { configuration: true } }, { settings: {} });
    await client.open(URI, 'yaml', TEXT);
    await client.diagnostics(URI, (p) => p.diagnostics.length === 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(client.history.filter((p) => p.uri === URI).at(-1)?.diagnostics, []);
    client.dispose();
  });

  test('a client answering workspace/configuration with null keeps initializationOptions', async () => {
    const client = LspClient.inProcess();
    client.configuration = null;
    await client.initialize({ workspace: { configuration: true } }, { settings: OFF });
    await client.open(URI, 'yaml', TEXT);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(client.history.filter((p) => p.uri === URI).every((p) => p.diagnostics.length === 0));
    client.dispose();
  });

  test('registers didChangeConfiguration only with a client that takes dynamic registrations', async () => {
    for (const dynamicRegistration of [false, true]) {
      const client = await session({
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration } },
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(
        client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'),
        dynamicRegistration,
      );
      client.dispose();
    }
  });
});
