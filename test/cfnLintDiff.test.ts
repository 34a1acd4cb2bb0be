// A differential test against cfn-lint: every ELBv2 error cfn-lint reports on a CloudFormation
// template, elbv2-ls reports too, unless the reviewed list in test/support/cfnLintDisagreements.ts
// says why cfn-lint is wrong there or why the error is not ELBv2's (docs/rules.md shows that list),
// or KNOWN_MISSES below names it as a real constraint elbv2-ls does not check yet.
//
// The templates: those of ../shared/corpus (read from there, never copied) and the project's own
// (test/fixtures/**/*.template.{yaml,json}, examples/*.template.*), whose annotation lines are left
// blank so that cfn-lint can read them and line numbers stay the fixture's. cfn-lint runs once over
// all of them (`--format json`); nothing of its output is kept in the repository.
//
// An ELBv2 error: a cfn-lint error (E…; warnings and informational findings are out of scope)
// whose path is inside a resource of type AWS::ElasticLoadBalancingV2::*, or inside a parameter,
// condition or mapping that such a resource uses (by Ref, Fn::Sub, Fn::If, Condition or
// Fn::FindInMap, conditions followed through the conditions and parameters they use).
//
// Matching: elbv2-ls reports it when one of its error findings on the same text touches a line of
// the place cfn-lint's path names, that is, of the deepest node on the path that the document has
// (a path may go on into what is missing): for a value, its lines and its key's; for an object or
// a list, the line of its key or the first line of one of its own members, not deeper. So
// "'Certificates' is a required property" at `Properties` matches certificate-required on
// `Protocol: HTTPS`, but not a finding inside `DefaultActions`. An error in a parameter, condition
// or mapping matches only in that entry: a finding where an ELBv2 resource uses it can be about
// anything else there.
//
// cfn-lint missing: skipped, but not under CI=true (.ci/run installs it), where the test fails.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, syntaxOfPath, type Finding } from '../server/src/service/languageService';
import { isObject, owningProperty, propertyValue, type Node } from '../server/src/service/syntax/tree';
import { blankAnnotations } from './support/annotatedFixture';
import { cfnLintVersion, runCfnLint, type CfnLintFinding } from './support/cfnLint';
import { CFN_LINT_DISAGREEMENTS } from './support/cfnLintDisagreements';
import { missingShared, sharedPath } from './support/shared';

interface KnownMiss {
  file: string;
  ruleId: string;
  line: number;
  reason: string;
}

/**
 * Real constraints on ELBv2 resources that cfn-lint checks and elbv2-ls does not (yet). Each is a
 * failing expectation (a `todo` test below), not an accepted disagreement: fix elbv2-ls, then take
 * the entry off (the file's own test fails while an entry here is reported).
 */
const KNOWN_MISSES: readonly KnownMiss[] = [];

const ROOT = path.resolve(__dirname, '..');
const ELBV2 = 'AWS::ElasticLoadBalancingV2::';
const version = cfnLintVersion();
const skip =
  !version && process.env.CI !== 'true'
    ? 'skipped: cfn-lint is not installed (python3 -m pip install cfn-lint==1.51.*)'
    : false;
const corpusMissing = missingShared('corpus');
const service = createLanguageService();

interface Template {
  /** `corpus/…` or the path in the repository. */
  name: string;
  /** The text both tools read (a fixture with its annotation lines blank). */
  text: string;
  /** The file cfn-lint reads. */
  file: string;
}

/** An ELBv2 error of cfn-lint, and the lines where an elbv2-ls finding matches it. */
interface Elbv2Error {
  finding: CfnLintFinding;
  /** 0-based inclusive line ranges. */
  places: readonly Lines[];
}

interface Outcome {
  errors: Elbv2Error[];
  matched: Elbv2Error[];
  unmatched: Elbv2Error[];
}

function walk(dir: string, keep: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name), keep) : keep(e.name) ? [path.join(dir, e.name)] : [],
    )
    .sort();
}

/** A template with an ELBv2 resource: a `Resources` key and an ELBv2 resource type in its text. */
function isElbv2Template(text: string): boolean {
  return text.includes(ELBV2) && /^\s*"?Resources"?\s*:/m.test(text);
}

function templates(scratch: string): Template[] {
  const out: Template[] = [];
  if (!corpusMissing) {
    const corpus = sharedPath('corpus');
    for (const file of walk(corpus, (n) => /\.(ya?ml|json|template)$/.test(n))) {
      const text = fs.readFileSync(file, 'utf8');
      if (isElbv2Template(text))
        out.push({ name: `corpus/${path.relative(corpus, file).split(path.sep).join('/')}`, text, file });
    }
  }
  const own = [
    ...walk(path.join(ROOT, 'test/fixtures'), (n) => /\.template\.(ya?ml|json)$/.test(n)),
    ...walk(path.join(ROOT, 'examples'), (n) => /\.template\.(ya?ml|json)$/.test(n)),
  ];
  for (const source of own) {
    const name = path.relative(ROOT, source).split(path.sep).join('/');
    const file = path.join(scratch, name);
    const text = blankAnnotations(fs.readFileSync(source, 'utf8'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    out.push({ name, text, file });
  }
  return out;
}

function child(node: Node | undefined, step: string | number): Node | undefined {
  if (typeof step === 'number') return node?.type === 'array' ? node.items[step] : undefined;
  return isObject(node) ? propertyValue(node, step) : undefined;
}

type Lines = [number, number];

/** The lines of a node, from its key when it is a property's value. */
function linesOf(doc: TextDocument, node: Node): Lines {
  const start = owningProperty(node)?.start ?? node.start;
  return [doc.positionAt(start).line, doc.positionAt(node.end).line];
}

/**
 * Where a finding about a node may be: anywhere on a scalar (and its key); for an object or a list,
 * its key's line or the first line of one of its own members, not deeper, so that an error about a
 * `Properties` block matches `Protocol: HTTPS` but not a finding inside `DefaultActions`.
 */
function placesOf(doc: TextDocument, node: Node): Lines[] {
  if (node.type === 'scalar') return [linesOf(doc, node)];
  const first = linesOf(doc, node)[0];
  const members = node.type === 'object' ? node.properties : node.items;
  return [
    [first, first],
    ...members.map((m): Lines => [doc.positionAt(m.start).line, doc.positionAt(m.start).line]),
  ];
}

/** The deepest node on the path that the document has. */
function deepest(root: Node | undefined, steps: readonly (string | number)[]): Node | undefined {
  let node = root;
  for (const step of steps) {
    const next = child(node, step);
    if (!next) break;
    node = next;
  }
  return node;
}

const REFERENCES = new Set(['Ref', 'Condition', 'Fn::If', 'Fn::FindInMap', 'Fn::Sub']);

/** The names a node refers to: by Ref, Fn::Sub `${…}`, Fn::If, Condition or Fn::FindInMap. */
function namesUsed(node: Node | undefined, out = new Set<string>()): Set<string> {
  if (!node || node.type === 'scalar') return out;
  if (node.type === 'array') {
    for (const item of node.items) namesUsed(item, out);
    return out;
  }
  for (const p of node.properties) {
    const first = p.value.type === 'array' ? p.value.items[0] : p.value;
    if (REFERENCES.has(p.key.value) && first?.type === 'scalar') {
      if (p.key.value !== 'Fn::Sub') out.add(String(first.value));
      else for (const m of String(first.value).matchAll(/\$\{([^!}.][^}.]*)/g)) out.add(m[1] ?? '');
    }
    namesUsed(p.value, out);
  }
  return out;
}

/** An ELBv2 resource uses the parameter, condition or mapping, directly or through conditions. */
function usedByElbv2(root: Node | undefined, name: string): boolean {
  const conditions = child(root, 'Conditions');
  const resources = child(root, 'Resources');
  const seen = new Set<string>();
  const reaches = (used: string): boolean => {
    if (used === name) return true;
    const condition = child(conditions, used);
    if (!condition || seen.has(used)) return false;
    seen.add(used);
    return [...namesUsed(condition)].some(reaches);
  };
  return (
    isObject(resources) &&
    resources.properties.some((r) => {
      const type = child(r.value, 'Type');
      return (
        type?.type === 'scalar' &&
        String(type.value).startsWith(ELBV2) &&
        [...namesUsed(r.value)].some(reaches)
      );
    })
  );
}

/** The ELBv2 errors among cfn-lint's findings on a template, and the places that match each. */
function elbv2Errors(
  doc: TextDocument,
  root: Node | undefined,
  found: readonly CfnLintFinding[],
): Elbv2Error[] {
  const errors: Elbv2Error[] = [];
  for (const finding of found) {
    const steps = finding.path;
    if (!finding.ruleId.startsWith('E') || !steps || steps.length < 2) continue;
    const [section, name] = steps;
    const entry = child(child(root, String(section)), String(name));
    if (!entry) continue;
    if (section === 'Resources') {
      const type = child(entry, 'Type');
      if (type?.type !== 'scalar' || !String(type.value).startsWith(ELBV2)) continue;
      const node = deepest(root, steps);
      if (node) errors.push({ finding, places: placesOf(doc, node) });
    } else if (section === 'Parameters' || section === 'Conditions' || section === 'Mappings') {
      if (usedByElbv2(root, String(name)))
        errors.push({ finding, places: placesOf(doc, deepest(root, steps) ?? entry) });
    }
  }
  return errors;
}

function matches(error: Elbv2Error, doc: TextDocument, findings: readonly Finding[]): boolean {
  return findings.some((f) => {
    if (f.severity !== 'error') return false;
    const first = doc.positionAt(f.start).line;
    const last = doc.positionAt(f.end).line;
    return error.places.some(([from, to]) => first <= to && last >= from);
  });
}

const keyOf = (file: string, ruleId: string, line: number): string => `${file} ${ruleId} line ${line}`;
const describeError = (name: string, e: Elbv2Error): string =>
  `${keyOf(name, e.finding.ruleId, e.finding.line)} at ${JSON.stringify(e.finding.path)}: ${e.finding.message}`;

describe('cfn-lint and elbv2-ls on the same templates', { skip }, () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'elbv2-cfnlint-'));
  const all = skip ? [] : templates(scratch);
  const outcomes = new Map<string, Outcome>();
  const disagreements = new Map(CFN_LINT_DISAGREEMENTS.map((d) => [keyOf(d.file, d.ruleId, d.line), d]));
  const knownMisses = new Map(KNOWN_MISSES.map((m) => [keyOf(m.file, m.ruleId, m.line), m]));

  before(async () => {
    if (!version) throw new Error('cfn-lint is not installed, and CI=true: .ci/run installs it');
    let found: CfnLintFinding[];
    try {
      found = await runCfnLint(all.map((t) => t.file));
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    for (const template of all) {
      const analysis = service.check({
        text: template.text,
        syntax: syntaxOfPath(template.file),
        named: true,
      });
      const doc = TextDocument.create('file:///template', 'plaintext', 1, template.text);
      const mine = found.filter((f) => f.file === template.file);
      const errors = elbv2Errors(doc, analysis.document.root, mine);
      const matched = errors.filter((e) => matches(e, doc, analysis.findings));
      outcomes.set(template.name, { errors, matched, unmatched: errors.filter((e) => !matched.includes(e)) });
    }
  });

  for (const template of all)
    test(template.name, () => {
      const outcome = outcomes.get(template.name);
      assert.ok(outcome, 'cfn-lint gave no result');
      const unexplained = outcome.unmatched
        .filter((e) => !disagreements.has(keyOf(template.name, e.finding.ruleId, e.finding.line)))
        .filter((e) => !knownMisses.has(keyOf(template.name, e.finding.ruleId, e.finding.line)));
      assert.deepEqual(
        unexplained.map((e) => describeError(template.name, e)),
        [],
        'cfn-lint reports these ELBv2 errors and elbv2-ls does not: fix elbv2-ls, or add the error to ' +
          'test/support/cfnLintDisagreements.ts (cfn-lint wrong, or not ELBv2) or to KNOWN_MISSES',
      );
      const nowMatched = outcome.matched
        .map((e) => keyOf(template.name, e.finding.ruleId, e.finding.line))
        .filter((k) => disagreements.has(k) || knownMisses.has(k));
      assert.deepEqual(nowMatched, [], 'elbv2-ls reports these now: take them off the lists');
    });

  for (const miss of KNOWN_MISSES)
    test(`known miss: ${keyOf(miss.file, miss.ruleId, miss.line)}`, { todo: miss.reason }, () => {
      const outcome = outcomes.get(miss.file);
      const error = outcome?.errors.find(
        (e) => e.finding.ruleId === miss.ruleId && e.finding.line === miss.line,
      );
      assert.ok(error, 'cfn-lint no longer reports it: take it off KNOWN_MISSES');
      assert.ok(
        outcome?.matched.includes(error),
        `elbv2-ls does not report ${describeError(miss.file, error)}`,
      );
    });

  test('every reviewed disagreement and known miss is still a cfn-lint ELBv2 error', () => {
    const errors = new Set(
      [...outcomes].flatMap(([name, o]) =>
        o.errors.map((e) => keyOf(name, e.finding.ruleId, e.finding.line)),
      ),
    );
    const present = (file: string): boolean => all.some((t) => t.name === file);
    const stale = [...disagreements.keys(), ...knownMisses.keys()].filter(
      (k) => present(k.split(' ')[0] ?? '') && !errors.has(k),
    );
    assert.deepEqual(stale, [], 'cfn-lint no longer reports these: take them off the lists');
  });

  test('the numbers', (t) => {
    const errors = [...outcomes.values()].flatMap((o) => o.errors);
    const matched = [...outcomes.values()].flatMap((o) => o.matched).length;
    const unmatched = [...outcomes].flatMap(([name, o]) =>
      o.unmatched.map((e) => keyOf(name, e.finding.ruleId, e.finding.line)),
    );
    const verdict = (v: string): number =>
      unmatched.filter((k) => disagreements.get(k)?.verdict === v).length;
    t.diagnostic(
      `${version}: ${all.length} templates, ${errors.length} ELBv2 errors; ${matched} reported by elbv2-ls, ` +
        `${verdict('cfn-lint-wrong')} where cfn-lint is wrong, ${verdict('not-elbv2')} not ELBv2's, ` +
        `${unmatched.filter((k) => knownMisses.has(k)).length} known misses`,
    );
    assert.ok(all.length > 0);
  });
});
