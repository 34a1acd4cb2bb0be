// Completion tests: a document with a `$0` cursor, the label of the item to pick, and the whole
// document expected after applying that item's edit (snippet syntax stripped the way an editor
// inserts it: a placeholder's default, a choice's first option, an empty tab stop). Every case
// runs with LF and with CRLF line endings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { complete } from '../server/src/service/completion/complete';
import type { CompletionEntry } from '../server/src/service/completion/completionEntry';

const APP_LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';
const NET_LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/net/my-lb/50dc6c495c0c9188';
const NET_LISTENER =
  'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/net/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2';
const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';

type Syntax = 'yaml' | 'json';
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;

function withEol(text: string, eol: string): string {
  return text.replace(/\r?\n/g, eol);
}

function completeAt(doc: string, syntax: Syntax, named = true): { text: string; entries: CompletionEntry[] } {
  const offset = doc.indexOf('$0');
  assert.ok(offset >= 0, 'the document needs a $0 cursor');
  const text = doc.slice(0, offset) + doc.slice(offset + 2);
  return { text, entries: complete(text, syntax, offset, named) };
}

/** What an editor inserts for a snippet: defaults and first choices, empty tab stops. */
function stripSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i] ?? '';
    if (c === '\\') {
      out += snippet[++i] ?? '';
      continue;
    }
    const stop = /^\$(\d+)/.exec(snippet.slice(i));
    if (stop) {
      i += stop[0].length - 1;
      continue;
    }
    const open = /^\$\{\d+([:|])/.exec(snippet.slice(i));
    if (!open) {
      out += c;
      continue;
    }
    i += open[0].length;
    let body = '';
    for (; i < snippet.length && !(snippet[i] === '}' && (open[1] === ':' || body.endsWith('|'))); i++) {
      if (snippet[i] === '\\') body += snippet[i++];
      body += snippet[i];
    }
    if (open[1] === ':') out += stripSnippet(body);
    else out += stripSnippet(body.slice(0, -1).split(/(?<!\\),/)[0] ?? '');
  }
  return out;
}

function apply(text: string, entry: CompletionEntry): string {
  const insert = entry.isSnippet ? stripSnippet(entry.insertText) : entry.insertText;
  return text.slice(0, entry.replaceStart) + insert + text.slice(entry.replaceEnd);
}

interface Case {
  name: string;
  syntax: Syntax;
  doc: string;
  pick: string;
  expected: string;
  named?: boolean;
}

function expectCompletion(c: Case): void {
  for (const [eolName, eol] of EOLS) {
    test(`${c.name} (${c.syntax}, ${eolName})`, () => {
      const { text, entries } = completeAt(withEol(c.doc, eol), c.syntax, c.named ?? true);
      const entry = entries.find((e) => e.label === c.pick);
      assert.ok(entry, `no "${c.pick}" among: ${entries.map((e) => e.label).join(', ')}`);
      const result = apply(text, entry);
      assert.equal(result, withEol(c.expected, eol));
      if (c.syntax === 'json') assert.doesNotThrow(() => JSON.parse(result), `not valid JSON:\n${result}`);
    });
  }
}

function labelsAt(doc: string, syntax: Syntax, named = true): string[] {
  return completeAt(doc, syntax, named).entries.map((e) => e.label);
}

describe('completion: YAML values', () => {
  expectCompletion({
    name: 'listener protocol after the colon and a space',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${NET_LB}\nProtocol: $0\nPort: 80\n`,
    pick: 'TCP',
    expected: `LoadBalancerArn: ${NET_LB}\nProtocol: TCP\nPort: 80\n`,
  });
  expectCompletion({
    name: 'a partly typed value is replaced, not appended to',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nProtocol: HT$0\nPort: 443\n`,
    pick: 'HTTPS',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTPS\nPort: 443\n`,
  });
  expectCompletion({
    name: 'a value typed right after the colon gets a space',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nProtocol:$0\n`,
    pick: 'HTTP',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\n`,
  });
  expectCompletion({
    name: 'a value inside quotes keeps its quotes',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nProtocol: "HT$0"\n`,
    pick: 'HTTP',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: "HTTP"\n`,
  });
  expectCompletion({
    name: 'a value that YAML would read as a boolean is quoted',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nMutualAuthentication:\n  Mode: $0\n`,
    pick: 'off',
    expected: `LoadBalancerArn: ${APP_LB}\nMutualAuthentication:\n  Mode: "off"\n`,
  });
  expectCompletion({
    name: 'action type in a bare list item',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: $0\n`,
    pick: 'redirect',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n`,
  });
  expectCompletion({
    name: 'redirect status code',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      StatusCode: $0\n`,
    pick: 'HTTP_302',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      StatusCode: HTTP_302\n`,
  });
  expectCompletion({
    name: 'redirect protocol keyword is quoted in YAML',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Protocol: $0\n      StatusCode: HTTP_301\n`,
    pick: '#{protocol}',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Protocol: "#{protocol}"\n      StatusCode: HTTP_301\n`,
  });
  expectCompletion({
    name: 'a redirect keyword typed inside a quoted host',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Host: "#{ho$0"\n      StatusCode: HTTP_301\n`,
    pick: '#{host}',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Host: "#{host}"\n      StatusCode: HTTP_301\n`,
  });
  expectCompletion({
    name: 'a redirect keyword starting a plain value gets quoted',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Host: #{ho$0\n`,
    pick: '#{host}',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Host: "#{host}"\n`,
  });
  expectCompletion({
    name: 'a redirect keyword in the middle of a plain path',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Path: /new/#{pa$0\n`,
    pick: '#{path}',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Path: /new/#{path}\n`,
  });
  expectCompletion({
    name: 'fixed-response content type',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: fixed-response\n    FixedResponseConfig:\n      StatusCode: "200"\n      ContentType: $0\n`,
    pick: 'application/json',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: fixed-response\n    FixedResponseConfig:\n      StatusCode: "200"\n      ContentType: application/json\n`,
  });
  expectCompletion({
    name: 'JWT claim format in a list of claims',
    syntax: 'yaml',
    doc: `DefaultActions:\n  - Type: jwt-validation\n    JwtValidationConfig:\n      AdditionalClaims:\n        - Name: scope\n          Format: sp$0\n`,
    pick: 'space-separated-values',
    expected: `DefaultActions:\n  - Type: jwt-validation\n    JwtValidationConfig:\n      AdditionalClaims:\n        - Name: scope\n          Format: space-separated-values\n`,
  });
  expectCompletion({
    name: 'OnUnauthenticatedRequest',
    syntax: 'yaml',
    doc: `DefaultActions:\n  - Type: authenticate-cognito\n    AuthenticateCognitoConfig:\n      OnUnauthenticatedRequest: $0\n`,
    pick: 'deny',
    expected: `DefaultActions:\n  - Type: authenticate-cognito\n    AuthenticateCognitoConfig:\n      OnUnauthenticatedRequest: deny\n`,
  });
  expectCompletion({
    name: 'an ALPN policy as a list item being typed',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${NET_LB}\nProtocol: TLS\nAlpnPolicy:\n  - HTTP2$0\n`,
    pick: 'HTTP2Preferred',
    expected: `LoadBalancerArn: ${NET_LB}\nProtocol: TLS\nAlpnPolicy:\n  - HTTP2Preferred\n`,
  });
  expectCompletion({
    name: 'an ALPN policy in a flow list',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${NET_LB}\nProtocol: TLS\nAlpnPolicy: [$0]\n`,
    pick: 'None',
    expected: `LoadBalancerArn: ${NET_LB}\nProtocol: TLS\nAlpnPolicy: [None]\n`,
  });
  expectCompletion({
    name: 'SSL policy',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTPS\nSslPolicy: ELBSecurityPolicy-TLS13-1-2-2$0\n`,
    pick: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTPS\nSslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n`,
  });
  expectCompletion({
    name: 'target type, IP address type, protocol version and booleans of a target group',
    syntax: 'yaml',
    doc: `Name: my-targets\nProtocol: HTTP\nTargetType: $0\n`,
    pick: 'lambda',
    expected: `Name: my-targets\nProtocol: HTTP\nTargetType: lambda\n`,
  });
  expectCompletion({
    name: 'a boolean member',
    syntax: 'yaml',
    doc: `Name: my-targets\nProtocol: HTTP\nHealthCheckEnabled: f$0\n`,
    pick: 'false',
    expected: `Name: my-targets\nProtocol: HTTP\nHealthCheckEnabled: false\n`,
  });
  expectCompletion({
    name: 'after a line with non-ASCII text (UTF-16 offsets)',
    syntax: 'yaml',
    doc: `# Écoute 🚀 für die Produktion\nLoadBalancerArn: ${APP_LB}\nTags:\n  - Key: 名前\n    Value: "😀 ünïcödé"\nProtocol: H$0\n`,
    pick: 'HTTPS',
    expected: `# Écoute 🚀 für die Produktion\nLoadBalancerArn: ${APP_LB}\nTags:\n  - Key: 名前\n    Value: "😀 ünïcödé"\nProtocol: HTTPS\n`,
  });

  test('value details and documentation come from the model and the facts', () => {
    const entries = completeAt(`LoadBalancerArn: ${APP_LB}\nProtocol: $0\n`, 'yaml').entries;
    assert.equal(entries[0]?.detail, 'Protocol value');
    assert.ok(entries[0]?.documentation);
    const policies = completeAt(`LoadBalancerArn: ${APP_LB}\nSslPolicy: $0\n`, 'yaml').entries;
    const policy = policies.find((e) => e.label === 'ELBSecurityPolicy-TLS13-1-2-2021-06');
    assert.equal(policy?.detail, 'TLS 1.2 and 1.3');
    assert.ok(policies.length > 40);
  });
});

describe('completion: narrowing', () => {
  test('a Network Load Balancer listener is offered only its protocols', () => {
    assert.deepEqual(labelsAt(`LoadBalancerArn: ${NET_LB}\nProtocol: $0\n`, 'yaml'), [
      'QUIC',
      'TCP',
      'TCP_QUIC',
      'TCP_UDP',
      'TLS',
      'UDP',
    ]);
    assert.deepEqual(labelsAt(`{"ListenerArn": "${NET_LISTENER}", "Protocol": "$0"}`, 'json'), [
      'QUIC',
      'TCP',
      'TCP_QUIC',
      'TCP_UDP',
      'TLS',
      'UDP',
    ]);
  });
  test('an Application Load Balancer listener is offered HTTP and HTTPS', () => {
    assert.deepEqual(labelsAt(`LoadBalancerArn: ${APP_LB}\nProtocol: $0\n`, 'yaml'), ['HTTP', 'HTTPS']);
  });
  test('a listener of unknown type is offered every listener protocol, not GENEVE', () => {
    const labels = labelsAt(`LoadBalancerArn: x\nProtocol: $0\n`, 'yaml');
    assert.ok(labels.includes('HTTP') && labels.includes('TCP'));
    assert.ok(!labels.includes('GENEVE'));
  });
  test('no second routing action next to a forward action', () => {
    const labels = labelsAt(
      `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: forward\n    TargetGroupArn: ${TG}\n  - Type: $0\n`,
      'yaml',
    );
    assert.deepEqual(labels, ['authenticate-cognito', 'authenticate-oidc', 'jwt-validation']);
  });
  test('no second authentication action', () => {
    const labels = labelsAt(
      `{"LoadBalancerArn": "${APP_LB}", "Protocol": "HTTPS", "DefaultActions": [{"Type": "authenticate-oidc"}, {"Type": "$0"}]}`,
      'json',
    );
    assert.deepEqual(labels, ['fixed-response', 'forward', 'redirect']);
  });
  test('authentication only on HTTPS listeners', () => {
    const labels = labelsAt(
      `LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\nDefaultActions:\n  - Type: $0\n`,
      'yaml',
    );
    assert.deepEqual(labels, ['fixed-response', 'forward', 'redirect']);
  });
  test('a Network Load Balancer listener only forwards', () => {
    assert.deepEqual(labelsAt(`LoadBalancerArn: ${NET_LB}\nDefaultActions:\n  - Type: $0\n`, 'yaml'), [
      'forward',
    ]);
  });
  test('health checks over HTTP, HTTPS or TCP, and not TCP for an HTTP target group', () => {
    assert.deepEqual(labelsAt(`Name: tg\nProtocol: TCP\nHealthCheckProtocol: $0\n`, 'yaml'), [
      'HTTP',
      'HTTPS',
      'TCP',
    ]);
    assert.deepEqual(labelsAt(`Name: tg\nProtocol: HTTPS\nHealthCheckProtocol: $0\n`, 'yaml'), [
      'HTTP',
      'HTTPS',
    ]);
  });
  test('redirect components offer the keywords they may contain', () => {
    const redirect = (member: string) =>
      labelsAt(
        `DefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      ${member}: $0\n      StatusCode: HTTP_301\n`,
        'yaml',
      );
    assert.deepEqual(redirect('Protocol'), ['HTTP', 'HTTPS', '#{protocol}']);
    assert.deepEqual(redirect('Host'), ['#{host}']);
    assert.deepEqual(redirect('Path'), ['#{host}', '#{path}', '#{port}']);
    assert.deepEqual(redirect('Port'), ['#{port}']);
    assert.deepEqual(redirect('Query'), ['#{protocol}', '#{host}', '#{port}', '#{path}', '#{query}']);
  });
  test('members already present are not offered again', () => {
    const labels = labelsAt(`LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\n$0\nPort: 80\n`, 'yaml');
    assert.ok(
      !labels.includes('LoadBalancerArn') && !labels.includes('Protocol') && !labels.includes('Port'),
    );
    assert.ok(labels.includes('DefaultActions'));
  });
  test('an action with a known type is offered its own configuration member only', () => {
    const labels = labelsAt(`DefaultActions:\n  - Type: redirect\n    $0\n`, 'yaml');
    assert.deepEqual(labels, ['Order', 'RedirectConfig']);
  });
});

describe('completion: YAML keys', () => {
  expectCompletion({
    name: 'a key typed on its own line, no colon yet',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nPro$0\nPort: 80\n`,
    pick: 'Protocol',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\nPort: 80\n`,
  });
  expectCompletion({
    name: 'a nested key, no colon yet, gets a snippet with required sub-members',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    Redi$0\n`,
    pick: 'RedirectConfig',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      StatusCode: HTTP_301\n`,
  });
  expectCompletion({
    name: 'a bare dash in DefaultActions offers the action members',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - $0\n`,
    pick: 'Type',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: \n`,
  });
  expectCompletion({
    name: 'a list-of-structures member gets a first item',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\nPort: 80\nDef$0\n`,
    pick: 'DefaultActions',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\nPort: 80\nDefaultActions:\n  - Type: \n`,
  });
  expectCompletion({
    name: 'an object member with no required members opens an indented line',
    syntax: 'yaml',
    doc: `DefaultActions:\n  - Type: forward\n    For$0\n`,
    pick: 'ForwardConfig',
    expected: `DefaultActions:\n  - Type: forward\n    ForwardConfig:\n      \n`,
  });
  expectCompletion({
    name: 'ForwardConfig target groups: a list item of TargetGroupTuple',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: forward\n    ForwardConfig:\n      TargetGroups:\n        - TargetGroupArn: ${TG}\n          $0\n`,
    pick: 'Weight',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: forward\n    ForwardConfig:\n      TargetGroups:\n        - TargetGroupArn: ${TG}\n          Weight: 0\n`,
  });
  expectCompletion({
    name: 'an enum member with few values offers them as a choice',
    syntax: 'yaml',
    doc: `Name: my-targets\nProtocol: HTTP\nProtocolV$0\n`,
    pick: 'ProtocolVersion',
    expected: `Name: my-targets\nProtocol: HTTP\nProtocolVersion: GRPC\n`,
  });
  expectCompletion({
    name: 'an integer member starts at its minimum',
    syntax: 'yaml',
    doc: `Name: my-targets\nHealthCheckInt$0\n`,
    pick: 'HealthCheckIntervalSeconds',
    expected: `Name: my-targets\nHealthCheckIntervalSeconds: 5\n`,
  });
  expectCompletion({
    name: 'a key in front of an existing colon is renamed only',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nProt$0col: HTTP\n`,
    pick: 'Protocol',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\n`,
  });
  expectCompletion({
    name: 'a key whose children already follow gets the colon only',
    syntax: 'yaml',
    doc: `DefaultActions:\n  - Type: redirect\n    Redir$0\n      StatusCode: HTTP_301\n`,
    pick: 'RedirectConfig',
    expected: `DefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      StatusCode: HTTP_301\n`,
  });
  expectCompletion({
    name: 'describe-listeners output: a listener in the list',
    syntax: 'yaml',
    doc: `Listeners:\n  - ListenerArn: ${NET_LISTENER}\n    Por$0\n`,
    pick: 'Port',
    expected: `Listeners:\n  - ListenerArn: ${NET_LISTENER}\n    Port: 1\n`,
  });
  expectCompletion({
    name: 'an empty document offers every kind',
    syntax: 'yaml',
    doc: `$0`,
    pick: 'TargetGroupArn',
    expected: `TargetGroupArn: `,
  });
  expectCompletion({
    name: 'a partial first key',
    syntax: 'yaml',
    doc: `LoadBal$0\n`,
    pick: 'LoadBalancerArn',
    expected: `LoadBalancerArn: \n`,
  });
  expectCompletion({
    name: 'a file not named as ELBv2 with only a LoadBalancerArn is a CreateListener request',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nProt$0\n`,
    pick: 'Protocol',
    expected: `LoadBalancerArn: ${APP_LB}\nProtocol: HTTP\n`,
    named: false,
  });

  test('the root members of all kinds, with the kinds in the detail', () => {
    const entries = completeAt(`$0`, 'yaml').entries;
    const detail = (label: string) => entries.find((e) => e.label === label)?.detail;
    assert.equal(detail('LoadBalancerArn'), 'CreateListener request, ModifyLoadBalancerAttributes request');
    assert.equal(detail('Listeners'), 'describe-listeners output');
    assert.equal(detail('HealthCheckProtocol'), 'CreateTargetGroup request, ModifyTargetGroup request');
    assert.equal(new Set(entries.map((e) => e.label)).size, entries.length);
  });
  test('member details and snippets', () => {
    const entries = completeAt(
      `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: redirect\n    $0\n`,
      'yaml',
    ).entries;
    const redirect = entries.find((e) => e.label === 'RedirectConfig');
    assert.equal(redirect?.detail, 'RedirectActionConfig object');
    assert.equal(redirect?.insertText, 'RedirectConfig:\n      StatusCode: ${1|HTTP_301,HTTP_302|}');
    assert.equal(redirect?.isSnippet, true);
    assert.ok(redirect?.documentation);
    const root = completeAt(`LoadBalancerArn: ${APP_LB}\n$0`, 'yaml').entries;
    assert.equal(root.find((e) => e.label === 'DefaultActions')?.insertText, 'DefaultActions:\n  - Type: $1');
    assert.equal(root.find((e) => e.label === 'DefaultActions')?.detail, 'list of Action objects, required');
  });
  test('someone else’s YAML gets nothing unless named', () => {
    assert.deepEqual(labelsAt(`apiVersion: v1\nkind: Pod\n$0\n`, 'yaml', false), []);
    assert.ok(labelsAt(`apiVersion: v1\n$0\n`, 'yaml', true).includes('LoadBalancerArn'));
  });
  test('a document of unknown kind is not offered the members it has', () => {
    const labels = labelsAt(`Certificates:\n  - CertificateArn: x\n$0\n`, 'yaml');
    assert.ok(labels.includes('LoadBalancerArn') && !labels.includes('Certificates'));
  });
  test('no completion in the text of a block scalar, nor at the top of a list document', () => {
    const doc = `Name: tg\nTags:\n  - Key: note\n    Value: |\n      first line\n      Pro$0\n`;
    assert.deepEqual(labelsAt(doc, 'yaml'), []);
    assert.deepEqual(labelsAt(`- Name: tg\n$0`, 'yaml'), []);
  });
  test('no completion in a comment', () => {
    assert.deepEqual(labelsAt(`LoadBalancerArn: ${APP_LB}\n# Pro$0\n`, 'yaml'), []);
    assert.deepEqual(labelsAt(`LoadBalancerArn: ${APP_LB}\nProtocol: HTTP # H$0\n`, 'yaml'), []);
  });
});

describe('completion: YAML that does not parse around the cursor', () => {
  expectCompletion({
    name: 'another line broken so that the parser misplaces the cursor',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: forward\n    Order: 1: 2\n    Target$0\n`,
    pick: 'TargetGroupArn',
    expected: `LoadBalancerArn: ${APP_LB}\nDefaultActions:\n  - Type: forward\n    Order: 1: 2\n    TargetGroupArn: \n`,
  });
  expectCompletion({
    name: 'an unterminated quote above swallows the rest of the document',
    syntax: 'yaml',
    doc: `LoadBalancerArn: ${APP_LB}\nPort: "80\nDefaultActions:\n  - Type: forward\n    ForwardConfig:\n      TargetGroups:\n        - $0\n`,
    pick: 'TargetGroupArn',
    expected: `LoadBalancerArn: ${APP_LB}\nPort: "80\nDefaultActions:\n  - Type: forward\n    ForwardConfig:\n      TargetGroups:\n        - TargetGroupArn: \n`,
  });
  test('indentation still says which members are present', () => {
    const labels = labelsAt(
      `LoadBalancerArn: ${APP_LB}\nPort: "80\nDefaultActions:\n  - Type: forward\n    Order: 1\n    $0\n    TargetGroupArn: x\n  - Type: redirect\n`,
      'yaml',
    );
    assert.ok(!labels.includes('Type') && !labels.includes('Order') && !labels.includes('TargetGroupArn'));
    assert.ok(labels.includes('ForwardConfig'));
  });
});

describe('completion: JSON', () => {
  expectCompletion({
    name: 'a value inside quotes',
    syntax: 'json',
    doc: `{"LoadBalancerArn": "${APP_LB}", "Protocol": "HT$0", "Port": 443}`,
    pick: 'HTTPS',
    expected: `{"LoadBalancerArn": "${APP_LB}", "Protocol": "HTTPS", "Port": 443}`,
  });
  expectCompletion({
    name: 'a value after the colon, another member on the next line',
    syntax: 'json',
    doc: `{\n  "LoadBalancerArn": "${APP_LB}",\n  "Protocol": $0\n  "Port": 80\n}`,
    pick: 'HTTP',
    expected: `{\n  "LoadBalancerArn": "${APP_LB}",\n  "Protocol": "HTTP",\n  "Port": 80\n}`,
  });
  expectCompletion({
    name: 'a value after the colon, last member',
    syntax: 'json',
    doc: `{\n  "LoadBalancerArn": "${NET_LB}",\n  "Protocol": $0\n}`,
    pick: 'TLS',
    expected: `{\n  "LoadBalancerArn": "${NET_LB}",\n  "Protocol": "TLS"\n}`,
  });
  expectCompletion({
    name: 'a boolean',
    syntax: 'json',
    doc: `{"Name": "tg", "HealthCheckEnabled": $0}`,
    pick: 'true',
    expected: `{"Name": "tg", "HealthCheckEnabled": true}`,
  });
  expectCompletion({
    name: 'a key inside empty quotes gets its value skeleton',
    syntax: 'json',
    doc: `{"DefaultActions": [{"Type": "redirect", "$0"}]}`,
    pick: 'RedirectConfig',
    expected: `{"DefaultActions": [{"Type": "redirect", "RedirectConfig": {"StatusCode": "HTTP_301"}}]}`,
  });
  expectCompletion({
    name: 'a key with no quotes yet, before another member',
    syntax: 'json',
    doc: `{\n  $0\n  "LoadBalancerArn": "${APP_LB}"\n}`,
    pick: 'Protocol',
    expected: `{\n  "Protocol": "HTTP",\n  "LoadBalancerArn": "${APP_LB}"\n}`,
  });
  expectCompletion({
    name: 'a key after a comma, last member',
    syntax: 'json',
    doc: `{"LoadBalancerArn": "${APP_LB}", $0}`,
    pick: 'DefaultActions',
    expected: `{"LoadBalancerArn": "${APP_LB}", "DefaultActions": [{"Type": ""}]}`,
  });
  expectCompletion({
    name: 'a bare word at a key position',
    syntax: 'json',
    doc: `{"LoadBalancerArn": "${APP_LB}", Po$0}`,
    pick: 'Port',
    expected: `{"LoadBalancerArn": "${APP_LB}", "Port": 1}`,
  });
  expectCompletion({
    name: 'a key in front of an existing colon is renamed only',
    syntax: 'json',
    doc: `{"LoadBalancerArn": "${APP_LB}", "Prot$0": "HTTP"}`,
    pick: 'Protocol',
    expected: `{"LoadBalancerArn": "${APP_LB}", "Protocol": "HTTP"}`,
  });
  expectCompletion({
    name: 'an empty document',
    syntax: 'json',
    doc: `$0`,
    pick: 'ListenerArn',
    expected: `{"ListenerArn": ""}`,
  });
  expectCompletion({
    name: 'an object in an empty list of actions',
    syntax: 'json',
    doc: `{"LoadBalancerArn": "${APP_LB}", "DefaultActions": [$0]}`,
    pick: '{}',
    expected: `{"LoadBalancerArn": "${APP_LB}", "DefaultActions": [{"Type": ""}]}`,
  });
  expectCompletion({
    name: 'ForwardConfig target groups',
    syntax: 'json',
    doc: `{"DefaultActions": [{"Type": "forward", "ForwardConfig": {"TargetGroups": [{$0}]}}]}`,
    pick: 'TargetGroupArn',
    expected: `{"DefaultActions": [{"Type": "forward", "ForwardConfig": {"TargetGroups": [{"TargetGroupArn": ""}]}}]}`,
  });
  expectCompletion({
    name: 'a redirect keyword inside a string',
    syntax: 'json',
    doc: `{"DefaultActions": [{"Type": "redirect", "RedirectConfig": {"StatusCode": "HTTP_301", "Path": "/v2/#{pa$0"}}]}`,
    pick: '#{path}',
    expected: `{"DefaultActions": [{"Type": "redirect", "RedirectConfig": {"StatusCode": "HTTP_301", "Path": "/v2/#{path}"}}]}`,
  });
  expectCompletion({
    name: 'an unterminated string at the end of a line',
    syntax: 'json',
    doc: `{\n  "Name": "tg",\n  "TargetType": "i$0\n}`,
    pick: 'instance',
    expected: `{\n  "Name": "tg",\n  "TargetType": "instance"\n}`,
  });
  expectCompletion({
    name: 'after non-ASCII text',
    syntax: 'json',
    doc: `{"Name": "tg", "Tags": [{"Key": "名前", "Value": "😀 ünïcödé"}], "IpAddressType": "$0"}`,
    pick: 'ipv6',
    expected: `{"Name": "tg", "Tags": [{"Key": "名前", "Value": "😀 ünïcödé"}], "IpAddressType": "ipv6"}`,
  });

  test('a quoted token is filtered with its quote', () => {
    const entry = completeAt(`{"Name": "tg", "TargetType": "i$0"}`, 'json').entries.find(
      (e) => e.label === 'ip',
    );
    assert.equal(entry?.filterText, '"ip');
    assert.equal(entry?.insertText, '"ip"');
  });
  test('nothing after a complete value', () => {
    assert.deepEqual(labelsAt(`{"Name": "tg", "TargetType": "ip"$0}`, 'json'), []);
  });
});

describe('completion: listener rules', () => {
  const LISTENER =
    'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2';
  const rule = (body: string, listener = LISTENER): string =>
    `ListenerArn: ${listener}\nPriority: 10\n${body}`;

  expectCompletion({
    name: 'a condition field',
    syntax: 'yaml',
    doc: rule('Conditions:\n  - Field: path-p$0\n'),
    pick: 'path-pattern',
    expected: rule('Conditions:\n  - Field: path-pattern\n'),
  });
  expectCompletion({
    name: 'a transform type in JSON',
    syntax: 'json',
    doc: `{"RuleArn": "x", "Transforms": [{"Type": "u$0"}]}`,
    pick: 'url-rewrite',
    expected: `{"RuleArn": "x", "Transforms": [{"Type": "url-rewrite"}]}`,
  });
  test("a rule's actions are narrowed like a listener's: no second routing action", () => {
    const labels = labelsAt(
      rule(`Conditions: []\nActions:\n  - Type: forward\n    TargetGroupArn: ${TG}\n  - Type: $0\n`),
      'yaml',
    );
    assert.deepEqual(labels, ['authenticate-cognito', 'authenticate-oidc', 'jwt-validation']);
  });
  test('a Network Load Balancer rule only forwards, and matches only on source-ip', () => {
    assert.deepEqual(labelsAt(rule('Actions:\n  - Type: $0\n', NET_LISTENER), 'yaml'), ['forward']);
    assert.deepEqual(labelsAt(rule('Conditions:\n  - Field: $0\n', NET_LISTENER), 'yaml'), ['source-ip']);
  });
  test('a field that a rule takes once is not offered again', () => {
    const labels = labelsAt(
      `{"RuleArn": "x", "Conditions": [{"Field": "host-header"}, {"Field": "http-header"}, {"Field": "$0"}]}`,
      'json',
    );
    assert.deepEqual(labels, [
      'http-header',
      'http-request-method',
      'path-pattern',
      'query-string',
      'source-ip',
    ]);
  });
  test('the members of each rule document', () => {
    assert.deepEqual(labelsAt(rule('$0\n'), 'yaml'), ['Conditions', 'Actions', 'Tags', 'Transforms']);
    assert.deepEqual(labelsAt('RuleArn: x\n$0\n', 'yaml'), [
      'Conditions',
      'Actions',
      'Transforms',
      'ResetTransforms',
    ]);
    assert.deepEqual(labelsAt('RulePriorities:\n  - $0\n', 'yaml'), ['RuleArn', 'Priority']);
  });
});
