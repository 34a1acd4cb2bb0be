// The incremental parse (syntax/incrementalYaml.ts) must give exactly what a full parse gives.
// Random edits, many of them YAML syntax, are applied one after another; after each, the document
// checked from the previous analysis and the document checked from scratch must agree on the tree
// (offsets and parent links), the syntax problems, the kind, the binding and every finding.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type LanguageService } from '../server/src/service/languageService';
import { random, snapshot } from './support/analysisSnapshot';
import { randomEdit } from './support/randomEdits';

const LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';
const LISTENER = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188';
const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';
const CERT = 'arn:aws:acm:us-west-2:123456789012:certificate/12345678-1234-1234-1234-123456789012';

/** A describe-listeners output in the AWS CLI's style: dashes at column 0, a key after the list. */
function describeListeners(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 3 === 0)
      items.push(`- ListenerArn: ${LISTENER}/${String(i).padStart(16, '0')}
  LoadBalancerArn: ${LB}
  Port: 443
  Protocol: HTTPS
  Certificates:
  - CertificateArn: ${CERT}
  SslPolicy: ${i % 2 === 0 ? 'ELBSecurityPolicy-TLS13-1-2-2021-06' : 'ELBSecurityPolicy-TLS13'}
  DefaultActions:
  - Type: forward
    TargetGroupArn: ${TG}
    Order: 1
`);
    else if (i % 3 === 1)
      items.push(`# listener ${i}
- ListenerArn: ${LISTENER}/${String(i).padStart(16, '0')}
  LoadBalancerArn: ${LB}
  Port: ${i === 4 ? '"80"' : 80}
  Protocol: HTTP
  DefaultActions:
  - Type: redirect
    Order: 1
    RedirectConfig:
      Protocol: ${i % 2 === 0 ? 'HTTPS' : "'#{protocol}'"}
      Port: '${i % 2 === 0 ? '443' : '#{port}'}'
      Host: '#{host}'
      Path: ${i % 2 === 0 ? 'x' : "'/#{path}'"}
      StatusCode: HTTP_301
`);
    else
      items.push(`- ListenerArn: ${LISTENER}/${String(i).padStart(16, '0')}
  LoadBalancerArn: ${LB}
  Port: 8080
  Protocol: HTTP
  Protocol: ${i % 4 === 2 ? 'HTTPX' : 'HTTP'}
  Colour: blue
  DefaultActions:
  - Type: fixed-response
    FixedResponseConfig: {StatusCode: "503", ContentType: text/plain}
`);
  }
  return `Listeners:\n${items.join('')}NextMarker: abc\n`;
}

/** A describe-target-groups output with indented list items and quoted and block scalars. */
function describeTargetGroups(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++)
    items.push(`  - TargetGroupArn: "${TG.replace('my-targets', `tg-${i}`)}"
    TargetGroupName: 'tg-${i}'
    Protocol: ${i % 2 === 0 ? 'HTTP' : 'TCP'}
    Port: ${i % 4 === 0 ? 99999 : 80 + i}
    HealthCheckProtocol: ${i % 3 === 1 ? 'UDP' : 'HTTP'}
    HealthCheckPort: ${i % 3 === 2 ? 'traffic' : '"80"'}
    VpcId: vpc-3ac0fb5f
    HealthCheckEnabled: true
    Matcher:
      HttpCode: "200"
    Notes: |
      free text ${i}
      on two lines
    LoadBalancerArns:
      - ${LB}
`);
  return `# describe-target-groups\nTargetGroups:\n${items.join('')}`;
}

/**
 * A describe-rules output, dashes at column 0, with rules that break condition, value, priority and
 * transform rules (some of them twice, so that an edit can end or start a duplicate).
 */
function describeRules(count: number): string {
  const rule =
    'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener-rule/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2';
  const items: string[] = [];
  for (let i = 0; i < count; i++)
    items.push(`- RuleArn: ${rule}/${String(i).padStart(16, '0')}
  Priority: "${i % 4 === 0 ? 'default' : String(10 + (i % 3))}"
  IsDefault: ${i % 4 === 0}
  Conditions:
    - Field: ${i % 2 === 0 ? 'path-pattern' : 'host-header'}
      ${i % 2 === 0 ? 'PathPatternConfig' : 'HostHeaderConfig'}:
        Values: [${i % 3 === 0 ? '"/a b/*", "/c?*"' : '"*.example.com", localhost'}]
    - Field: source-ip
      SourceIpConfig: { Values: [192.0.2.${i}, "198.51.100.0/24"] }
  Actions:
    - Type: forward
      TargetGroupArn: ${TG}
  Transforms:
    - Type: url-rewrite
      UrlRewriteConfig: { Rewrites: [{ Regex: "^/(?!x)(.*)$", Replace: /$1 }] }
`);
  return `Rules:
${items.join('')}NextMarker: abc
`;
}

const createListener = `LoadBalancerArn: ${LB}
Protocol: HTTPS
Port: 443
Certificates:
  - CertificateArn: ${CERT}
DefaultActions:
  - Type: authenticate-oidc
    Order: 1
    AuthenticateOidcConfig:
      Issuer: https://idp.example.com
      AuthorizationEndpoint: https://idp.example.com/authorize
      TokenEndpoint: https://idp.example.com/token
      UserInfoEndpoint: https://idp.example.com/userinfo
      ClientId: my-client-id
      ClientSecret: my-client-secret
  - Type: forward
    Order: 2
    TargetGroupArn: ${TG}
Tags:
  - Key: team
    Value: payments
`;

interface Run {
  edits: number;
  incremental: number;
}

function editRandomly(service: LanguageService, original: string, seed: number, edits: number): Run {
  const next = random(seed);
  let text = original;
  let analysis = service.check({ text, syntax: 'yaml', named: true });
  let incremental = 0;
  let clean = text;
  for (let i = 1; i <= edits; i++) {
    // Undo an edit that broke the syntax, most of the time, as a user would: then most edits meet
    // a parseable document. Start again from the clean document now and then.
    const broken = analysis.document.problems.some((p) => p.kind !== 'duplicate-key');
    if (!broken) clean = text;
    text = i % 50 === 0 ? original : randomEdit(broken && next() < 0.7 ? clean : text, next);
    const root = analysis.document.root;
    const updated = service.check({ text, syntax: 'yaml', named: true }, analysis);
    if (root !== undefined && updated.document.root === root) incremental++;
    const full = service.check({ text, syntax: 'yaml', named: true });
    assert.deepEqual(
      snapshot(updated),
      snapshot(full),
      `edit ${i} (seed ${seed}) gives another result than a full parse; the text was:\n${text}`,
    );
    analysis = updated;
  }
  return { edits, incremental };
}

/** Where each item of the document's top-level list starts its dash line, and where the list ends. */
function itemLines(text: string): { starts: number[]; end: number } {
  const listKey = /^[A-Za-z]+:\r?\n/m.exec(text);
  assert.ok(listKey);
  const from = listKey.index + listKey[0].length;
  const column = /^ */.exec(text.slice(from))?.[0].length ?? 0;
  const starts: number[] = [];
  const line = new RegExp(`^ {${column}}- `, 'gm');
  line.lastIndex = from;
  for (let m = line.exec(text); m; m = line.exec(text)) starts.push(m.index);
  // The list ends at the next top-level key's line, or with the text.
  const next = /^[A-Za-z]+:/m.exec(text.slice(from));
  return { starts, end: next ? from + next.index : text.length };
}

/** What an editor does to a list as a whole, at a random place each time. */
function workloadEdits(text: string, next: () => number): { name: string; text: string }[] {
  const { starts, end } = itemLines(text);
  const n = starts.length;
  const boundary = (k: number): number => (k < n ? (starts[k] as number) : end);
  const count = Math.min(50, n - 1);
  const from = Math.floor(next() * (n - count + 1));
  const block = text.slice(boundary(from), boundary(from + count));
  const at = boundary(Math.floor(next() * (n + 1)));
  const pasted = text.slice(0, at) + block + text.slice(at);
  const cut = Math.floor(next() * (n - count + 1));
  const deleted = text.slice(0, boundary(cut)) + text.slice(boundary(cut + count));
  const anywhere = Math.floor(next() * text.length);
  const edits = [
    { name: 'paste of items', text: pasted },
    { name: 'undo of the paste', text },
    { name: 'delete of items', text: deleted },
    { name: 'undo of the delete', text },
    { name: 'paste in mid-line', text: text.slice(0, anywhere) + block + text.slice(anywhere) },
    { name: 'undo of the paste in mid-line', text },
  ];
  // A new item typed at the end of the list, character by character, as the user adds one: a new
  // line after the last item's, then the item.
  const item = `\n${text.slice(boundary(n - 1), end).replace(/\r?\n$/, '')}`;
  const lineBreak = text[end - 2] === '\r' ? end - 2 : end - 1;
  for (let i = 1; i <= item.length; i++)
    edits.push({
      name: `typing a new item at the end (${i})`,
      text: text.slice(0, lineBreak) + item.slice(0, i) + text.slice(lineBreak),
    });
  return edits;
}

describe('an incremental parse gives what a full parse gives', () => {
  const service = createLanguageService();
  const documents: [string, string][] = [
    ['describe-listeners', describeListeners(12)],
    ['describe-listeners, CRLF', describeListeners(9).replace(/\n/g, '\r\n')],
    ['describe-target-groups, indented items', describeTargetGroups(10)],
    ['describe-rules', describeRules(10)],
    ['create-listener', createListener],
  ];
  for (const [name, text] of documents) {
    test(`${name}: random edits`, () => {
      let incremental = 0;
      let edits = 0;
      for (const seed of [1, 2, 3]) {
        const run = editRandomly(service, text, seed * 7919 + name.length, 150);
        incremental += run.incremental;
        edits += run.edits;
      }
      // The test means something only if many edits took the incremental path.
      assert.ok(incremental >= edits * 0.2, `only ${incremental} of ${edits} edits were incremental`);
    });
  }

  test('completion from the analysis gives what completion from the text gives', () => {
    for (const [name, original] of documents) {
      const next = random(name.length);
      let text = original;
      for (let i = 0; i < 60; i++) {
        if (i % 3 === 0) text = i % 30 === 0 ? original : randomEdit(text, next);
        const analysis = service.check({ text, syntax: 'yaml', named: true });
        // A cursor at the end of a line or inside a word, as an editor asks.
        let offset = Math.floor(next() * (text.length + 1));
        if (next() < 0.5)
          offset = Math.max(0, text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset));
        const input = { text, syntax: 'yaml' as const, named: true };
        assert.deepEqual(
          service.complete(input, offset, analysis),
          service.complete(input, offset),
          `completion at ${offset} of:\n${text}`,
        );
      }
    }
  });

  test('nesting pasted into one listener, deeper than the parser takes: what a full parse gives', () => {
    const text = describeListeners(6);
    assert.ok(text.includes('Port: 8080'));
    const at = text.indexOf('Port: 8080') + 'Port: '.length;
    const pastes = [
      '['.repeat(10_000) + ']'.repeat(10_000),
      '{a: '.repeat(300) + '1' + '}'.repeat(300),
      `\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i + 4)}a:`).join('\n')} 1`,
    ];
    for (const paste of pastes) {
      const edited = `${text.slice(0, at)}${paste}${text.slice(at + 4)}`;
      const previous = service.check({ text, syntax: 'yaml', named: true });
      const updated = service.check({ text: edited, syntax: 'yaml', named: true }, previous);
      assert.deepEqual(
        snapshot(updated),
        snapshot(service.check({ text: edited, syntax: 'yaml', named: true })),
      );
    }
  });

  test('50,000 target groups pasted in one edit: what a full check gives', () => {
    // The binding once spliced the new entries in as call arguments, which overflows the stack.
    const text = describeTargetGroups(4);
    // Inside the first target group, so that the edit stays within one item of the list.
    const at = text.indexOf('    VpcId: vpc-3ac0fb5f\n') + '    VpcId: vpc-3ac0fb5f\n'.length;
    assert.ok(at > 0);
    const pasted = Array.from(
      { length: 50_000 },
      (_, i) => `  - TargetGroupArn: "${TG.replace('my-targets', `tg-${i}`)}"\n    Port: 80\n`,
    ).join('');
    const edited = `${text.slice(0, at)}${pasted}${text.slice(at)}`;
    const previous = service.check({ text, syntax: 'yaml', named: true });
    const updated = service.check({ text: edited, syntax: 'yaml', named: true }, previous);
    const fresh = service.check({ text: edited, syntax: 'yaml', named: true });
    assert.deepEqual(updated.findings, fresh.findings);
    assert.equal(updated.binding.entries.length, fresh.binding.entries.length);
    // The edit took the incremental path: the tree is the previous one, updated in place.
    assert.equal(updated.document.root, previous.document.root);
  });

  test('a keystroke inside one listener reuses the tree', () => {
    const text = describeListeners(30);
    const first = service.check({ text, syntax: 'yaml', named: true });
    const at = text.indexOf('Port: 8080') + 'Port: 8080'.length;
    const edited = `${text.slice(0, at)}1${text.slice(at)}`;
    const second = service.check({ text: edited, syntax: 'yaml', named: true }, first);
    assert.equal(second.document.root, first.document.root);
    assert.deepEqual(
      snapshot(second),
      snapshot(service.check({ text: edited, syntax: 'yaml', named: true })),
    );
  });
  test('pastes, deletes, undo and typing at the end of the list: what a full check gives', () => {
    const withoutMarker = (doc: string): string => doc.replace(/NextMarker: abc\r?\n$/, '');
    const lists: [string, string][] = [
      ['describe-listeners', describeListeners(60)],
      ['describe-listeners ending the text', withoutMarker(describeListeners(60))],
      ['describe-listeners, CRLF', describeListeners(55).replace(/\n/g, '\r\n')],
      ['describe-target-groups', describeTargetGroups(60)],
      ['describe-target-groups ending the text', withoutMarker(describeTargetGroups(60))],
      ['describe-rules', describeRules(60)],
    ];
    for (const [name, original] of lists)
      for (const seed of [1, 2]) {
        const next = random(seed * 31 + name.length);
        let analysis = service.check({ text: original, syntax: 'yaml', named: true });
        const whole = new Map<string, { edits: number; incremental: number }>();
        for (const edit of workloadEdits(original, next)) {
          const root = analysis.document.root;
          const updated = service.check({ text: edit.text, syntax: 'yaml', named: true }, analysis);
          const full = service.check({ text: edit.text, syntax: 'yaml', named: true });
          assert.deepEqual(snapshot(updated), snapshot(full), `${name}, seed ${seed}: ${edit.name}`);
          const kind = edit.name.replace(/ \(\d+\)$/, '');
          const tally = whole.get(kind) ?? { edits: 0, incremental: 0 };
          tally.edits++;
          if (updated.document.root === root) tally.incremental++;
          whole.set(kind, tally);
          analysis = updated;
        }
        // Each of these keeps the document free of YAML problems: all of them must be incremental.
        for (const kind of ['paste of items', 'undo of the paste', 'delete of items', 'undo of the delete']) {
          const tally = whole.get(kind);
          assert.equal(tally?.incremental, tally?.edits, `${name}, seed ${seed}: ${kind} took the full path`);
        }
        // Typing a new item passes through states that break the YAML; those stay incremental
        // while what broke stays in the item. A flow collection or quote left open before a
        // later top-level key (`NextMarker`) reads that key into it: a full parse then.
        const typing = whole.get('typing a new item at the end');
        const share = name.endsWith('ending the text') ? 1 : 0.75;
        assert.ok(
          typing && typing.incremental >= typing.edits * share,
          `${name}, seed ${seed}: typing at the end: ${JSON.stringify(typing)}`,
        );
      }
  });
});
