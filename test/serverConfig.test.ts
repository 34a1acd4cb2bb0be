// The language server with configuration files on disk and inline suppressions: severities from
// `.elbv2-ls.yaml`, the editor's settings winning, a changed file read again (didChangeWatchedFiles),
// a broken one reported on itself, ignored files left silent, and "Disable <rule>" code actions.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './support/lspClient';
import { LISTENER_BAD_PORT } from './support/listeners';

const LISTENER = LISTENER_BAD_PORT;

let dir: string;
let client: LspClient;
const uriOf = (file: string): string => pathToFileURL(path.join(dir, file)).href;

function severityOf(diagnostics: Diagnostic[], code: string): number | undefined {
  return diagnostics.find((d) => d.code === code)?.severity;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-server-config-'));
  fs.mkdirSync(path.join(dir, 'repo/generated'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'repo/.elbv2-ls.yaml'),
    'root: true\nrules: { value-out-of-range: warning }\nignore: [generated/]\n',
  );
  client = LspClient.inProcess();
  await client.initialize({
    workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  });
});
after(() => {
  client.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Each wait names the state it expects: a publication that does not match (an earlier state still
// queued) is skipped, and a state that never comes fails the test after the client's timeout.
describe('the server with configuration files', () => {
  test('severities from the nearest .elbv2-ls.yaml; ignored files get no diagnostics', async () => {
    const uri = uriOf('repo/lb.elbv2.yaml');
    await client.open(uri, 'yaml', LISTENER, 1);
    assert.equal(severityOf((await client.diagnostics(uri)).diagnostics, 'value-out-of-range'), 2);
    const ignored = uriOf('repo/generated/lb.elbv2.yaml');
    await client.open(ignored, 'yaml', LISTENER, 1);
    // A document outside the repository is checked with the defaults, and its diagnostics arrive after
    // the ignored one's would have.
    const outside = uriOf('outside.elbv2.yaml');
    await client.open(outside, 'yaml', LISTENER, 1);
    assert.equal(severityOf((await client.diagnostics(outside)).diagnostics, 'value-out-of-range'), 1);
    assert.ok(!client.history.some((p) => p.uri === ignored));
  });

  test("the editor's elbv2.rules win over the file's", async () => {
    const uri = uriOf('repo/lb.elbv2.yaml');
    client.configuration = { rules: { 'value-out-of-range': 'info' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnostics(uri, (p) => severityOf(p.diagnostics, 'value-out-of-range') === 3);
    client.configuration = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnostics(uri, (p) => severityOf(p.diagnostics, 'value-out-of-range') === 2);
  });

  test('a changed configuration file is read again and the open documents re-checked', async () => {
    const uri = uriOf('repo/lb.elbv2.yaml');
    const config = path.join(dir, 'repo/.elbv2-ls.yaml');
    fs.writeFileSync(config, 'root: true\nrules: { value-out-of-range: off }\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    assert.deepEqual((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics, []);
  });

  test('a broken configuration file gets its problems as diagnostics, and loses them once fixed', async () => {
    const uri = uriOf('repo/lb.elbv2.yaml');
    const config = path.join(dir, 'repo/.elbv2-ls.yaml');
    const configUri = pathToFileURL(config).href;
    fs.writeFileSync(config, 'root: true\nrules:\n  value-out-of-rang: off\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: configUri, type: 2 }],
    });
    const problems = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0);
    assert.equal(problems.diagnostics[0]?.range.start.line, 2);
    assert.match(
      String(problems.diagnostics[0]?.message),
      /unknown rule id `value-out-of-rang` \(did you mean `value-out-of-range`\?\)/,
    );
    // Meanwhile the document is checked without that file: the default severity.
    await client.diagnostics(uri, (p) => severityOf(p.diagnostics, 'value-out-of-range') === 1);
    fs.writeFileSync(config, 'root: true\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: configUri, type: 2 }],
    });
    assert.deepEqual(
      (await client.diagnostics(configUri, (p) => p.diagnostics.length === 0)).diagnostics,
      [],
    );
  });
});

describe('the server with inline suppressions', () => {
  test('"Disable <rule> for this line" writes the comment, which silences the diagnostic', async () => {
    const uri = uriOf('repo/suppress.elbv2.yaml');
    await client.open(uri, 'yaml', LISTENER, 1);
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'value-out-of-range') as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.deepEqual(
      actions.map((a) => a.title).filter((t) => t.startsWith('Disable')),
      ['Disable value-out-of-range for this line', 'Disable value-out-of-range for this file'],
    );
    const action = actions.find((a) => a.title === 'Disable value-out-of-range for this line') as CodeAction;
    const edits = action.edit?.changes?.[uri] as TextEdit[];
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, LISTENER), edits);
    assert.equal(
      text,
      LISTENER.replace('Port: 70000', '# elbv2-ls-disable-next-line value-out-of-range\nPort: 70000'),
    );
    await client.change(uri, 2, [{ text }]);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(
      after.diagnostics.map((d) => d.code),
      ['suppression-without-reason'],
    );
    await client.change(uri, 3, [
      { text: text.replace('value-out-of-range\n', 'value-out-of-range -- a load test\n') },
    ]);
    assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 3)).diagnostics, []);
  });
});
