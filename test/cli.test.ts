// Drives the built `elbv2-ls` binary (dist/cli.js) the way a user or a CI job does. Inputs live in
// test/cli/; the ones git cannot hold (CRLF, NUL bytes, node_modules, .git) are written to a
// temporary directory. Assertions name findings of stable generic rules, never total counts of
// everything, since rules are added all the time.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { escapeData, escapeProperty } from '../server/src/cli/formats/github';
import { RULES } from '../server/src/service/languageService';
import { builtCli } from './support/builtCli';
import { runCli, type CliRun } from './support/runCli';
import { missingShared, sharedPath } from './support/shared';

const ROOT = path.resolve(__dirname, '..');
const INPUTS = path.join(__dirname, 'cli');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

type Run = CliRun;

function run(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Run {
  return runCli(args, { ...options, cwd: options.cwd ?? INPUTS });
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes?: {
    title: string;
    edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[];
  }[];
}
interface JsonOutput {
  version: number;
  files: { path: string; kind: string | null; findings: JsonFinding[] }[];
  summary: { errors: number; warnings: number; infos: number; hints: number; filesChecked: number };
}

function json(result: Run): JsonOutput {
  return JSON.parse(result.stdout) as JsonOutput;
}

function findingOf(output: JsonOutput, file: string, ruleId: string): JsonFinding {
  const entry = output.files.find((f) => f.path === file);
  assert.ok(entry, `${file} is in the output: ${output.files.map((f) => f.path).join(', ')}`);
  const finding = entry.findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${file} has a ${ruleId} finding: ${JSON.stringify(entry.findings)}`);
  return finding;
}

const LB_ARN = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';
// A line with an emoji (a UTF-16 surrogate pair) before the out-of-range port.
const EMOJI_LINE_JSON =
  '  "DefaultActions": [{ "Type": "fixed-response", "FixedResponseConfig": { "StatusCode": "200", "MessageBody": "🚀 ok" } }], "Port": 70000,';
const EMOJI_LINE_YAML =
  '  DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200", MessageBody: "🚀 ok" } }], Port: 70000,';

let work: string;

before(() => {
  builtCli();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-ls-cli-'));
  const write = (file: string, content: string | Buffer): void => {
    fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    fs.writeFileSync(path.join(work, file), content);
  };
  const bad = fs.readFileSync(path.join(INPUTS, 'listener-bad.elbv2.yaml'));
  const good = fs.readFileSync(path.join(INPUTS, 'listener-good.elbv2.json'));
  write('walk/a.elbv2.yaml', bad);
  write('walk/node_modules/pkg/b.elbv2.yaml', bad);
  write('walk/.git/c.elbv2.yaml', bad);
  write('walk/.hidden/d.elbv2.yaml', bad);
  write('walk/sub/e.elbv2.json', good);
  write('walk/sub/workflow.yml', fs.readFileSync(path.join(INPUTS, 'workflow.yml')));
  write('walk/notes.txt', 'Port: 70000\n');
  write(
    'crlf/emoji.elbv2.json',
    ['{', `  "LoadBalancerArn": "${LB_ARN}",`, EMOJI_LINE_JSON, '  "Protocol": "HTTP"', '}', ''].join('\r\n'),
  );
  write(
    'crlf/emoji.elbv2.yaml',
    [`{ LoadBalancerArn: "${LB_ARN}",`, EMOJI_LINE_YAML, '  Protocol: HTTP }', ''].join('\r\n'),
  );
  write('binary/blob.elbv2.yaml', Buffer.from([0x50, 0x6f, 0x72, 0x74, 0x00, 0x01, 0x02]));
  write('binary/ok.elbv2.json', good);
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('elbv2-ls check: text format and exit codes', () => {
  test('an error: file:line:col, severity, message, rule id, code frame, summary; exit 1', () => {
    const result = run(['check', 'listener-bad.elbv2.yaml']);
    assert.equal(result.code, 1, result.stderr);
    const lines = result.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('listener-bad.elbv2.yaml:4:7 error '));
    assert.ok(header >= 0, result.stdout);
    assert.match(lines[header] ?? '', /between 1 and 65535.*\[value-out-of-range\]$/);
    assert.equal(lines[header + 1], ' 4 | Port: 70000');
    assert.equal(lines[header + 2], '   |       ^^^^^');
    assert.match(result.stdout, /^\d+ errors?, \d+ warnings? in 1 file \(1 file checked\)$/m);
    assert.doesNotMatch(result.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
    assert.equal(result.stderr, '');
  });

  test('a valid document: exit 0 and a clean summary', () => {
    const result = run(['check', 'listener-good.elbv2.json']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, 'No problems found (1 file checked)\n');
  });

  test('warnings alone exit 0; --max-warnings, --quiet and --rule change that', () => {
    const plain = run(['check', 'unknown-kind.elbv2.yaml']);
    assert.equal(plain.code, 0, plain.stdout);
    assert.match(plain.stdout, /unknown-kind\.elbv2\.yaml:2:1 warning .*\[unknown-document-kind\]/);
    assert.match(plain.stdout, /0 errors, 1 warning in 1 file \(1 file checked\)/);

    const strict = run(['check', '--max-warnings', '0', 'unknown-kind.elbv2.yaml']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /^elbv2-ls: too many warnings \(1; --max-warnings is 0\)$/m);
    assert.equal(run(['check', '--max-warnings=1', 'unknown-kind.elbv2.yaml']).code, 0);

    const quiet = run(['check', '--quiet', '--max-warnings', '0', 'unknown-kind.elbv2.yaml']);
    assert.equal(quiet.code, 0);
    assert.doesNotMatch(quiet.stdout, /warning/);

    const raised = run(['check', '--rule', 'unknown-document-kind=error', 'unknown-kind.elbv2.yaml']);
    assert.equal(raised.code, 1);
    assert.match(raised.stdout, /:2:1 error .*\[unknown-document-kind\]/);

    const off = run([
      'check',
      '--rule=value-out-of-range=off',
      'listener-bad.elbv2.yaml',
      '--format',
      'json',
    ]);
    assert.ok(!json(off).files[0]?.findings.some((f) => f.ruleId === 'value-out-of-range'));
  });

  test('--color forces ANSI colours, NO_COLOR does not override the flag, --no-color wins last', () => {
    assert.match(run(['check', '--color', 'listener-bad.elbv2.yaml']).stdout, /\u001b\[31m/);
    assert.match(
      run(['check', '--color', 'listener-bad.elbv2.yaml'], { env: { NO_COLOR: '1' } }).stdout,
      /\u001b\[/,
    );
    assert.doesNotMatch(
      run(['check', '--color', '--no-color', 'listener-bad.elbv2.yaml']).stdout,
      /\u001b\[/,
    );
  });

  test('usage errors exit 2 with a message on stderr and no stack trace', () => {
    const cases: [string[], RegExp][] = [
      [['check', '--frobnicate'], /^elbv2-ls: unknown option --frobnicate/],
      [['check', '--quite'], /did you mean --quiet\?/],
      [['check', '--format', 'xml'], /--format must be one of text, json, sarif, github, junit/],
      [['check', '--format'], /--format needs a value/],
      [['check', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
      [['check', '--rule', 'no-such-rule=off'], /unknown rule "no-such-rule"/],
      [['check', '--rule', 'unknown-membr=off'], /did you mean unknown-member\?/],
      [['check', '--rule', 'unknown-member=loud'], /must be one of error, warning, info, hint, off/],
      [['check', '--rule', 'unknown-member'], /--rule needs <rule-id>=<severity>/],
      [['chek'], /unknown command chek \(did you mean check\?\)/],
      [[], /no command given/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message, args.join(' '));
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(result.stdout, '');
    }
  });

  test('--help prints the usage to stdout; --version the package version', () => {
    for (const args of [['--help'], ['check', '--help'], ['-h']]) {
      const result = run(args);
      assert.equal(result.code, 0);
      assert.match(result.stdout, /^Usage: elbv2-ls check \[options\] \[path \| glob \| -\]\.\.\./);
      assert.match(result.stdout, /--max-warnings <n>/);
    }
    assert.equal(run(['--version']).stdout, `${VERSION}\n`);
    assert.equal(run(['check', '--version']).stdout, `${VERSION}\n`);
  });
});

describe('elbv2-ls check: JSON, SARIF and GitHub formats', () => {
  test('json: the documented shape, 1-based positions', () => {
    const result = run(['check', '--format', 'json', 'listener-bad.elbv2.yaml', 'listener-good.elbv2.json']);
    assert.equal(result.code, 1);
    const output = json(result);
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.files.map((f) => [f.path, f.kind]),
      [
        ['listener-bad.elbv2.yaml', 'create-listener'],
        ['listener-good.elbv2.json', 'create-listener'],
      ],
    );
    assert.deepEqual(Object.keys(output.summary), ['errors', 'warnings', 'infos', 'hints', 'filesChecked']);
    assert.equal(output.summary.filesChecked, 2);
    assert.ok(output.summary.errors >= 1);
    const finding = findingOf(output, 'listener-bad.elbv2.yaml', 'value-out-of-range');
    assert.deepEqual(
      { ...finding, message: undefined },
      {
        ruleId: 'value-out-of-range',
        severity: 'error',
        message: undefined,
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 12,
      },
    );
    assert.deepEqual(output.files[1]?.findings, []);
  });

  for (const file of ['crlf/emoji.elbv2.json', 'crlf/emoji.elbv2.yaml']) {
    test(`json: UTF-16 columns after an emoji, CRLF line endings (${path.extname(file)})`, () => {
      const output = json(run(['check', '--format', 'json', file], { cwd: work }));
      const finding = findingOf(output, file, 'value-out-of-range');
      const line = file.endsWith('.json') ? EMOJI_LINE_JSON : EMOJI_LINE_YAML;
      const column = line.indexOf('70000') + 1; // indexOf counts UTF-16 code units
      assert.equal([...line].indexOf('7') + 1, column - 1, 'the emoji is one code point but two code units');
      assert.deepEqual(
        [finding.line, finding.column, finding.endLine, finding.endColumn],
        [file.endsWith('.json') ? 3 : 2, column, file.endsWith('.json') ? 3 : 2, column + 5],
      );
    });
  }

  test('text: the code frame lines up the caret after a wide emoji', () => {
    const result = run(['check', 'crlf/emoji.elbv2.json'], { cwd: work });
    const lines = result.stdout.split('\n');
    const header = lines.findIndex((l) =>
      /^crlf\/emoji\.elbv2\.json:3:\d+ error .*\[value-out-of-range\]$/.test(l),
    );
    const source = lines[header + 1];
    const caret = lines[header + 2];
    assert.ok(source && caret, result.stdout);
    assert.ok(!source.includes('\r'), 'the CR is not printed');
    // The emoji takes two terminal cells, i.e. as much as two ASCII characters.
    const cells = source.replace('🚀', '##').indexOf('70000');
    assert.equal(caret, `   | ${' '.repeat(cells - 5)}^^^^^`);
  });

  test('sarif: 2.1.0 with rules metadata and a located result', () => {
    const result = run(['check', '--format', 'sarif', '.'], { cwd: path.join(work, 'crlf') });
    assert.equal(result.code, 1);
    const sarif = JSON.parse(result.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: {
          driver: {
            name: string;
            version: string;
            informationUri: string;
            rules: {
              id: string;
              shortDescription: { text: string };
              fullDescription: { text: string };
              helpUri?: string;
              defaultConfiguration: { level: string };
            }[];
          };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string; uriBaseId: string };
              region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
            };
          }[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run0 = sarif.runs[0];
    assert.ok(run0);
    const driver = run0.tool.driver;
    assert.equal(driver.name, 'elbv2-ls');
    assert.equal(driver.version, VERSION);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      RULES.map((r) => r.id),
    );
    const rule = driver.rules.find((r) => r.id === 'value-out-of-range');
    const source = RULES.find((r) => r.id === 'value-out-of-range');
    assert.ok(rule && source);
    assert.equal(rule.shortDescription.text, source.summary);
    assert.equal(rule.fullDescription.text, source.constraint);
    assert.equal(rule.helpUri, source.sources[0]?.url);
    assert.equal(rule.defaultConfiguration.level, 'error');
    for (const r of driver.rules) assert.match(r.defaultConfiguration.level, /^(error|warning|note)$/);

    const hit = run0.results.find(
      (r) =>
        r.ruleId === 'value-out-of-range' &&
        r.locations[0]?.physicalLocation.artifactLocation.uri === 'emoji.elbv2.json',
    );
    assert.ok(hit, JSON.stringify(run0.results, null, 1));
    assert.equal(driver.rules[hit.ruleIndex]?.id, 'value-out-of-range');
    assert.equal(hit.level, 'error');
    assert.match(hit.message.text, /65535/);
    const location = hit.locations[0]?.physicalLocation;
    assert.equal(location?.artifactLocation.uriBaseId, '%SRCROOT%');
    const column = EMOJI_LINE_JSON.indexOf('70000') + 1;
    assert.deepEqual(location?.region, {
      startLine: 3,
      startColumn: column,
      endLine: 3,
      endColumn: column + 5,
    });
  });

  test('sarif: nested paths use forward slashes', () => {
    const sarif = JSON.parse(run(['check', '--format', 'sarif', 'walk'], { cwd: work }).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    assert.ok(uris?.includes('walk/a.elbv2.yaml'), String(uris));
  });

  test('github: workflow commands with escaped properties', () => {
    const result = run(['check', '--format', 'github', 'listener-bad.elbv2.yaml', 'unknown-kind.elbv2.yaml']);
    assert.equal(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.ok(
      lines.some((l) =>
        /^::error file=listener-bad\.elbv2\.yaml,line=4,col=7,endLine=4,endColumn=12,title=value-out-of-range::.*65535/.test(
          l,
        ),
      ),
      result.stdout,
    );
    assert.ok(
      lines.some((l) => l.startsWith('::warning file=unknown-kind.elbv2.yaml,line=2,col=1,')),
      result.stdout,
    );
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^:]+::/);
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  });
});

describe('elbv2-ls check: finding files', () => {
  test('a directory walk skips node_modules and dot-directories, and non-ELBv2 YAML', () => {
    const result = run(['check', '--format', 'json', 'walk'], { cwd: work });
    assert.equal(result.code, 1, result.stderr);
    const output = json(result);
    assert.deepEqual(
      output.files.map((f) => f.path),
      ['walk/a.elbv2.yaml', 'walk/sub/e.elbv2.json'],
    );
    assert.equal(output.summary.filesChecked, 2);
    const text = run(['check', 'walk'], { cwd: work });
    assert.match(text.stdout, /\(2 files checked, 1 skipped as not ELBv2\)/);
  });

  test('no path checks the current directory', () => {
    const output = json(run(['check', '--format', 'json'], { cwd: path.join(work, 'walk') }));
    assert.deepEqual(
      output.files.map((f) => f.path),
      ['a.elbv2.yaml', 'sub/e.elbv2.json'],
    );
  });

  test('a file is checked by its content when its name does not say ELBv2', () => {
    const output = json(run(['check', '--format', 'json', 'mixed']));
    assert.deepEqual(
      output.files.map((f) => [f.path, f.kind]),
      [['mixed/target-group.yaml', 'create-target-group']],
    );
    assert.equal(findingOf(output, 'mixed/target-group.yaml', 'value-out-of-range').line, 4);
  });

  test('a GitHub workflow gets no findings; alone, it is reported as no ELBv2 document (exit 2)', () => {
    const together = run(['check', '--format', 'json', 'workflow.yml', 'listener-good.elbv2.json']);
    assert.deepEqual(
      json(together).files.map((f) => f.path),
      ['listener-good.elbv2.json'],
    );
    const alone = run(['check', 'workflow.yml']);
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /^elbv2-ls: workflow\.yml: not an ELBv2 document/m);
    // Not "No problems found": the summary says that a path could not be checked.
    assert.match(alone.stdout, /^1 path could not be checked \(0 files checked, 1 skipped as not ELBv2\)$/m);
    assert.doesNotMatch(alone.stdout, /No problems found/);
  });

  test('globs are expanded by the CLI', () => {
    const result = run(['check', '--format', 'json', '**/*.elbv2.json'], { cwd: work });
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      json(result)
        .files.map((f) => f.path)
        .sort(),
      ['binary/ok.elbv2.json', 'crlf/emoji.elbv2.json', 'walk/sub/e.elbv2.json'],
    );
    const single = run(['check', '--format', 'json', 'walk/*.elbv2.y?ml'], { cwd: work });
    assert.deepEqual(
      json(single).files.map((f) => f.path),
      ['walk/a.elbv2.yaml'],
    );
    const none = run(['check', 'walk/**/*.nothing'], { cwd: work });
    assert.equal(none.code, 2);
    assert.match(
      none.stderr,
      /^elbv2-ls: walk\/\*\*\/\*\.nothing: no YAML or JSON files match this pattern$/m,
    );
    const notElbv2 = run(['check', 'walk/sub/*.yml'], { cwd: work });
    assert.equal(notElbv2.code, 2);
    assert.match(
      notElbv2.stderr,
      /^elbv2-ls: walk\/sub\/\*\.yml: no ELBv2 documents among the 1 YAML\/JSON files/m,
    );
  });

  test('a missing path exits 2 after checking the others', () => {
    const result = run(['check', 'listener-bad.elbv2.yaml', 'no-such-file.elbv2.yaml']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^elbv2-ls: no-such-file\.elbv2\.yaml: no such file or directory$/m);
    assert.match(result.stdout, /listener-bad\.elbv2\.yaml:4:7 error/);
  });

  test('a binary file exits 2 after checking the others', () => {
    const result = run(['check', '--format', 'json', 'binary'], { cwd: work });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^elbv2-ls: binary\/blob\.elbv2\.yaml: binary file/m);
    assert.deepEqual(
      json(result).files.map((f) => f.path),
      ['binary/ok.elbv2.json'],
    );
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});

describe('elbv2-ls check -: standard input', () => {
  const yaml = fs.readFileSync(path.join(INPUTS, 'listener-bad.elbv2.yaml'), 'utf8');

  test('reads YAML as a named ELBv2 document called <stdin>', () => {
    const result = run(['check', '-'], { input: yaml });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^<stdin>:4:7 error .*\[value-out-of-range\]$/m);
    const unknown = run(['check', '--format', 'json', '-'], { input: 'Resources: {}\n' });
    assert.equal(findingOf(json(unknown), '<stdin>', 'unknown-document-kind').severity, 'warning');
  });

  test('json: quick fixes carry their edits with 1-based ranges', () => {
    const result = run(['check', '--format', 'json', '-'], {
      input: yaml.replace('Port: 70000', 'Port: "443"'),
    });
    const finding = findingOf(json(result), '<stdin>', 'wrong-type');
    assert.deepEqual(finding.fixes?.[0]?.edits, [
      { line: 4, column: 7, endLine: 4, endColumn: 12, newText: '443' },
    ]);
    assert.equal(typeof finding.fixes?.[0]?.title, 'string');
  });

  test('--stdin-filename sets the name and the syntax', () => {
    const text = fs
      .readFileSync(path.join(INPUTS, 'listener-good.elbv2.json'), 'utf8')
      .replace('80', '70000');
    const result = run(['check', '--format', 'json', '--stdin-filename', 'in/listener.elbv2.json', '-'], {
      input: text,
    });
    assert.equal(result.code, 1);
    const finding = findingOf(json(result), 'in/listener.elbv2.json', 'value-out-of-range');
    assert.deepEqual([finding.line, finding.column], [4, 11]);
    const workflow = fs.readFileSync(path.join(INPUTS, 'workflow.yml'), 'utf8');
    const skipped = run(['check', '--stdin-filename', 'ci.yml', '-'], { input: workflow });
    assert.equal(skipped.code, 2);
    assert.match(skipped.stderr, /^elbv2-ls: ci\.yml: not an ELBv2 document/m);
  });
});

describe('elbv2-ls check over the corpus', () => {
  const corpus = ['corpus', 'aws-cli-examples', 'extracted'];
  const missing = missingShared(...corpus);
  test('aws-cli-examples: no crash (exit 0 or 1)', { skip: missing }, () => {
    const result = run(['check', '--format', 'json', sharedPath(...corpus)]);
    assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`);
    assert.ok(json(result).summary.filesChecked > 0);
  });
});
