// The report formats of `elbv2-ls check` beyond the basics of cli.test.ts: SARIF checked against the
// official SARIF 2.1.0 schema with ajv, JUnit XML, --output, paths that could not be checked in every
// format, unused suppressions in CI formats, JSON sniffed on standard input, the code frame of a
// minified file, and the same output whatever the number of threads.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { builtCli } from './support/builtCli';
import { PARALLEL_FROM_FILES, threadCount } from '../server/src/cli/runJobs';
import { runCli } from './support/runCli';
import { LB_ARN, LISTENER_BAD_PORT } from './support/listeners';

const ROOT = path.resolve(__dirname, '..');
// The SARIF 2.1.0 schema (rtm.5, the version OASIS approved) as @microsoft/jest-sarif (MIT) ships it.
const SARIF_SCHEMA = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ARN = LB_ARN;
const BAD = LISTENER_BAD_PORT;
const GOOD = BAD.replace('70000', '80');

let dir: string;

function write(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}

function cli(args: string[], input?: string) {
  return runCli(['check', ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });
}

before(() => {
  builtCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-formats-'));
  write('bad.elbv2.yaml', BAD);
  write('good.elbv2.yaml', GOOD);
  write('a & <b>.elbv2.yaml', BAD.replace('Protocol: HTTP', 'Protocol: HTTP\nComment: "<&>\\u0001"'));
  write('blob.elbv2.yaml', Buffer.from([0x50, 0x00, 0x01]));
  write(
    'suppressed.elbv2.yaml',
    `# elbv2-ls-disable-next-line redirect-loop -- nothing to hide here\n${GOOD}`,
  );
  for (let i = 0; i < 150; i++) write(`many/d${i % 7}/lb${i}.elbv2.yaml`, i % 3 ? BAD : GOOD);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function sarifValidator(schema: object) {
  // The schema's patterns are ECMA-262 without the `u` flag (one has a lone `]`).
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv); // uri, uri-reference, date-time…: the schema's formats are checked too
  return ajv.compile(schema);
}

describe('SARIF', () => {
  test('validates against the SARIF 2.1.0 JSON schema, with results and an unreadable file', () => {
    const schema = JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as { title: string };
    assert.match(schema.title, /SARIF\) Version 2\.1\.0/);
    const validate = sarifValidator(schema);
    const result = cli(['--format', 'sarif', 'bad.elbv2.yaml', 'blob.elbv2.yaml', 'a & <b>.elbv2.yaml']);
    assert.equal(result.code, 2);
    const sarif = JSON.parse(result.stdout) as {
      runs: {
        results: unknown[];
        invocations: {
          executionSuccessful: boolean;
          toolExecutionNotifications: { message: { text: string } }[];
        }[];
      }[];
    };
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 1));
    const run = sarif.runs[0];
    assert.ok(run && run.results.length >= 2);
    assert.equal(run.invocations[0]?.executionSuccessful, false);
    assert.match(
      run.invocations[0]?.toolExecutionNotifications[0]?.message.text ?? '',
      /^blob\.elbv2\.yaml: binary file/,
    );
    // A clean run is valid too.
    assert.ok(
      validate(JSON.parse(cli(['--format', 'sarif', 'good.elbv2.yaml']).stdout)),
      JSON.stringify(validate.errors),
    );
  });

  test('the schema rejects what SARIF does not allow (the check can fail)', () => {
    const validate = sarifValidator(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as object);
    const sarif = JSON.parse(cli(['--format', 'sarif', 'bad.elbv2.yaml']).stdout) as {
      runs: { results: { level: string }[] }[];
    };
    const first = sarif.runs[0]?.results[0];
    assert.ok(first);
    first.level = 'fatal';
    assert.equal(validate(sarif), false);
  });
});

describe('JUnit XML', () => {
  test('a suite per file, a failed case per finding, a passing case for a clean file, an error for an unreadable one', () => {
    const result = cli([
      '--format',
      'junit',
      'bad.elbv2.yaml',
      'good.elbv2.yaml',
      'blob.elbv2.yaml',
      'a & <b>.elbv2.yaml',
    ]);
    assert.equal(result.code, 2);
    const xml = result.stdout;
    assert.match(
      xml,
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="elbv2-ls" tests="\d+" failures="\d+" errors="1">/,
    );
    assert.match(
      xml,
      /<testsuite name="bad\.elbv2\.yaml" tests="1" failures="1" errors="0">\n {4}<testcase classname="bad\.elbv2\.yaml" name="value-out-of-range at 3:7" file="bad\.elbv2\.yaml" line="3">\n {6}<failure type="error" message="`Port` must be between 1 and 65535[^"]*">bad\.elbv2\.yaml:3:7 error /,
    );
    assert.match(
      xml,
      /<testsuite name="good\.elbv2\.yaml" tests="1" failures="0" errors="0">\n {4}<testcase classname="good\.elbv2\.yaml" name="elbv2-ls" file="good\.elbv2\.yaml"\/>/,
    );
    assert.match(xml, /<error message="binary file[^"]*">blob\.elbv2\.yaml: binary file/);
    // Markup and control characters in paths and messages are escaped, never raw.
    assert.match(xml, /name="a &amp; &lt;b&gt;\.elbv2\.yaml"/);
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    assert.equal(balance(xml), 0, 'every element is closed');
    // The counts add up.
    const [, tests, failures] = /<testsuites name="elbv2-ls" tests="(\d+)" failures="(\d+)"/.exec(xml) ?? [];
    assert.equal(Number(tests), (xml.match(/<testcase /g) ?? []).length);
    assert.equal(Number(failures), (xml.match(/<failure /g) ?? []).length);
  });
});

/** Opened minus closed elements (self-closing ones count as both). */
function balance(xml: string): number {
  const opened = (xml.match(/<[a-z][^>]*[^/]>/g) ?? []).length;
  const closed = (xml.match(/<\/[a-z]+>/g) ?? []).length;
  return opened - closed;
}

describe('--output and paths that could not be checked', () => {
  test('--output writes the report to a file (making its directory) and nothing to stdout', () => {
    const result = cli(['--format', 'json', '--output', 'reports/elbv2.json', 'bad.elbv2.yaml']);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'reports/elbv2.json'), 'utf8')) as {
      files: unknown[];
    };
    assert.equal(report.files.length, 1);
    const text = cli(['--output', 'reports/elbv2.txt', '--color', 'bad.elbv2.yaml']);
    assert.equal(text.stdout, '');
    assert.match(fs.readFileSync(path.join(dir, 'reports/elbv2.txt'), 'utf8'), /^bad\.elbv2\.yaml:3:7 error/);
    const unwritable = cli(['--output', 'bad.elbv2.yaml/x.json', 'good.elbv2.yaml']);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /^elbv2-ls: cannot write bad\.elbv2\.yaml\/x\.json: /m);
  });

  test('JSON lists the paths it could not check; GitHub annotates them', () => {
    const json = JSON.parse(
      cli(['--format', 'json', 'good.elbv2.yaml', 'missing.elbv2.yaml', 'blob.elbv2.yaml']).stdout,
    ) as {
      problems: { path: string; message: string }[];
    };
    assert.deepEqual(json.problems, [
      { path: 'missing.elbv2.yaml', message: 'no such file or directory' },
      { path: 'blob.elbv2.yaml', message: 'binary file (it contains NUL bytes); not checked' },
    ]);
    const github = cli(['--format', 'github', 'missing.elbv2.yaml']);
    assert.equal(
      github.stdout,
      '::error file=missing.elbv2.yaml,title=elbv2-ls::no such file or directory\n',
    );
  });

  test('text: a run that exits 2 never says "No problems found"', () => {
    for (const args of [
      ['missing.elbv2.yaml'],
      ['blob.elbv2.yaml'],
      ['good.elbv2.yaml', 'missing.elbv2.yaml'],
    ]) {
      const result = cli(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.doesNotMatch(result.stdout, /No problems found/);
      assert.match(result.stdout, /1 path could not be checked/);
    }
  });
});

describe('unused suppressions', () => {
  test('reported in CI formats by default, not in text unless asked; the flags override both', () => {
    const ids = (args: string[]): string[] =>
      (
        JSON.parse(cli(['--format', 'json', ...args, 'suppressed.elbv2.yaml']).stdout) as {
          files: { findings: { ruleId: string }[] }[];
        }
      ).files.flatMap((f) => f.findings.map((x) => x.ruleId));
    assert.deepEqual(ids([]), ['unused-suppression']);
    assert.deepEqual(ids(['--no-report-unused-disable-directives']), []);
    assert.doesNotMatch(cli(['suppressed.elbv2.yaml']).stdout, /unused-suppression/);
    assert.match(
      cli(['--report-unused-disable-directives', 'suppressed.elbv2.yaml']).stdout,
      /\[unused-suppression\]/,
    );
    assert.match(cli(['--format', 'github', 'suppressed.elbv2.yaml']).stdout, /title=unused-suppression/);
  });
});

describe('standard input', () => {
  test('JSON without --stdin-filename is read as JSON; YAML flow mappings stay YAML', () => {
    const json = JSON.stringify({ LoadBalancerArn: ARN, Protocol: 'HTTP', Port: 70000, Extra: 1 }, null, 2);
    const result = JSON.parse(cli(['--format', 'json', '-'], json).stdout) as {
      files: { findings: { ruleId: string; line: number; column: number }[] }[];
    };
    const findings = result.files[0]?.findings ?? [];
    assert.ok(!findings.some((f) => f.ruleId === 'yaml-syntax'), JSON.stringify(findings));
    const port = findings.find((f) => f.ruleId === 'value-out-of-range');
    assert.deepEqual([port?.line, port?.column], [4, 11]);
    // A comment is a json-syntax error only when the text is read as JSON.
    const withComment = JSON.parse(
      cli(['--format', 'json', '-'], `${json.slice(0, -1)} // no\n}`).stdout,
    ) as {
      files: { findings: { ruleId: string }[] }[];
    };
    assert.ok(withComment.files[0]?.findings.some((f) => f.ruleId === 'json-syntax'));
    const flow = JSON.parse(
      cli(['--format', 'json', '-'], `{ LoadBalancerArn: ${ARN}, Protocol: HTTP, Port: 70000 }`).stdout,
    ) as {
      files: { findings: { ruleId: string }[] }[];
    };
    assert.ok(!flow.files[0]?.findings.some((f) => /syntax/.test(f.ruleId)), JSON.stringify(flow));
  });
});

describe('text format on a minified file', () => {
  test('the code frame shows a window of the long line around the caret', () => {
    // One line of 1.5 MB, with a finding near its end.
    const targetGroups = Array.from({ length: 4000 }, (_, i) => ({
      TargetGroupArn: `arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/tg${i}/73e2d6bc24d8a067`,
      TargetGroupName: `tg-${i}`,
      Protocol: 'HTTP',
      Port: i === 3999 ? 70000 : 80,
      VpcId: 'vpc-12345678',
      LoadBalancerArns: [ARN, ARN],
    }));
    write('minified.elbv2.json', JSON.stringify({ TargetGroups: targetGroups }));
    const result = cli(['minified.elbv2.json']);
    const lines = result.stdout.split('\n');
    const header = lines.findIndex((l) =>
      /^minified\.elbv2\.json:1:\d+ error .*\[value-out-of-range\]$/.test(l),
    );
    assert.ok(header >= 0, result.stdout.slice(0, 2000));
    const source = lines[header + 1] as string;
    const caret = lines[header + 2] as string;
    assert.match(source, /^ 1 \| …/);
    assert.ok(source.length <= 130, `the frame is cut: ${source.length} characters`);
    assert.equal(source.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1), '70000');
    assert.equal(lines.filter((l) => / error /.test(l)).length, 1, 'one finding');
    assert.ok(result.stdout.length < 2000, 'the output is what it prints, not the line');
  });
});

describe('parallel checking', () => {
  test('the same output in the same order on one thread or several', () => {
    const one = cli(['--format', 'json', '--concurrency', 'off', 'many']);
    const three = cli(['--format', 'json', '--concurrency', '3', 'many']);
    assert.equal(one.code, 1);
    assert.equal(three.code, one.code);
    assert.equal(three.stdout, one.stdout);
    const paths = (JSON.parse(one.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.equal(paths.length, 150);
    assert.deepEqual(
      paths,
      [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    assert.equal(cli(['--concurrency', '3', 'many']).stdout, cli(['--concurrency', 'off', 'many']).stdout);
  });

  test('--concurrency takes a number, auto or off', () => {
    const result = cli(['--concurrency', 'many', 'good.elbv2.yaml']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--concurrency must be a number of threads from 1 to 999, auto or off/);
  });
});

describe('how many threads', () => {
  test('auto: one below the threshold; the idle cores above it; never more than the files need', () => {
    const quiet = { cores: 4, load: 0.2 };
    assert.equal(threadCount('auto', PARALLEL_FROM_FILES - 1, quiet), 1);
    assert.equal(threadCount('auto', PARALLEL_FROM_FILES, quiet), 4);
    assert.equal(threadCount('auto', 10_000, { cores: 4, load: 2.6 }), 1);
    assert.equal(threadCount('auto', 10_000, { cores: 4, load: 1.2 }), 3);
    assert.equal(threadCount('auto', 10_000, { cores: 2, load: 9 }), 1);
    assert.equal(threadCount('off', 10_000, quiet), 1);
    assert.equal(threadCount(3, 10_000, quiet), 3);
    assert.equal(threadCount(8, 100, quiet), 2);
  });
});
