// Hover through the language service: documents with a `$0` cursor, in YAML and JSON, with LF and
// CRLF line endings. Each test names the text the hover range must cover and parts of its Markdown.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover, type HoverInfo } from '../server/src/service/hover/index';
import { createLanguageService, type Syntax } from '../server/src/service/languageService';
import { nodeAt } from '../server/src/service/syntax/nodeAt';
import { parse } from '../server/src/service/syntax/parse';

const service = createLanguageService();
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;

interface Cursor {
  text: string;
  offset: number;
}

/** Removes the `$0` marker and joins the lines with `eol`. */
function cursor(source: string, eol: string): Cursor {
  const withEol = source.replace(/\r?\n/g, eol);
  const offset = withEol.indexOf('$0');
  assert.ok(offset >= 0, 'the document needs a $0 cursor');
  return { text: withEol.replace('$0', ''), offset };
}

function hoverAt(source: string, syntax: Syntax, eol: string): { hover: HoverInfo | undefined } & Cursor {
  const at = cursor(source, eol);
  const analysis = service.check({ text: at.text, syntax, named: true });
  return { ...at, hover: hover(analysis, at.offset) };
}

/** Asserts the hover covers exactly `covered`, which starts `before` UTF-16 units before the cursor. */
function assertRange(result: ReturnType<typeof hoverAt>, covered: string, before: number): HoverInfo {
  const h = result.hover;
  assert.ok(h, 'expected a hover');
  assert.deepEqual(
    { start: h.start, end: h.end },
    { start: result.offset - before, end: result.offset - before + covered.length },
  );
  assert.equal(result.text.slice(h.start, h.end), covered);
  return h;
}

function assertIncludes(markdown: string, parts: readonly string[]): void {
  for (const part of parts)
    assert.ok(markdown.includes(part), `missing ${JSON.stringify(part)} in:\n${markdown}`);
}

const LB_ARN = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';
const TG_ARN = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';
const CERT_ARN = 'arn:aws:acm:us-west-2:123456789012:certificate/12345678-1234-1234-1234-123456789012';

const listenerYaml = (body: string): string =>
  `# create-listener
LoadBalancerArn: ${LB_ARN}
Protocol: HTTPS
Port: 443
SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
Certificates:
  - CertificateArn: ${CERT_ARN}
${body}`;

for (const [eolName, eol] of EOLS) {
  describe(`hover (${eolName})`, () => {
    test('in a CreateRule request: the Priority range, a condition field and its allowed values (YAML)', () => {
      const rule = `ListenerArn: arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2
Priority: 1$00
Conditions:
  - Field: host-header
    HostHeaderConfig: { Values: [www.example.com] }
Actions:
  - { Type: forward, TargetGroupArn: ${TG_ARN} }
`;
      const priority = assertRange(hoverAt(rule, 'yaml', eol), '10', 1);
      assertIncludes(priority.markdown, ['- **Range:** 1–50000', '*Member of `CreateRuleInput`.*']);
      const field = assertRange(
        hoverAt(rule.replace('1$00', '10').replace('host-header', 'host-he$0ader'), 'yaml', eol),
        'host-header',
        7,
      );
      assertIncludes(field.markdown, [
        '**`host-header`** ✓',
        '`path-pattern`',
        '*Member of `RuleCondition`.*',
      ]);
    });

    test('on a key: documentation, type, required, where it applies (YAML)', () => {
      const source = listenerYaml(
        `DefaultActions:\n  - Type: forward\n    TargetGroupArn: ${TG_ARN}\n`,
      ).replace('SslPolicy:', 'Ssl$0Policy:');
      const h = assertRange(hoverAt(source, 'yaml', eol), 'SslPolicy', 3);
      assert.match(h.markdown, /^### `SslPolicy` · string\n\n/);
      assertIncludes(h.markdown, [
        'security policy',
        '- **Required:** no',
        '- **Applies to:** HTTPS and TLS listeners',
        'current: **`ELBSecurityPolicy-TLS13-1-2-2021-06`** ✓',
        '*Member of `CreateListenerInput`.*',
      ]);
    });

    test('on an enum value: the value explained and marked current (YAML)', () => {
      const source = listenerYaml(`DefaultActions:
  - Type: authenticate-oidc
    Order: 1
    AuthenticateOidcConfig:
      Issuer: https://idp.example.com
      AuthorizationEndpoint: https://idp.example.com/authorize
      TokenEndpoint: https://idp.example.com/token
      UserInfoEndpoint: https://idp.example.com/userinfo
      ClientId: my-client
      ClientSecret: my-secret
      OnUnauthenticatedRequest: de$0ny
  - Type: forward
    Order: 2
    TargetGroupArn: ${TG_ARN}
`);
      const h = assertRange(hoverAt(source, 'yaml', eol), 'deny', 2);
      assert.match(
        h.markdown,
        /^### `OnUnauthenticatedRequest` · AuthenticateOidcActionConditionalBehaviorEnum\n\n/,
      );
      assertIncludes(h.markdown, [
        '**`deny`**: Return an HTTP 401',
        '- **Allowed values:** `allow`, `authenticate` (default), **`deny`** ✓',
        '- **Default:** `authenticate`',
        '- **Applies to:** `authenticate-oidc` actions (HTTPS listeners of an Application Load Balancer)',
      ]);
    });

    test('on an action type: its role and the member it needs (JSON)', () => {
      const source = `{
  "ListenerArn": "arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2",
  "DefaultActions": [
    { "Type": "redi$0rect", "RedirectConfig": { "Protocol": "HTTPS", "StatusCode": "HTTP_301" } }
  ]
}`;
      const h = assertRange(hoverAt(source, 'json', eol), '"redirect"', 5);
      assert.match(h.markdown, /^### `Type` · ActionTypeEnum\n\n/);
      assertIncludes(h.markdown, [
        '**`redirect`**: routing action; needs `RedirectConfig`; Application Load Balancer only.',
        '**`redirect`** ✓',
        '- **Required:** yes',
      ]);
    });

    test('on a nested member: ForwardConfig.TargetGroups[].Weight (YAML)', () => {
      const source = listenerYaml(`DefaultActions:
  - Type: forward
    ForwardConfig:
      TargetGroups:
        - TargetGroupArn: ${TG_ARN}
          We$0ight: 80
`);
      const h = assertRange(hoverAt(source, 'yaml', eol), 'Weight', 2);
      assert.match(h.markdown, /^### `Weight` · integer\n\n/);
      assertIncludes(h.markdown, [
        '- **Range:** 0–999',
        '- **Applies to:** `forward` actions',
        '*Member of `TargetGroupTuple`.*',
      ]);
    });

    test('with the cursor just past a key (JSON)', () => {
      const source = `{
  "LoadBalancerArn": "${LB_ARN}",
  "Protocol": "HTTP",
  "Port"$0: 80,
  "DefaultActions": [{ "Type": "forward", "TargetGroupArn": "${TG_ARN}" }]
}`;
      const h = assertRange(hoverAt(source, 'json', eol), '"Port"', 6);
      assert.match(h.markdown, /^### `Port` · integer\n\n/);
      assertIncludes(h.markdown, ['- **Range:** 1–65535', '- **Required:** no']);
    });

    test('on an SSL policy value: its TLS versions (JSON)', () => {
      const source = `{
  "ListenerArn": "arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2",
  "SslPolicy": "$0ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"
}`;
      const h = assertRange(hoverAt(source, 'json', eol), '"ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"', 1);
      assertIncludes(h.markdown, [
        '**`ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04`**: predefined security policy; TLS 1.2 and 1.3; FIPS.',
        '- **Applies to:** HTTPS and TLS listeners',
      ]);
    });

    test('on an enum value of a target group: explained from the model documentation (YAML)', () => {
      const source = `Name: my-targets
Protocol: HTTP
Port: 80
VpcId: vpc-3ac0fb5f
TargetType: l$0ambda
`;
      const h = assertRange(hoverAt(source, 'yaml', eol), 'lambda', 1);
      assert.match(
        h.markdown,
        /^### `TargetType` · TargetTypeEnum\n\n\*\*`lambda`\*\*: Register a single Lambda function/,
      );
      assertIncludes(h.markdown, ['`instance` (default)', '**`lambda`** ✓', '- **Default:** `instance`']);
    });

    test('on an ARN value: the resource it names (YAML)', () => {
      const source = listenerYaml(`DefaultActions:\n  - Type: forward\n    TargetGroupArn: $0${TG_ARN}\n`);
      const h = assertRange(hoverAt(source, 'yaml', eol), TG_ARN, 0);
      assertIncludes(h.markdown, [
        'This ARN names a target group `my-targets`, in `us-west-2`, account `123456789012`.',
        '- **Format:** ARN of a target group',
      ]);
      const lb = listenerYaml('DefaultActions: []\n').replace('loadbalancer/app/', 'loadbalancer/$0app/');
      const h2 = assertRange(hoverAt(lb, 'yaml', eol), LB_ARN, LB_ARN.indexOf('app/'));
      assertIncludes(h2.markdown, ['This ARN names an Application Load Balancer `my-lb`']);
    });

    test('on an EC2 ID member: the form of its IDs', () => {
      const source = `Name: my-targets\nProtocol: HTTP\nPort: 80\nVpc$0Id: vpc-3ac0fb5f\n`;
      const h = assertRange(hoverAt(source, 'yaml', eol), 'VpcId', 3);
      assertIncludes(h.markdown, ['- **Format:** a VPC ID: `vpc-` and 8 or 17 hexadecimal digits']);
      const list = `Name: my-lb\nSub$0nets: [subnet-8360a9e7, subnet-b7d581c0]\n`;
      const h2 = assertRange(hoverAt(list, 'yaml', eol), 'Subnets', 3);
      assertIncludes(h2.markdown, [
        '- **Each item:** format a subnet ID: `subnet-` and 8 or 17 hexadecimal digits',
      ]);
    });

    test('on nothing: whitespace, a comment, an unknown key (YAML and JSON)', () => {
      const body = `DefaultActions:\n  - Type: forward\n    TargetGroupArn: ${TG_ARN}\n`;
      const yamlCases = [
        listenerYaml(body).replace('# create-listener', '# create-$0listener'),
        listenerYaml(body).replace('Port: 443', 'Port: 443\n# a note $0here'),
        listenerYaml(body).replace('Port: 443', 'Port: $0  443'),
        listenerYaml(body).replace('  - Type', '$0  - Type'),
        listenerYaml(body).replace('Port: 443', 'Port: 443\nColou$0r: blue'),
      ];
      for (const source of yamlCases) assert.equal(hoverAt(source, 'yaml', eol).hover, undefined, source);
      const json = `{\n  "ListenerArn": "${LB_ARN}",  $0\n  "Port": 80\n}`;
      assert.equal(hoverAt(json, 'json', eol).hover, undefined);
    });

    test('on a line with non-ASCII text before the key (YAML and JSON)', () => {
      const yaml = listenerYaml(
        `DefaultActions:\n  - Type: forward\n    TargetGroupArn: ${TG_ARN}\nTags:\n  - {Key: é😀, Va$0lue: payments}\n`,
      );
      const r = hoverAt(yaml, 'yaml', eol);
      const h = assertRange(r, 'Value', 2);
      const position = TextDocument.create('file:///x', 'yaml', 1, r.text).positionAt(h.start);
      // Two spaces, "- {Key: é" (10 units), the emoji (2 units), ", ": "Value" starts at UTF-16 column 15.
      assert.deepEqual(position, { line: 11, character: 15 });
      assertIncludes(h.markdown, ['### `Value` · string', '- **Length:** 0–256 characters']);

      const json = `{"Name": "my-targets", "Tags": [{"Key": "名前😀", "Val$0ue": "x"}], "Protocol": "HTTP", "Port": 80, "VpcId": "vpc-1"}`;
      const rj = hoverAt(json, 'json', eol);
      const hj = assertRange(rj, '"Value"', 4);
      assert.equal(hj.start, json.indexOf('"Val'));
      assertIncludes(hj.markdown, ['*Member of `Tag`.*']);
    });

    test('in a describe output: no Required line (JSON)', () => {
      const source = `{
  "TargetGroups": [
    {
      "TargetGroupArn": "${TG_ARN}",
      "TargetGroupName": "my-targets",
      "Protocol": "TCP",
      "Port": 80,
      "HealthCheckProtocol": "T$0CP"
    }
  ]
}`;
      const h = assertRange(hoverAt(source, 'json', eol), '"TCP"', 2);
      assertIncludes(h.markdown, [
        '**`TCP`**: health checks over TCP; not for `HTTP` and `HTTPS` target groups.',
        '**`TCP`** ✓',
      ]);
      assert.ok(!h.markdown.includes('Required'));
    });
  });
}

describe('nodeAt', () => {
  test('finds keys, scalars and containers; takes a word that ends at the cursor', () => {
    const text = 'A:\n  B: [1, 22]\n  C: x\n';
    const root = parse(text, 'yaml').root;
    assert.equal(nodeAt(root, text.indexOf('B'))?.on, 'key');
    const item = nodeAt(root, text.indexOf('22') + 1);
    assert.equal(item?.node.type === 'scalar' ? item.node.value : undefined, 22);
    assert.equal(nodeAt(root, text.indexOf('22') + 2)?.node.type, 'scalar', 'right bound');
    assert.equal(nodeAt(root, text.indexOf(', ') + 1)?.node.type, 'array');
    assert.equal(nodeAt(root, text.indexOf('C') + 1)?.on, 'key', 'just past C');
    assert.equal(nodeAt(undefined, 0), undefined);
  });
});
