// The cheap "may this be ELBv2?" scan that lets the server pass over unrelated YAML and JSON: its
// answers on typical files, and the property it must keep: whenever the full check recognises an
// unnamed document, the scan does not call it unrelated.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, sniffDocument, type Syntax } from '../server/src/service/languageService';
import { mutatorsFor } from './fuzz/mutators';
import { Random } from './fuzz/random';
import { loadSeeds } from './fuzz/seeds';

const LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';

const cases: { name: string; syntax: Syntax; text: string; expected: string }[] = [
  {
    name: 'package.json',
    syntax: 'json',
    text: '{"name":"x","version":"1.0.0","scripts":{"test":"t"}}',
    expected: 'unrelated',
  },
  {
    name: 'GeoJSON',
    syntax: 'json',
    text: '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"Name":"a"},"geometry":{"type":"Point","coordinates":[1,2]}}]}',
    expected: 'unrelated',
  },
  { name: 'a JSON list', syntax: 'json', text: '[{"Listeners": []}]', expected: 'unrelated' },
  { name: 'empty JSON', syntax: 'json', text: '', expected: 'unrelated' },
  {
    name: 'a JSON listener',
    syntax: 'json',
    text: `{"Protocol": "HTTP", "LoadBalancerArn": "${LB}"}`,
    expected: 'elbv2',
  },
  {
    name: 'a JSON key with an escape',
    syntax: 'json',
    text: '{"a": 1, "Listen\\u0065rs": []}',
    expected: 'elbv2',
  },
  {
    name: 'a nested kind key in JSON',
    syntax: 'json',
    text: '{"a": {"Listeners": []}, "b": "}"}',
    expected: 'unrelated',
  },
  { name: 'JSON with a comment', syntax: 'json', text: '{"a": 1 /* x */}', expected: 'elbv2' },
  { name: 'JSON with mismatched brackets', syntax: 'json', text: '{"a": [1}, "b": 2}', expected: 'elbv2' },
  {
    name: 'a JSON template',
    syntax: 'json',
    text: '{"Resources": {"L": {"Type": "AWS::ElasticLoadBalancingV2::Listener"}}}',
    expected: 'template',
  },
  {
    name: 'a JSON template by its version',
    syntax: 'json',
    text: '{"AWSTemplateFormatVersion": "2010-09-09"}',
    expected: 'template',
  },
  {
    name: 'a CI workflow',
    syntax: 'yaml',
    text: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Listeners\n        run: npm test\n',
    expected: 'unrelated',
  },
  {
    name: 'Kubernetes manifests, several documents',
    syntax: 'yaml',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n---\nListeners: []\n',
    expected: 'unrelated',
  },
  {
    name: 'a YAML listener',
    syntax: 'yaml',
    text: `# comment\n---\nLoadBalancerArn: ${LB}\nPort: 80\n`,
    expected: 'elbv2',
  },
  {
    name: 'a YAML listener with CRLF',
    syntax: 'yaml',
    text: `Port: 80\r\nLoadBalancerArn: ${LB}\r\n`,
    expected: 'elbv2',
  },
  {
    name: 'an indented YAML root',
    syntax: 'yaml',
    text: '  a: 1\n  TargetGroups:\n  - Port: 80\n',
    expected: 'elbv2',
  },
  { name: 'a quoted YAML key', syntax: 'yaml', text: "a: 1\n'Listeners': []\n", expected: 'elbv2' },
  { name: 'an explicit YAML key', syntax: 'yaml', text: 'a: 1\n? Listeners\n: []\n', expected: 'elbv2' },
  { name: 'a YAML flow root', syntax: 'yaml', text: '{Listeners: []}\n', expected: 'elbv2' },
  { name: 'a YAML list', syntax: 'yaml', text: '- Listeners: []\n', expected: 'unrelated' },
  {
    name: 'a block scalar holding a key',
    syntax: 'yaml',
    text: 'a: |\n  Listeners: []\nb: 1\n',
    expected: 'unrelated',
  },
  {
    name: 'a nested kind key',
    syntax: 'yaml',
    text: 'a:\n  Name: x\n  Listeners: []\n',
    expected: 'unrelated',
  },
  // Below a key whose value is on its own line, a more indented line is broken YAML, which the
  // parser's recovery can make a root key: one that starts like a kind key is left to the parser.
  {
    name: 'a key below an inline value',
    syntax: 'yaml',
    text: 'a: [1]\n  Listeners: []\n',
    expected: 'elbv2',
  },
  {
    name: 'nested keys of other names',
    syntax: 'yaml',
    text: 'a:\n  b: 1\n  c: [1]\nd: 1\n',
    expected: 'unrelated',
  },
  {
    name: 'a YAML template',
    syntax: 'yaml',
    text: 'Resources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n',
    expected: 'template',
  },
  // A request without its distinguishing key: three keys or more, all members of one request kind.
  {
    name: 'a partial JSON ModifyListener request',
    syntax: 'json',
    text: '{"Port": 443, "Protocol": "HTTPS", "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}',
    expected: 'elbv2',
  },
  {
    name: 'two keys of a request',
    syntax: 'json',
    text: '{"Port": 80, "Protocol": "HTTP"}',
    expected: 'unrelated',
  },
  {
    name: 'JSON request keys beside a key of no request',
    syntax: 'json',
    text: '{"Port": 80, "Protocol": "HTTP", "VpcId": "vpc-1", "name": "x"}',
    expected: 'unrelated',
  },
  {
    name: 'a partial YAML request',
    syntax: 'yaml',
    text: 'Port: 80\nProtocol: HTTP\nVpcId: vpc-1\n',
    expected: 'elbv2',
  },
  {
    name: 'a YAML request key recovered from below an inline value',
    syntax: 'yaml',
    text: 'Port: 80\nProtocol: HTTP\n  VpcId: vpc-1\n',
    expected: 'elbv2',
  },
  { name: 'a YAML merge key at the root', syntax: 'yaml', text: 'a: &m {b: 1}\n<<: *m\n', expected: 'elbv2' },
  {
    name: 'YAML Resources without AWS types',
    syntax: 'yaml',
    text: 'Resources:\n  cpu: 2\n',
    expected: 'unrelated',
  },
];

describe('sniffDocument', () => {
  for (const c of cases) test(c.name, () => assert.equal(sniffDocument(c.text, c.syntax), c.expected));

  test('a large unrelated JSON file is scanned, not parsed', () => {
    const features = Array.from(
      { length: 20_000 },
      (_, i) => `{"type":"Feature","id":${i},"geometry":[1,2,3]}`,
    );
    const text = `{"type":"FeatureCollection","features":[${features.join(',')}],"title":"x"}`;
    assert.equal(sniffDocument(text, 'json'), 'unrelated');
    assert.equal(
      sniffDocument(text.replace('"Name":"x"', '"Name":"x","Protocol":"HTTP"'), 'json'),
      'unrelated',
    );
    assert.equal(sniffDocument(text.replace('"title":"x"', '"Listeners":[]'), 'json'), 'elbv2');
  });
});

describe('sniffDocument never hides a document the full check recognises', () => {
  const service = createLanguageService();
  const seeds = loadSeeds({ corpus: true });
  const mutators = mutatorsFor(false);

  function agrees(text: string, syntax: Syntax): string | undefined {
    const kind = service.check({ text, syntax, named: false }).kind;
    if (kind && sniffDocument(text, syntax) === 'unrelated')
      return `the check found a ${kind.label}, the scan said unrelated:\n${text.slice(0, 400)}`;
    return undefined;
  }

  test('every fixture, example and corpus document', () => {
    for (const seed of seeds) assert.equal(agrees(seed.text, seed.syntax), undefined, seed.name);
  });

  test('mutated documents (fixed seed)', () => {
    const rng = new Random(20261202);
    for (let i = 0; i < Number(process.env.SNIFF_INPUTS ?? 3000); i++) {
      const seed = rng.pick(seeds);
      const other = rng.pick(seeds).text;
      let text = seed.text;
      for (let n = rng.between(1, 3); n > 0; n--)
        text = rng.pick(mutators).apply(text, rng, { syntax: seed.syntax, other });
      const problem = agrees(text, seed.syntax);
      assert.equal(problem, undefined, `input ${i} from ${seed.name}`);
    }
  });
});
