// Hostile documents built from scratch: deep nesting, 10 MB scalars, alias bombs, huge streams.
// Each is deterministic; the fuzzer feeds every one of them, and mutations of them at random.
import type { Syntax } from '../../server/src/service/languageService';

export interface Generated {
  name: string;
  syntax: Syntax;
  text: () => string;
}

/** Nesting levels of the deep documents. */
const DEPTH = 10_000;
/** The size of the huge documents at full scale, in characters. */
export const FULL_SIZE = 10 * 1024 * 1024;

const TARGET_GROUP = 'Name: my-targets\nProtocol: HTTP\nPort: 80\nVpcId: vpc-3ac0fb5f\n';

function yaml(name: string, text: () => string): Generated {
  return { name, syntax: 'yaml', text };
}

function json(name: string, text: () => string): Generated {
  return { name, syntax: 'json', text };
}

function blockMap(depth: number): string {
  const parts: string[] = [];
  for (let i = 0; i < depth; i++) parts.push(`${' '.repeat(i)}a:\n`);
  return parts.join('');
}

/** "Billion laughs": each level refers nine times to the one before. */
function aliasBomb(levels: number): string {
  const out = ['Name: my-targets', 'Tags:', '  - &l0 {Key: lol, Value: lol}'];
  for (let i = 1; i <= levels; i++)
    out.push(
      `  - &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return out.join('\n') + '\n';
}

function mergeBomb(levels: number): string {
  const out = ['Name: my-targets', 'Extra:', '  m0: &m0 {Port: 80, Protocol: HTTP}'];
  for (let i = 1; i <= levels; i++)
    out.push(`  m${i}: &m${i} {<<: [*m${i - 1}, *m${i - 1}], k${i}: [*m${i - 1}, *m${i - 1}]}`);
  return out.join('\n') + '\n';
}

/**
 * The hostile documents, the huge ones of about `size` characters (10 MB at full scale; the
 * bounded run inside `npm test` uses 1 MB: runaway work shows at that size too).
 */
/** A template with one target group whose properties are `body`. */
function template(body: string): string {
  return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  T:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      ${body}\n`;
}

export function generated(size = FULL_SIZE): Generated[] {
  const count = (full: number): number => Math.max(1, Math.round((full * size) / FULL_SIZE));
  return [
    // CloudFormation templates: intrinsic functions nested deep, conditions that refer to each
    // other in a ring, references and lookups to nowhere, many resources linked to each other.
    yaml('template-deep-if', () => template(`Port: ${'!If [C, '.repeat(DEPTH)}80${', 1]'.repeat(DEPTH)}`)),
    yaml('template-deep-select', () =>
      template(`Port: ${'!Select [0, ['.repeat(DEPTH)}80${']]'.repeat(DEPTH)}`),
    ),
    json(
      'template-deep-long-form',
      () =>
        `{"Resources": {"L": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"Port": ${'{"Fn::If": ["C", '.repeat(DEPTH)}80${', 1]}'.repeat(DEPTH)}}}}}`,
    ),
    yaml('template-condition-ring', () => {
      const n = count(10_000);
      const conditions = Array.from({ length: n }, (_, i) => `  C${i}: !Condition C${(i + 1) % n}`).join(
        '\n',
      );
      return `Conditions:\n${conditions}\n${template('Port: !If [C0, 80, 81]').replace('AWSTemplateFormatVersion: "2010-09-09"\n', '')}`;
    }),
    yaml('template-many-linked-resources', () => {
      const n = count(5_000);
      const parts = [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Parameters:',
        '  P: {Type: String, AllowedValues: [HTTP, HTTPS]}',
        'Resources:',
      ];
      for (let i = 0; i < n; i++)
        parts.push(
          `  L${i}:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref L${(i + 1) % n}\n      Protocol: !Ref P\n      Port: !FindInMap [M${i}, !Ref AWS::Region, x]\n      DefaultActions: [{Type: forward, TargetGroupArn: !GetAtt [L${i}, Nope]}]`,
        );
      return `${parts.join('\n')}\n`;
    }),
    yaml('template-unknown-tags', () => template(`Port: ${'!Nope '.repeat(count(100_000))}80`)),
    yaml('deep-flow-sequence', () => `${TARGET_GROUP}Tags: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`),
    yaml('deep-flow-mapping', () => `${TARGET_GROUP}Tags: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`),
    yaml('deep-flow-unclosed', () => `${TARGET_GROUP}Tags: ${'[{a: '.repeat(DEPTH / 2)}`),
    yaml('deep-block-sequence', () => `${TARGET_GROUP}Tags:\n  ${'- '.repeat(DEPTH)}x\n`),
    yaml('deep-block-mapping', () => `${TARGET_GROUP}Tags:\n${blockMap(DEPTH)}`),
    yaml(
      'deep-block-and-flow',
      () => `${TARGET_GROUP}Tags:\n  ${'- a: '.repeat(DEPTH / 2)}${'['.repeat(DEPTH)}\n`,
    ),
    yaml('huge-plain-scalar', () => `${TARGET_GROUP}HealthCheckPath: /${'a'.repeat(size)}\n`),
    yaml('huge-single-quoted', () => `${TARGET_GROUP}HealthCheckPath: '/${"a''".repeat(size / 3)}'\n`),
    yaml('huge-double-quoted', () => `${TARGET_GROUP}HealthCheckPath: "/${'a\\t'.repeat(size / 3)}"\n`),
    yaml(
      'huge-literal-block',
      () => `${TARGET_GROUP}HealthCheckPath: |\n${'  abcdefghi\n'.repeat(size / 12)}`,
    ),
    yaml(
      'huge-folded-block',
      () => `${TARGET_GROUP}HealthCheckPath: >-\n${'  abcdefghi\n'.repeat(size / 12)}`,
    ),
    yaml(
      'huge-multiline-plain',
      () => `${TARGET_GROUP}HealthCheckPath: a\n${'  abcdefghi\n'.repeat(size / 12)}`,
    ),
    yaml(
      'huge-multiline-quoted',
      () => `${TARGET_GROUP}HealthCheckPath: "a\n${'  abcdefghi\n'.repeat(size / 12)}"\n`,
    ),
    yaml('huge-key', () => `${TARGET_GROUP}${'K'.repeat(size)}: 1\n`),
    yaml('huge-number', () => `${TARGET_GROUP.replace('80', '8'.repeat(size))}`),
    yaml('huge-comment', () => `# ${'😀'.repeat(size / 2)}\n${TARGET_GROUP}`),
    yaml('alias-bomb', () => aliasBomb(9)),
    yaml(
      'alias-wide',
      () => `Name: x\nA: &a [1, 2, 3]\nTags: [${Array(count(100_000)).fill('*a').join(', ')}]\n`,
    ),
    yaml('merge-key-bomb', () => mergeBomb(20)),
    yaml(
      'many-anchors',
      () =>
        `Tags:\n${Array.from({ length: count(100_000) }, (_, i) => `  - &a${i} {Key: k, Value: *a${i}}`).join('\n')}\n`,
    ),
    yaml(
      'many-list-items',
      () => `${TARGET_GROUP}Tags:\n${'  - Key: team\n    Value: web\n'.repeat(count(200_000))}`,
    ),
    yaml(
      'many-unknown-keys',
      () => `${TARGET_GROUP}${Array.from({ length: count(800_000) }, (_, i) => `Extra${i}: 1`).join('\n')}\n`,
    ),
    yaml('many-duplicate-keys', () => `{${'Port: 80, '.repeat(count(200_000))}}\n`),
    yaml('many-syntax-errors', () => `${TARGET_GROUP}${': - ] } "\n'.repeat(count(100_000))}`),
    yaml('many-documents', () => `${TARGET_GROUP}${'---\nPort: 1\n'.repeat(count(100_000))}`),
    yaml(
      'many-unicode-lines',
      () => `${TARGET_GROUP}Tags:\n${'  - {Key: 😀é𝄞, Value: "\uD83D"}\n'.repeat(count(100_000))}`,
    ),
    yaml('long-line-errors', () => `${TARGET_GROUP}Tags: [${'a: b: c, '.repeat(size / 10)}\n`),
    yaml('huge-backticks', () => `${TARGET_GROUP}Protocol: ${'`a'.repeat(size / 2)}\n`),
    yaml('huge-enum-typo', () => `${TARGET_GROUP}TargetType: ${'instanc'.repeat(size / 7)}\n`),
    yaml('dense-flow-list', () => `${TARGET_GROUP}Tags: [${'1, '.repeat(size / 3)}]\n`),
    yaml('dense-block-list', () => `${TARGET_GROUP}Tags:\n${'- 1\n'.repeat(size / 4)}`),
    yaml('many-anchors-one-line', () => `${TARGET_GROUP}Tags: ${'&a '.repeat(size / 3)}\n`),
    json('json-dense-list', () => `{"Name": "x", "Tags": [${'1,'.repeat(size / 2)}1]}`),
    json('json-deep-array', () => `{"Name": "x", "Tags": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`),
    json('json-deep-object', () => `{"Name": "x", "Tags": ${'{"a": '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`),
    json('json-deep-unclosed', () => `{"Name": "x", "Tags": ${'[{"a": '.repeat(DEPTH / 2)}`),
    json(
      'json-deep-in-string-and-comment',
      () => `{"Name": "${'['.repeat(DEPTH)}" /* ${'{'.repeat(DEPTH)} */}`,
    ),
    json('json-huge-string', () => `{"Name": "x", "HealthCheckPath": "/${'a'.repeat(size)}"}`),
    json(
      'json-huge-escapes',
      () => `{"Name": "x", "HealthCheckPath": "${'\\u00e9\\n\\ud83d'.repeat(size / 18)}"}`,
    ),
    json('json-huge-number', () => `{"Name": "x", "Port": ${'9'.repeat(size)}}`),
    json(
      'json-many-unknown-keys',
      () => `{"Name": "x", ${Array.from({ length: count(640_000) }, (_, i) => `"Extra${i}": 1`).join(', ')}}`,
    ),
    json('json-many-duplicate-keys', () => `{${'"Port": 80, '.repeat(count(200_000))}"Name": "x"}`),
    json('json-many-errors', () => `{${'"a" 1 ] , : '.repeat(count(100_000))}}`),
    json(
      'json-many-items',
      () => `{"Name": "x", "Tags": [${Array(count(200_000)).fill('{"Key": "k", "Value": "v"}').join(', ')}]}`,
    ),
  ];
}
