// Protocol tests: the real server over an in-process stream pair, and the built binary spawned
// over stdio, driven the way an editor drives them.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  InitializeResult,
  Location,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtCli } from './support/builtCli';
import { LspClient } from './support/lspClient';

const ROOT = path.resolve(__dirname, '..');
const URI = 'file:///work/listener.elbv2.yaml';
const LISTENER = [
  'LoadBalancerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188',
  'Protocol: HTTP',
  'Port: 80',
  'DefaultActions:',
  '  - Type: Forward',
  '    TargetGroupArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067',
  '',
].join('\n');

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

/** A snippet as an editor inserts it: defaults kept, the first choice taken, empty stops dropped. */
function stripSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

function messageOf(d: Diagnostic | undefined): string {
  return typeof d?.message === 'string' ? d.message : (d?.message.value ?? '');
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);
}

/**
 * The protocol suite, run against each build of the server: the Node server in process, and the
 * web build (dist/browser/server.js) in a web worker's scope.
 */
function protocolSuite(name: string, connect: () => LspClient): void {
  describe(name, () => {
    let client: LspClient;
    let init: InitializeResult;

    before(async () => {
      client = connect();
      init = await client.initialize();
    });
    after(() => client.dispose());

    test('initialize announces the capabilities', () => {
      const caps = init.capabilities;
      assert.equal(init.serverInfo?.name, 'elbv2-ls');
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
      assert.ok(caps.completionProvider);
      assert.equal(caps.hoverProvider, true);
      assert.equal(caps.documentSymbolProvider, true);
      assert.equal(caps.definitionProvider, true);
      assert.equal(caps.referencesProvider, true);
      assert.ok(caps.codeActionProvider);
    });

    test('didOpen publishes diagnostics with the document version', async () => {
      await client.open(URI, 'yaml', LISTENER, 1);
      const published = await client.diagnostics(URI);
      assert.equal(published.version, 1);
      assert.deepEqual(codes(published.diagnostics), ['invalid-enum-value']);
      const d = published.diagnostics[0] as Diagnostic;
      assert.deepEqual(d.range, { start: { line: 4, character: 10 }, end: { line: 4, character: 17 } });
      assert.equal(d.source, 'elbv2-ls');
      assert.equal(d.severity, 1);
    });

    test('an incremental didChange publishes new diagnostics', async () => {
      // Port: 80 → Port: 70000 (line 2, characters 6-8).
      await client.change(URI, 2, [
        { range: { start: { line: 2, character: 6 }, end: { line: 2, character: 8 } }, text: '70000' },
      ]);
      const published = await client.diagnostics(URI, (p) => p.version === 2);
      assert.deepEqual(codes(published.diagnostics), ['invalid-enum-value', 'value-out-of-range']);
    });

    test('a full didChange publishes new diagnostics', async () => {
      await client.change(URI, 3, [{ text: LISTENER.replace('Forward', 'forward') }]);
      const published = await client.diagnostics(URI, (p) => p.version === 3);
      assert.deepEqual(published.diagnostics, []);
    });

    test('ranged and full-text changes give the diagnostics a fresh open gives', async () => {
      // Pastes, deletes, their undo and a new item typed at the end: one document gets ranged
      // changes, one the whole text (full sync); after each, a third opens the same text fresh.
      const item = (i: number): string =>
        `- ListenerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/lb/50dc6c495c0c9188/${String(i).padStart(16, '0')}\n  Port: ${i % 3 === 0 ? 70000 : 80}\n  Protocol: ${i % 4 === 0 ? 'HTTPX' : 'HTTP'}\n`;
      const items = Array.from({ length: 12 }, (_, i) => item(i));
      const base = `Listeners:\n${items.join('')}`;
      const at = (k: number): number => 'Listeners:\n'.length + items.slice(0, k).join('').length;
      const block = items
        .slice(2, 6)
        .join('')
        .replace(/Port: 80/g, 'Port: 8080');
      const typed = '- Port: 8\n  Protocol: HTTPS\n';
      const texts = [
        base.slice(0, at(8)) + block + base.slice(at(8)),
        base,
        base.slice(0, at(3)) + base.slice(at(9)),
        base,
        ...Array.from({ length: typed.length }, (_, i) => base + typed.slice(0, i + 1)),
      ];
      const ranged = 'file:///work/ranged.elbv2.yaml';
      const full = 'file:///work/full.elbv2.yaml';
      await client.open(ranged, 'yaml', base, 1);
      await client.open(full, 'yaml', base, 1);
      await client.diagnostics(ranged, (p) => p.version === 1);
      await client.diagnostics(full, (p) => p.version === 1);
      let previous = base;
      for (const [i, text] of texts.entries()) {
        const version = i + 2;
        // The smallest ranged change between the two texts.
        let start = 0;
        while (start < previous.length && previous[start] === text[start]) start++;
        let end = 0;
        while (
          end < previous.length - start &&
          end < text.length - start &&
          previous.at(-1 - end) === text.at(-1 - end)
        )
          end++;
        const old = TextDocument.create(ranged, 'yaml', 1, previous);
        await client.change(ranged, version, [
          {
            range: { start: old.positionAt(start), end: old.positionAt(previous.length - end) },
            text: text.slice(start, text.length - end),
          },
        ]);
        await client.change(full, version, [{ text }]);
        const fresh = `file:///work/fresh-${i}.elbv2.yaml`;
        await client.open(fresh, 'yaml', text, 1);
        const expected = (await client.diagnostics(fresh)).diagnostics;
        assert.deepEqual(
          (await client.diagnostics(ranged, (p) => p.version === version)).diagnostics,
          expected,
        );
        assert.deepEqual(
          (await client.diagnostics(full, (p) => p.version === version)).diagnostics,
          expected,
        );
        await client.close(fresh);
        previous = text;
      }
      await client.close(ranged);
      await client.close(full);
    });

    test('a burst of changes ends on the newest version, never an older one after it', async () => {
      const change = (version: number, text: string): unknown => ({
        jsonrpc: '2.0',
        method: 'textDocument/didChange',
        params: { textDocument: { uri: URI, version }, contentChanges: [{ text }] },
      });
      client.writeRaw([
        change(4, LISTENER.replace('Port: 80', 'Port: 0')),
        change(5, LISTENER.replace('Port: 80', 'Port: 99999')),
      ]);
      const published = await client.diagnostics(URI, (p) => p.version === 5);
      assert.deepEqual(codes(published.diagnostics), ['invalid-enum-value', 'value-out-of-range']);
      assert.match(messageOf(published.diagnostics.find((d) => d.code === 'value-out-of-range')), /99999/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const versions = client.history.filter((p) => p.uri === URI).map((p) => p.version ?? 0);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        `versions published out of order: ${versions.join(', ')}`,
      );
      assert.equal(versions[versions.length - 1], 5);
      client.published.length = 0;
    });

    describe('completion over the protocol: apply the edit, compare the whole document', () => {
      const LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer';
      const cases: {
        name: string;
        uri: string;
        languageId: string;
        source: string;
        label: string;
        expected: string;
      }[] = [
        {
          name: 'YAML value, half typed',
          uri: 'file:///work/c1.elbv2.yaml',
          languageId: 'yaml',
          source: `LoadBalancerArn: ${LB}/app/my-lb/50dc6c495c0c9188\nProtocol: HT$0\n`,
          label: 'HTTPS',
          expected: `LoadBalancerArn: ${LB}/app/my-lb/50dc6c495c0c9188\nProtocol: HTTPS\n`,
        },
        {
          name: 'YAML key on a line of its own, no colon yet',
          uri: 'file:///work/c2.elbv2.yaml',
          languageId: 'yaml',
          source: `LoadBalancerArn: ${LB}/app/my-lb/50dc6c495c0c9188\nSsl$0\n`,
          label: 'SslPolicy',
          expected: `LoadBalancerArn: ${LB}/app/my-lb/50dc6c495c0c9188\nSslPolicy: \n`,
        },
        {
          name: 'JSON value inside empty quotes, narrowed to Network Load Balancer protocols',
          uri: 'file:///work/c3.elbv2.json',
          languageId: 'json',
          source: `{\n  "LoadBalancerArn": "${LB}/net/my-lb/50dc6c495c0c9188",\n  "Protocol": "$0"\n}\n`,
          label: 'TLS',
          expected: `{\n  "LoadBalancerArn": "${LB}/net/my-lb/50dc6c495c0c9188",\n  "Protocol": "TLS"\n}\n`,
        },
        {
          name: 'JSON key, half typed',
          uri: 'file:///work/c4.elbv2.json',
          languageId: 'json',
          source: `{\n  "LoadBalancerArn": "${LB}/app/my-lb/50dc6c495c0c9188",\n  "Po$0"\n}\n`,
          label: 'Port',
          expected: `{\n  "LoadBalancerArn": "${LB}/app/my-lb/50dc6c495c0c9188",\n  "Port": 1\n}\n`,
        },
      ];
      for (const c of cases) {
        test(c.name, async () => {
          const offset = c.source.indexOf('$0');
          const text = c.source.replace('$0', '');
          await client.open(c.uri, c.languageId, text);
          const position = TextDocument.create(c.uri, c.languageId, 1, text).positionAt(offset);
          const list = await client.request<CompletionList>('textDocument/completion', {
            textDocument: { uri: c.uri },
            position,
          });
          const item = list.items.find((i) => i.label === c.label);
          assert.ok(
            item?.textEdit && 'range' in item.textEdit,
            `no ${c.label} among ${list.items.map((i) => i.label).join(', ')}`,
          );
          const edit = {
            range: item.textEdit.range,
            newText:
              item.insertTextFormat === 2 ? stripSnippet(item.textEdit.newText) : item.textEdit.newText,
          };
          assert.equal(applyEdits(text, [edit]), c.expected);
          if (c.languageId === 'json' && c.label === 'TLS')
            assert.ok(!list.items.some((i) => i.label === 'HTTP'), 'HTTP offered on a Network Load Balancer');
          await client.close(c.uri);
        });
      }
    });

    test('hover shows the member documentation', async () => {
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri: URI },
        position: { line: 2, character: 1 },
      });
      const value = (hover.contents as MarkupContent).value;
      assert.match(value, /`Port`/);
      assert.match(value, /1.{1,3}65535/);
      assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
    });

    test('document symbols outline the listener and its actions', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri: URI },
      });
      assert.equal(symbols.length, 1);
      assert.match(symbols[0]?.name ?? '', /HTTP:99999/);
    });

    test('definition and references follow a template name', async () => {
      const uri = 'file:///work/stack.yaml';
      const text = [
        'Resources:',
        '  Lb:',
        '    Type: AWS::ElasticLoadBalancingV2::LoadBalancer',
        '  Http:',
        '    Type: AWS::ElasticLoadBalancingV2::Listener',
        '    Properties:',
        '      LoadBalancerArn: !Ref Lb',
        '      Protocol: HTTP',
        '      Port: 80',
        "      DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: '200', MessageBody: !Sub '${Lb.DNSName}' } }]",
        '',
      ].join('\n');
      await client.open(uri, 'yaml', text);
      const range = (line: number, character: number): Location['range'] => ({
        start: { line, character },
        end: { line, character: character + 2 },
      });
      const definition = await client.request<Location[]>('textDocument/definition', {
        textDocument: { uri },
        position: { line: 6, character: 29 },
      });
      assert.deepEqual(definition, [{ uri, range: range(1, 2) }]);
      const references = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri },
        position: { line: 1, character: 3 },
        context: { includeDeclaration: false },
      });
      const sub = (text.split('\n')[9] ?? '').indexOf('${Lb') + 2;
      assert.deepEqual(references, [
        { uri, range: range(6, 28) },
        { uri, range: range(9, sub) },
      ]);
      await client.close(uri);
    });

    test('a code action fixes its diagnostic', async () => {
      await client.change(URI, 6, [{ text: LISTENER }]);
      const published = await client.diagnostics(URI, (p) => p.version === 6);
      const diagnostic = published.diagnostics.find((d) => d.code === 'invalid-enum-value') as Diagnostic;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const action = actions.find((a) => a.title.includes('forward')) as CodeAction;
      assert.ok(action, `no fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(action.kind, 'quickfix');
      const fixed = applyEdits(LISTENER, action.edit?.changes?.[URI] ?? []);
      assert.equal(fixed, LISTENER.replace('Forward', 'forward'));
      await client.change(URI, 7, [{ text: fixed }]);
      assert.deepEqual((await client.diagnostics(URI, (p) => p.version === 7)).diagnostics, []);
    });

    test('a settings change re-validates open documents', async () => {
      await client.change(URI, 8, [
        { text: LISTENER.replace('Forward', 'forward').replace('Port: 80', 'Port: 0') },
      ]);
      assert.deepEqual(codes((await client.diagnostics(URI, (p) => p.version === 8)).diagnostics), [
        'value-out-of-range',
      ]);
      client.configuration = { rules: { 'value-out-of-range': 'off' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      assert.deepEqual((await client.diagnostics(URI, (p) => p.version === 8)).diagnostics, []);
      client.configuration = {};
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      assert.deepEqual(codes((await client.diagnostics(URI, (p) => p.version === 8)).diagnostics), [
        'value-out-of-range',
      ]);
    });

    test('a YAML file that is not an ELBv2 document gets no diagnostics', async () => {
      const uri = 'file:///work/.github/workflows/ci.yml';
      await client.open(
        uri,
        'yaml',
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
      );
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 1 },
      });
      assert.equal(hover, null);
      assert.ok(!client.published.some((p) => p.uri === uri));
    });

    test('closing a document clears its diagnostics', async () => {
      await client.close(URI);
      const published = await client.diagnostics(
        URI,
        (p) => p.diagnostics.length === 0 && p.version === undefined,
      );
      assert.deepEqual(published.diagnostics, []);
    });

    test('requests for a document never opened answer empty', async () => {
      const uri = 'file:///work/never-opened.elbv2.yaml';
      const position = { line: 0, character: 0 };
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null);
      assert.equal(
        await client.request('textDocument/completion', { textDocument: { uri }, position }),
        null,
      );
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
      assert.deepEqual(
        await client.request('textDocument/definition', { textDocument: { uri }, position }),
        [],
      );
    });
  });
}

protocolSuite('server over an in-process stream pair', () => LspClient.inProcess());
protocolSuite('the web build in a web worker', () => {
  builtCli();
  return LspClient.webWorker(path.join(ROOT, 'dist/browser/server.js'));
});

describe('the built server spawned over stdio', () => {
  before(() => {
    builtCli();
  });

  function spawnServer(): LspClient {
    return LspClient.spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--stdio']);
  }

  function exitCode(client: LspClient): Promise<number | null> {
    return new Promise((resolve) => client.child?.on('exit', (code) => resolve(code)));
  }

  test('initialize, didOpen → diagnostics, completion, shutdown and exit (code 0)', async () => {
    const client = spawnServer();
    const exited = exitCode(client);
    const init = await client.initialize({});
    assert.equal(init.serverInfo?.name, 'elbv2-ls');
    await client.open(URI, 'yaml', LISTENER);
    assert.deepEqual(codes((await client.diagnostics(URI)).diagnostics), ['invalid-enum-value']);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line: 1, character: 10 },
    });
    assert.ok(
      list.items.some((i) => i.label === 'HTTPS'),
      `HTTPS not offered: ${list.items.map((i) => i.label).join(', ')}`,
    );
    await client.shutdown();
    assert.equal(await exited, 0);
    client.dispose();
  });

  test('exit without shutdown ends with code 1', async () => {
    const client = spawnServer();
    const exited = exitCode(client);
    await client.initialize({});
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 1);
    client.dispose();
  });
});
