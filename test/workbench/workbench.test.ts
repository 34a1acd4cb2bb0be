// The real-VS-Code suite: the built .vsix installed into code-server (VS Code 1.100's workbench),
// driven in Debian's Chromium. A companion extension runs test/workbench/suite through the
// `vscode` API; then the UI itself is checked: the Problems panel, the suggest widget, the hover
// and the quick-fix menu. `npm run test:workbench` (a step of .ci/run); `npm run screenshots`
// also writes the README's screenshots. Under CI=true a missing code-server or Chromium fails.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { hasChromium, launchChromium, type ChromiumSession } from '../support/chromium';
import { buildWorkbenchSuite, COMPANION_VSIX, ROOT } from './build';
import {
  codeServerBin,
  createProfile,
  installExtension,
  startCodeServer,
  type RunningCodeServer,
} from './codeServer';
import type { ProblemRecord, SuiteReport } from './suite';
import { ELBV2_DOCUMENTS } from './suite/documents';
import { checkUi, type Shot } from './ui';

const VSIX = path.join(ROOT, 'elbv2-ls.vsix');
/** Where the screenshots of a failing run go; CI keeps this folder as an artifact. */
export const FAILURE_SHOTS = path.join(ROOT, 'test-results/workbench');
const README_SHOTS = path.join(ROOT, 'images/screenshots');
const REPORT_TIMEOUT_MS = 5 * 60_000;

const missing = [
  fs.existsSync(codeServerBin())
    ? undefined
    : `code-server (${codeServerBin()}; run scripts/install-code-server.sh)`,
  hasChromium() ? undefined : 'Chromium (apt-get install chromium)',
].filter((m): m is string => m !== undefined);
if (missing.length > 0 && process.env.CI === 'true')
  throw new Error(`the workbench suite needs ${missing.join(' and ')}, and CI must run it`);
const skip = missing.length > 0 ? `skipped: ${missing.join(' and ')} missing` : false;

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.enabled': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'editor.minimap.enabled': false,
  // Completion lists then hold only what language servers offer, not words of open documents.
  'editor.wordBasedSuggestions': 'off',
  'editor.hover.delay': 100,
  'files.autoSave': 'off',
  'window.commandCenter': false,
};

describe('the extension in a real VS Code workbench (code-server)', { skip }, () => {
  let dir: string;
  let server: RunningCodeServer | undefined;
  let browser: ChromiumSession | undefined;
  let page: Page;
  let report: SuiteReport;
  const shots: Shot[] = [];
  let uiPassed = false;

  before(async () => {
    execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'pipe' });
    await buildWorkbenchSuite();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-workbench-'));
    const profile = createProfile(dir, path.join(__dirname, 'workspace'), SETTINGS);
    installExtension(profile, VSIX);
    installExtension(profile, COMPANION_VSIX);
    const reportPath = path.join(dir, 'report.json');
    server = await startCodeServer(profile, { ELBV2_WORKBENCH_REPORT: reportPath });
    browser = await launchChromium({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(profile.workspace)}`);
    const deadline = Date.now() + REPORT_TIMEOUT_MS;
    while (!fs.existsSync(reportPath)) {
      if (Date.now() > deadline) {
        await failureShot(page, 'no-report');
        throw new Error(
          `the companion wrote no report within ${REPORT_TIMEOUT_MS / 1000} s:\n${server.log()}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as SuiteReport;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (process.env.ELBV2_SCREENSHOTS === 'update' && uiPassed) {
      fs.mkdirSync(README_SHOTS, { recursive: true });
      for (const shot of shots) fs.writeFileSync(path.join(README_SHOTS, `${shot.name}.png`), shot.png);
    }
  });

  test('the workbench is VS Code 1.100 and the workspace is untrusted (Restricted Mode)', () => {
    assert.match(report.vscodeVersion, /^1\.100\./);
    assert.equal(report.trusted, false);
  });

  test('the suite inside the workbench (vscode API)', async (t) => {
    assert.ok(report.results.length > 0, 'the companion ran no test');
    for (const result of report.results) await t.test(result.name, () => assert.ok(result.ok, result.error));
  });

  test('the Problems entries match `elbv2-ls check --format json`, finding for finding', () => {
    const files = ELBV2_DOCUMENTS.map((c) => path.join(__dirname, 'workspace/api', c.file));
    const cli = cliFindings(files);
    const key = (p: ProblemRecord): string =>
      `${p.file}:${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.severity} ${p.ruleId} ${p.message}`;
    assert.ok(cli.length > 0, 'the CLI found nothing: the comparison would prove nothing');
    assert.deepEqual(report.problems.map(key).sort(), cli.map(key).sort());
  });

  test('the UI: Problems panel, suggest widget, hover and quick fix', async () => {
    try {
      await checkUi(page, shots);
      uiPassed = true;
    } catch (error) {
      await failureShot(page, 'ui');
      throw error;
    }
  });
});

function cliFindings(files: string[]): ProblemRecord[] {
  let stdout: string;
  try {
    stdout = execFileSync(
      process.execPath,
      [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', ...files],
      {
        encoding: 'utf8',
      },
    );
  } catch (error) {
    stdout = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const json = JSON.parse(stdout) as {
    files: { path: string; findings: Omit<ProblemRecord, 'file'>[] }[];
  };
  return json.files.flatMap((f) =>
    f.findings.map((finding) => ({
      file: path
        .relative(path.join(__dirname, 'workspace/api'), path.resolve(f.path))
        .split(path.sep)
        .join('/'),
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
    })),
  );
}

async function failureShot(page: Page | undefined, name: string): Promise<void> {
  if (!page) return;
  fs.mkdirSync(FAILURE_SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(FAILURE_SHOTS, `${name}.png`) }).catch(() => undefined);
}
