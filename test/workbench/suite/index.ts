// The real-VS-Code suite: runs inside the workbench's extension host, through the `vscode` API,
// against the installed extension. Two runners load it: the companion extension under code-server
// (test/workbench/companion.ts, what CI runs) and @vscode/test-electron (`npm run test:vscode`,
// where VS Code desktop can be downloaded), which calls `run()`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ELBV2_DOCUMENTS, UNRELATED_DOCUMENTS } from './documents';

export const EXTENSION_ID = 'elbv2-ls.elbv2-ls';

export interface TestResult {
  name: string;
  ok: boolean;
  /** Why the test did not run (only where the runner lacks what it needs). */
  skipped?: string;
  error?: string;
  ms: number;
}

/** One Problems entry, as `check --format json` prints a finding (1-based, UTF-16 columns). */
export interface ProblemRecord {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SuiteReport {
  results: TestResult[];
  /** Problems entries from elbv2-ls per file of workspace/api/, read before any edit. */
  problems: ProblemRecord[];
  trusted: boolean;
  vscodeVersion: string;
}

const TIMEOUT_MS = 60_000;
const SEVERITY = ['error', 'warning', 'info', 'hint'];

function apiUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the workbench opened no folder');
  return vscode.Uri.joinPath(folder.uri, 'api', file);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'elbv2-ls');
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

async function until<T>(
  what: string,
  read: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function open(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(apiUri(file));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

function rulesOf(uri: vscode.Uri): string[] {
  return [...new Set(ours(uri).map(ruleOf))].sort();
}

async function diagnosticsFor(file: string, rules: readonly string[]): Promise<vscode.Diagnostic[]> {
  const document = await open(file);
  const expected = [...rules].sort().join(',');
  await until(
    `${file} to show ${expected || 'no problems'} (it shows ${rulesOf(document.uri).join(',')})`,
    () => (rulesOf(document.uri).join(',') === expected ? true : undefined),
  );
  return ours(document.uri);
}

/** The position just after `prefix` on the first (or last) line that starts with it. */
function positionAfter(
  document: vscode.TextDocument,
  prefix: string,
  which: 'first' | 'last' = 'first',
): vscode.Position {
  const lines = [...Array(document.lineCount).keys()];
  if (which === 'last') lines.reverse();
  for (const line of lines)
    if (document.lineAt(line).text.startsWith(prefix)) return new vscode.Position(line, prefix.length);
  throw new Error(`no line starting with "${prefix}" in ${document.uri.path}`);
}

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  // Word-based suggestions (kind Text) come from the editor, not from a language server.
  return list.items
    .filter((i) => i.kind !== vscode.CompletionItemKind.Text)
    .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

type Test = [name: string, run: () => Promise<void>, needs?: 'logs'];

/** The extension host's log folder, when the runner knows it (the companion passes its logUri). */
let logFolder: string | undefined;

/** The lines of the output channel's log file, found in the extension host's log folder. */
function channelLog(channel: string): string {
  if (!logFolder) throw new Error('the runner gave no log folder');
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 3) walk(full, depth + 1);
      else if (entry.name.endsWith(`${channel}.log`)) found.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(logFolder, 0);
  return found.join('\n');
}

const problems: ProblemRecord[] = [];

const TESTS: Test[] = [
  [
    'the extension activates, in Restricted Mode too',
    async () => {
      await open('listener.elbv2.yaml');
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      check(extension, `${EXTENSION_ID} is not installed`);
      await until('the extension to activate', () => extension.isActive);
    },
  ],
  [
    'each ELBv2 document shows its Problems entries',
    async () => {
      for (const c of ELBV2_DOCUMENTS) {
        for (const d of await diagnosticsFor(c.file, c.rules)) {
          problems.push({
            file: c.file,
            ruleId: ruleOf(d),
            severity: SEVERITY[d.severity] ?? String(d.severity),
            message: d.message,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          });
        }
      }
    },
  ],
  [
    'completion after `Protocol: ` offers HTTP and HTTPS only, on an Application Load Balancer',
    async () => {
      const document = await open('listener.elbv2.yaml');
      const labels = await completionLabels(document, positionAfter(document, 'Protocol: '));
      for (const label of ['HTTP', 'HTTPS'])
        check(labels.includes(label), `${label} missing: ${labels.join(', ')}`);
      for (const label of ['TCP', 'UDP', 'TLS'])
        check(!labels.includes(label), `${label} offered: ${labels.join(', ')}`);
    },
  ],
  [
    'completion after `Type: ` offers the action types an HTTP listener takes',
    async () => {
      const document = await open('listener.elbv2.yaml');
      const labels = await completionLabels(document, positionAfter(document, '  - Type: ', 'last'));
      for (const label of ['forward', 'redirect', 'fixed-response'])
        check(labels.includes(label), `${label} missing: ${labels.join(', ')}`);
      check(!labels.includes('authenticate-oidc'), `authentication offered on HTTP: ${labels.join(', ')}`);
      check(!labels.includes('ProtocolEnum') && !labels.includes('ActionTypeEnum'), 'SDK type names shown');
    },
  ],
  [
    'hover on `Port` shows its documentation and range',
    async () => {
      const document = await open('listener.elbv2.yaml');
      const position = positionAfter(document, 'Port: 70000').with({ character: 1 });
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        position,
      );
      const text = hovers
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : c.value))
        .join('\n');
      check(/`Port`/.test(text) && /65535/.test(text), `hover: ${text}`);
    },
  ],
  [
    'a quick fix applied removes its diagnostic',
    async () => {
      const document = await open('listener.elbv2.yaml');
      const diagnostic = ours(document.uri).find((d) => ruleOf(d) === 'invalid-enum-value');
      check(diagnostic, 'no invalid-enum-value diagnostic');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title.includes('forward'));
      check(fix?.edit, `no fix among ${actions.map((a) => a.title).join(', ')}`);
      check(await vscode.workspace.applyEdit(fix.edit), 'the edit was not applied');
      check(document.getText().includes('- Type: forward'), 'the text did not change');
      await until(
        'the invalid-enum-value diagnostic to go',
        () => !ours(document.uri).some((d) => ruleOf(d) === 'invalid-enum-value'),
      );
      await revert(document);
    },
  ],
  [
    'in a template, go to definition on `!Ref Balancer` leads to the Balancer resource',
    async () => {
      const document = await open('stack.yaml');
      const position = positionAfter(document, '      LoadBalancerArn: !Ref Bal');
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        document.uri,
        position,
      );
      const lines = (found ?? []).map((l) => ('targetRange' in l ? l.targetRange : l.range).start.line);
      const declared = document.getText().split('\n').indexOf('  Balancer:');
      check(
        declared > 0 && lines.includes(declared),
        `definitions at lines ${lines.join(', ')}, not ${declared}`,
      );
    },
  ],
  [
    'the outline lists the listener and its actions',
    async () => {
      const document = await open('listener.elbv2.yaml');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      const flatten = (list: vscode.DocumentSymbol[]): string[] =>
        list.flatMap((s) => [s.name, ...flatten(s.children)]);
      const names = flatten(symbols ?? []);
      check(
        names.some((n) => /HTTP:70000/.test(n)),
        `outline: ${names.join(' | ')}`,
      );
      check(
        names.some((n) => /forward|Forward/.test(n)),
        `outline: ${names.join(' | ')}`,
      );
    },
  ],
  [
    'a settings change takes effect: a rule turned off and on again',
    async () => {
      const document = await open('target-group.elbv2.json');
      const config = vscode.workspace.getConfiguration('elbv2');
      await config.update('rules', { 'value-out-of-range': 'off' }, vscode.ConfigurationTarget.Global);
      try {
        await until('value-out-of-range to go', () => rulesOf(document.uri).join(',') === 'wrong-type');
      } finally {
        await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
      }
      await until('value-out-of-range to come back', () =>
        rulesOf(document.uri).includes('value-out-of-range'),
      );
    },
  ],
  [
    'unrelated YAML and JSON stay silent',
    async () => {
      const documents: vscode.TextDocument[] = [];
      for (const file of UNRELATED_DOCUMENTS) documents.push(await open(file));
      // The server answers in order: once a change to a checked document is published, the
      // unrelated ones opened before it have been handled.
      const marker = await open('clean.elbv2.yaml');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(marker.uri, new vscode.Position(2, 8), '0000'); // Port: 800000
      await vscode.workspace.applyEdit(edit);
      await until('the marker edit to be checked', () => rulesOf(marker.uri).includes('value-out-of-range'));
      await revert(marker);
      for (const document of documents) {
        check(
          ours(document.uri).length === 0,
          `${document.uri.path} got ${rulesOf(document.uri).join(', ')}`,
        );
        const labels = await completionLabels(document, new vscode.Position(1, 2));
        check(!labels.includes('LoadBalancerArn'), `${document.uri.path} offered ELBv2 members`);
      }
    },
  ],
  [
    'elbv2.trace.server alone writes the protocol to the trace channel',
    async () => {
      const document = await open('listener.elbv2.yaml');
      const hover = async (): Promise<void> => {
        await vscode.commands.executeCommand(
          'vscode.executeHoverProvider',
          document.uri,
          new vscode.Position(2, 1),
        );
      };
      const config = vscode.workspace.getConfiguration('elbv2');
      await config.update('trace.server', 'messages', vscode.ConfigurationTarget.Global);
      try {
        await until('a traced hover request', async () => {
          await hover();
          return (
            /Sending request 'textDocument\/hover/.test(channelLog('ELBv2 Language Server Trace')) ||
            undefined
          );
        });
      } finally {
        await config.update('trace.server', undefined, vscode.ConfigurationTarget.Global);
      }
    },
    'logs',
  ],
  [
    'Restart Server and Show Output run, and the server serves again',
    async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['elbv2.restartServer', 'elbv2.showOutput'])
        check(commands.includes(c), `${c} missing`);
      await vscode.commands.executeCommand('elbv2.showOutput');
      await vscode.commands.executeCommand('elbv2.restartServer');
      const document = await open('listener.elbv2.yaml');
      await until('diagnostics after the restart', () => ours(document.uri).length > 0);
      const labels = await completionLabels(document, positionAfter(document, 'Protocol: '));
      check(labels.includes('HTTPS'), `after the restart: ${labels.join(', ')}`);
    },
  ],
];

/** Runs every test; never throws. `logs`: the extension host's log folder, for the trace test. */
export async function runSuite(logs?: string): Promise<SuiteReport> {
  logFolder = logs;
  const results: TestResult[] = [];
  for (const [name, test, needs] of TESTS) {
    if (needs === 'logs' && !logs) {
      results.push({ name, ok: true, skipped: 'the runner gives no log folder', ms: 0 });
      continue;
    }
    const started = Date.now();
    try {
      await test();
      results.push({ name, ok: true, ms: Date.now() - started });
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ name, ok: false, error: message, ms: Date.now() - started });
    }
  }
  return { results, problems, trusted: vscode.workspace.isTrusted, vscodeVersion: vscode.version };
}

/** The entry @vscode/test-electron calls: throws when a test failed. */
export async function run(): Promise<void> {
  const report = await runSuite();
  for (const r of report.results)
    console.log(
      `${r.ok ? 'ok' : 'not ok'} - ${r.name} (${r.ms} ms)${r.skipped ? ` # SKIP ${r.skipped}` : ''}${r.error ? `\n${r.error}` : ''}`,
    );
  const failed = report.results.filter((r) => !r.ok);
  if (failed.length > 0) throw new Error(`${failed.length} workbench tests failed`);
}
