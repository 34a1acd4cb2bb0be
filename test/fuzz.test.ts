// The bounded fuzz run of `npm test` (`npm run fuzz` runs longer, with 10 MB documents): the
// saved regressions, every hostile generated document at 256 KB, mutations of the fixtures,
// examples and corpus fed to the language service, and mutated edits sent to the spawned server.
// The seed is fixed, so a failure here reproduces with `npm run fuzz -- --seed 20261122`.
// Each run stops at a count of inputs or at a wall-clock budget, whichever comes first, so a
// slow machine runs fewer inputs instead of failing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLanguageService, type LanguageService } from '../server/src/service/languageService';
import { builtCli } from './support/builtCli';
import { LspClient } from './support/lspClient';
import { generated } from './fuzz/generators';
import { exercise, oneDefect, type FuzzInput, type Violation } from './fuzz/invariants';
import { minimize } from './fuzz/minimize';
import { Random } from './fuzz/random';
import { loadRegressions } from './fuzz/regressions';
import { fuzzService, type Failure } from './fuzz/runner';
import { loadSeeds } from './fuzz/seeds';
import { fuzzServer } from './fuzz/serverFuzz';

const SEED = 20261122;
/** CI machines are slower and busier than a laptop; the time bound is still far above a correct run. */
const TIME_SCALE = 3;
const seeds = loadSeeds();

function explain(failures: readonly Pick<Failure, 'signature' | 'origin'>[]): string {
  return failures.map((f) => `${f.signature}\n    from ${f.origin}`).join('\n');
}

describe('fuzzing (bounded)', () => {
  test('the invariants catch what they are meant to catch', () => {
    // A service that breaks each invariant once: a range past the end, a range that splits a
    // surrogate pair, a throwing hover, a completion whose range misses the cursor.
    const real = createLanguageService();
    const broken: LanguageService = {
      ...real,
      check(input) {
        const analysis = real.check(input);
        const finding = { ruleId: 'fake', severity: 'error' as const, message: 'fake' };
        return {
          ...analysis,
          findings: [
            { ...finding, start: 0, end: input.text.length + 1 },
            { ...finding, start: input.text.indexOf('😀') + 1, end: input.text.length },
          ],
        };
      },
      hover() {
        throw new Error('hover broke');
      },
      complete: () => [
        { label: 'x', kind: 'value', replaceStart: 0, replaceEnd: 0, insertText: 'x', isSnippet: false },
      ],
    };
    const input: FuzzInput = { syntax: 'yaml', named: true, text: 'Name: 😀\nPort: 80\n' };
    const messages = exercise(broken, input, new Random(1), { positions: 4 }).map(
      (v) => `${v.operation}: ${v.message}`,
    );
    const expect = (pattern: RegExp): void =>
      assert.ok(
        messages.some((m) => pattern.test(m)),
        `${String(pattern)} not among\n${messages.join('\n')}`,
      );
    expect(/^check: fake: range \[0, 19\) is not inside the document/);
    expect(/^check: fake: offset 7 splits a surrogate pair/);
    expect(/^hover@\d+: threw Error: hover broke/);
    expect(/^complete@\d+: "x": replace range \[0, 0\) misses the cursor/);
  });

  test('one defect, bounded findings: a flood of syntax findings after one corrupted character is caught', () => {
    const real = createLanguageService();
    const clean = 'Name: web\nProtocol: HTTP\nPort: 80\nVpcId: vpc-1\n';
    const flooding: LanguageService = {
      ...real,
      check(input) {
        const analysis = real.check(input);
        if (input.text === clean) return analysis;
        const flood = Array.from({ length: 20 }, (_, i) => ({
          ruleId: 'yaml-syntax',
          severity: 'error' as const,
          message: 'unexpected token',
          start: i,
          end: i + 1,
        }));
        return { ...analysis, findings: flood };
      },
    };
    const violations = oneDefect(flooding, 'yaml', clean, new Random(3));
    assert.match(violations[0]?.message ?? '', /gives 20 syntax findings \(at most \d+\)/);
    assert.deepEqual(oneDefect(real, 'yaml', clean, new Random(3)), []);
  });

  test('minimizing keeps what fails and stops at its budget', { timeout: 60_000 }, () => {
    const fails = (t: string): boolean => t.includes('X\n') && t.includes('😀');
    assert.equal(minimize('a\nbX\nc\nd😀e\n', fails), 'X\n😀');
    // Nothing can be removed from this one: without the budget, every chunk size would be tried.
    const huge = `${'a'.repeat(200_000)}X\n`;
    const started = performance.now();
    assert.equal(
      minimize(huge, (t) => t === huge, { budgetMs: 200 }),
      huge,
    );
    assert.ok(performance.now() - started < 20_000, 'the budget bounds the work');
  });

  test('saved regressions stay fixed', () => {
    const service = createLanguageService();
    const regressions = loadRegressions();
    for (const { file, regression } of regressions) {
      const violations = exercise(service, regression, new Random(0), {
        positions: 12,
        timeScale: TIME_SCALE,
      });
      assert.deepEqual(violations, [], `${file} (${regression.found})`);
    }
  });

  test('hostile documents: deep nesting, huge scalars, alias and merge-key bombs, many errors', () => {
    // 256 KB here (runaway work shows at that size too); `npm run fuzz` feeds them at 10 MB.
    const service = createLanguageService();
    for (const hostile of generated(256 * 1024)) {
      const input: FuzzInput = { syntax: hostile.syntax, named: true, text: hostile.text() };
      const run = (): Violation[] =>
        exercise(service, input, new Random(SEED), { positions: 3, timeScale: TIME_SCALE });
      let violations = run();
      // A time bound broken once may be the machine; broken twice, it is the code.
      if (violations.length > 0 && violations.every((v) => v.message.startsWith('took '))) violations = run();
      assert.deepEqual(violations, [], hostile.name);
    }
  });

  test('found by `npm run fuzz`, too large to keep as files: regular expressions on multi-megabyte values', () => {
    // A regular expression with a group repeated per character overflows the regexp stack past a
    // few million characters: both places were rewritten as plain scans.
    const service = createLanguageService();
    const json: FuzzInput = {
      syntax: 'json',
      named: true,
      text: `{"Name": "x", "HealthCheckPath": "/${'a'.repeat(12_000_000)}"}`,
    };
    assert.doesNotThrow(() => service.complete(json, json.text.indexOf('"/')));
    const issuer = 'a.'.repeat(4_000_000) + 'a';
    const yaml: FuzzInput = {
      syntax: 'yaml',
      named: true,
      text: `LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188\nProtocol: HTTPS\nPort: 443\nDefaultActions:\n  - Type: authenticate-oidc\n    AuthenticateOidcConfig:\n      Issuer: ${issuer}\n`,
    };
    const findings = service.check(yaml).findings.filter((f) => f.ruleId === 'https-url-required');
    assert.equal(findings.length, 1, 'the issuer is reported as not an https URL');
  });

  test('mutated documents fed to the language service', (t) => {
    const report = fuzzService({
      seed: SEED,
      seeds,
      maxInputs: 4000,
      budgetMs: 25_000,
      generatedEvery: 200,
      generatedSize: 64 * 1024,
      heavyMutations: false,
      timeScale: TIME_SCALE,
    });
    t.diagnostic(`${report.inputs} inputs in ${Math.round(report.durationMs)} ms`);
    assert.deepEqual(report.failures, [], explain(report.failures));
    // Far below what a run reaches (about 100 inputs a second): the run did happen.
    assert.ok(report.inputs >= 50, `only ${report.inputs} inputs in ${Math.round(report.durationMs)} ms`);
  });

  describe('mutated edits sent to the spawned server', () => {
    let client: LspClient;
    before(async () => {
      client = LspClient.spawn(process.execPath, [builtCli(), '--stdio']);
      await client.initialize({});
    });
    after(async () => {
      await client.shutdown();
      client.dispose();
    });

    test('every request answered, every range inside its text, final diagnostics as a fresh check', async (t) => {
      const report = await fuzzServer(client, {
        seed: SEED,
        seeds,
        maxInputs: 300,
        budgetMs: 10_000,
        heavyMutations: false,
      });
      t.diagnostic(`${report.inputs} documents, ${report.changes} changes, ${report.requests} requests`);
      assert.deepEqual(
        report.failures.map((f) => `${f.message}\n    from ${f.origin}`),
        [],
      );
      assert.ok(report.inputs >= 5, `only ${report.inputs} documents in ${Math.round(report.durationMs)} ms`);
    });
  });
});
