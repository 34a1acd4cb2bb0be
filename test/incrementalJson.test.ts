// The incremental JSON parse (syntax/incrementalJson.ts) must give exactly what a full parse gives.
// Random edits, many of them JSON syntax, and the edits of a day's work (a block of items pasted
// or deleted, undone, an item typed character by character, the whole text replaced) are applied
// one after another; after each, the document checked from the previous analysis and the document
// checked from scratch must agree on the tree (offsets and parent links), the syntax problems, the
// kind, the binding and every finding. And the edits must mostly take the incremental path.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createLanguageService,
  type Analysis,
  type LanguageService,
} from '../server/src/service/languageService';
import { MAX_TOKENS } from '../server/src/service/syntax/limits';
import type { ArrayNode, Node, ObjectNode } from '../server/src/service/syntax/tree';
import { random, snapshot } from './support/analysisSnapshot';

const LB = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/app/my-lb/50dc6c495c0c9188';
const LISTENER = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/my-lb/50dc6c495c0c9188';
const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067';
const CERT = 'arn:aws:acm:us-west-2:123456789012:certificate/12345678-1234-1234-1234-123456789012';
const RULE =
  'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener-rule/app/my-lb/50dc6c495c0c9188/f2f7dc8efc522ab2';

/** `JSON.stringify` with two spaces, as the AWS CLI prints, indented to sit in a list. */
function indented(value: unknown, by: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);
}

/** One listener: HTTPS, redirecting HTTP, or hand-written with odd spacing and broken members. */
function listener(i: number): string {
  const arn = `${LISTENER}/${String(i).padStart(16, '0')}`;
  if (i % 3 === 0)
    return indented(
      {
        ListenerArn: arn,
        LoadBalancerArn: LB,
        Port: 443,
        Protocol: 'HTTPS',
        Certificates: [{ CertificateArn: CERT }],
        SslPolicy: i % 2 === 0 ? 'ELBSecurityPolicy-TLS13-1-2-2021-06' : 'ELBSecurityPolicy-TLS13',
        DefaultActions: [{ Type: 'forward', TargetGroupArn: TG, Order: 1 }],
      },
      '    ',
    );
  if (i % 3 === 1)
    // One line, a port that is a string once, and a redirect with placeholders.
    return JSON.stringify({
      ListenerArn: arn,
      LoadBalancerArn: LB,
      Port: i === 4 ? '80' : 80,
      Protocol: 'HTTP',
      DefaultActions: [
        {
          Type: 'redirect',
          Order: 1,
          RedirectConfig: {
            Protocol: i % 2 === 0 ? 'HTTPS' : '#{protocol}',
            Port: i % 2 === 0 ? '443' : '#{port}',
            Host: '#{host}',
            Path: i % 2 === 0 ? 'x' : '/#{path}',
            StatusCode: 'HTTP_301',
          },
        },
      ],
    });
  // Written by hand: a repeated key, an unknown member, a float port, tabs and a non-ASCII name.
  return `{ "ListenerArn" : "${arn}",
      "LoadBalancerArn":"${LB}" ,
\t"Port": ${i % 4 === 2 ? '8080.0' : '8080'},   "Protocol": "HTTP",
      "Protocol" :"${i % 4 === 2 ? 'HTTPX' : 'HTTP'}",
      "Colour": "bl\\u00e9u \u00e9\ud83d\ude00",
      "DefaultActions": [ {"Type": "fixed-response",
        "FixedResponseConfig": {"StatusCode": "503", "ContentType": "text/plain"}} ]
    }`;
}

/** A describe-listeners output with a key after the list. */
function describeListeners(count: number): string {
  const items = Array.from({ length: count }, (_, i) => listener(i));
  return `{\n  "Listeners": [\n    ${items.join(',\n    ')}\n  ],\n  "NextMarker": "abc"\n}\n`;
}

function describeTargetGroups(count: number): string {
  const groups = Array.from({ length: count }, (_, i) => ({
    TargetGroupArn: TG.replace('my-targets', `tg-${i}`),
    TargetGroupName: `tg-${i}-\u00e9t\u00e9`,
    Protocol: i % 2 === 0 ? 'HTTP' : 'TCP',
    Port: i % 4 === 0 ? 99999 : 80 + i,
    HealthCheckProtocol: i % 3 === 1 ? 'UDP' : 'HTTP',
    HealthCheckPort: i % 3 === 2 ? 'traffic' : '80',
    VpcId: 'vpc-3ac0fb5f',
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: i % 5 === 0 ? 1e3 : 30,
    Matcher: { HttpCode: '200' },
    LoadBalancerArns: [LB],
    Extra: null,
  }));
  return `${JSON.stringify({ TargetGroups: groups }, null, 2)}\n`;
}

/** A describe-rules output whose rules break condition, value, priority and transform rules. */
function describeRules(count: number): string {
  const rules = Array.from({ length: count }, (_, i) => ({
    RuleArn: `${RULE}/${String(i).padStart(16, '0')}`,
    Priority: i % 4 === 0 ? 'default' : String(10 + (i % 3)),
    IsDefault: i % 4 === 0,
    Conditions: [
      i % 2 === 0
        ? { Field: 'path-pattern', PathPatternConfig: { Values: i % 3 === 0 ? ['/a b/*', '/c?*'] : ['/x'] } }
        : { Field: 'host-header', HostHeaderConfig: { Values: ['*.example.com', 'localhost'] } },
      { Field: 'source-ip', SourceIpConfig: { Values: [`192.0.2.${i}`, '198.51.100.0/24'] } },
    ],
    Actions: [{ Type: 'forward', TargetGroupArn: TG }],
    Transforms: [
      { Type: 'url-rewrite', UrlRewriteConfig: { Rewrites: [{ Regex: '^/(?!x)(.*)$', Replace: '/$1' }] } },
    ],
  }));
  return `{"Rules": ${JSON.stringify(rules, null, 2)}, "NextMarker": "abc"}`;
}

/** What an edit may insert: ordinary text, and every character that means something in JSON. */
const INSERTS = [
  'x',
  'abc',
  '1',
  '0',
  '-',
  '.',
  'e',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\n    ',
  '"',
  '""',
  '"x"',
  ',',
  ', ',
  ':',
  ': ',
  '{',
  '}',
  '[',
  ']',
  '{}',
  '[]',
  '},',
  '}, {',
  ', {"Port": 80}',
  '{"Port": 80},',
  '"Port": 8',
  '\\',
  '\\"',
  '\\u00e9',
  '\\u12',
  'true',
  'null',
  '//',
  '/*',
  '#',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u00e9',
  '\ud83d\ude00',
];

/** What typing mostly inserts. */
const PLAIN = ['x', 'e', 'abc', '1', '0', '-', ' '];

/** The text of the items of the document's first top-level list, as [start, end) ranges. */
function itemRanges(analysis: Analysis): [number, number][] {
  const root = analysis.document.root;
  if (root?.type !== 'object') return [];
  const list = root.properties[0]?.value;
  return list?.type === 'array' ? list.items.map((item) => [item.start, item.end]) : [];
}

function randomEdit(text: string, analysis: Analysis, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.3) return text.slice(0, at) + pick(PLAIN) + text.slice(at);
  if (roll < 0.55) return text.slice(0, at) + pick(INSERTS) + text.slice(at);
  const items = itemRanges(analysis);
  if (roll < 0.65 && items.length > 1) {
    // Items copied (with their commas) or cut, from an item's start to another's.
    const from = Math.floor(next() * items.length);
    const to = Math.min(items.length - 1, from + 1 + Math.floor(next() * 3));
    const start = (items[from] as [number, number])[0];
    const end = (items[to] as [number, number])[0];
    if (next() < 0.5) return text.slice(0, start) + text.slice(end);
    const into = (pick(items) as [number, number])[0];
    return text.slice(0, into) + text.slice(start, end) + text.slice(into);
  }
  const length = 1 + Math.floor(next() * (roll < 0.85 ? 3 : 40));
  if (roll < 0.9) return text.slice(0, at) + pick(INSERTS) + text.slice(at + length);
  return text.slice(0, at) + text.slice(at + length);
}

/** An edit at or after `from`: an insertion of what typing or JSON brings, or a short deletion. */
function nearEndEdit(text: string, from: number, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const at = from + Math.floor(next() * (text.length + 1 - from));
  const roll = next();
  if (roll < 0.3) return text.slice(0, at) + pick(PLAIN) + text.slice(at);
  if (roll < 0.75) return text.slice(0, at) + pick(INSERTS) + text.slice(at);
  const length = 1 + Math.floor(next() * (roll < 0.9 ? 3 : 30));
  if (roll < 0.85) return text.slice(0, at) + pick(INSERTS) + text.slice(at + length);
  return text.slice(0, at) + text.slice(at + length);
}

/** A document that a full parse reads without error (duplicate keys aside). */
function isClean(analysis: Analysis): boolean {
  return analysis.document.problems.every((p) => p.kind === 'duplicate-key');
}

/**
 * Checks texts one after another as an editor does, holding each result to a check from scratch.
 * An edit took the incremental path when the new tree is the tree of an earlier version (the
 * previous one, or the one before a run of texts that took a full parse), updated in place: a full
 * parse makes a new root.
 */
class Session {
  analysis: Analysis;
  /** The roots of the versions checked so far. */
  private readonly roots = new WeakSet<Node>();

  constructor(
    private readonly service: LanguageService,
    text: string,
    private readonly label: string,
  ) {
    this.analysis = service.check({ text, syntax: 'json', named: true });
    const root = this.analysis.document.root;
    if (root) this.roots.add(root);
  }

  get text(): string {
    return this.analysis.document.text;
  }

  /** Checks the new text; true when it took the incremental path. */
  edit(text: string, what: string): boolean {
    const updated = this.service.check({ text, syntax: 'json', named: true }, this.analysis);
    const full = this.service.check({ text, syntax: 'json', named: true });
    assert.deepEqual(
      snapshot(updated),
      snapshot(full),
      `${this.label}: ${what} gives another result than a full check; the text was:\n${text}`,
    );
    const root = updated.document.root;
    const incremental = root !== undefined && this.roots.has(root);
    this.analysis = updated;
    if (root) this.roots.add(root);
    return incremental;
  }
}

describe('an incremental JSON parse gives what a full parse gives', () => {
  const service = createLanguageService();
  const documents: [string, string][] = [
    ['describe-listeners', describeListeners(12)],
    ['describe-listeners, CRLF', describeListeners(9).replace(/\n/g, '\r\n')],
    ['describe-target-groups', describeTargetGroups(10)],
    ['describe-rules', describeRules(10)],
    // As the AWS CLI prints it: nothing after the list.
    [
      'describe-listeners, nothing after the list',
      describeListeners(8).replace(',\n  "NextMarker": "abc"', ''),
    ],
  ];
  for (const [name, original] of documents) {
    test(`${name}: random edits`, () => {
      let incremental = 0;
      let edits = 0;
      for (const seed of [1, 2, 3]) {
        const next = random(seed * 7919 + name.length);
        const session = new Session(service, original, `${name}, seed ${seed}`);
        let clean = original;
        for (let i = 1; i <= 150; i++) {
          // Undo an edit that broke the syntax, most of the time, as a user would.
          const broken = !isClean(session.analysis);
          if (!broken) clean = session.text;
          const base = broken && next() < 0.7 ? clean : session.text;
          const text = i % 50 === 0 ? original : randomEdit(base, session.analysis, next);
          if (session.edit(text, `edit ${i}`)) incremental++;
          edits++;
        }
      }
      // The test means something only if many edits took the incremental path.
      assert.ok(incremental >= edits * 0.3, `only ${incremental} of ${edits} edits were incremental`);
    });
  }

  for (const [name, original] of documents) {
    test(`${name}: blocks of 50 items pasted, deleted and undone`, () => {
      const session = new Session(service, original, name);
      const ranges = itemRanges(session.analysis);
      const starts = ranges.map(([start]) => start);
      const ends = ranges.map(([, end]) => end);
      const first = starts[0] as number;
      const lastEnd = ends.at(-1) as number;
      const eol = original.includes('\r\n') ? '\r\n' : '\n';
      const separator = original.slice(ends[0], starts[1]); // `,\n    ` and the like
      const indent = separator.slice(1 + eol.length);
      const pasted = Array.from({ length: 50 }, (_, i) => original.slice(starts[i % 4], ends[i % 4])).join(
        separator,
      );
      // After the line of the first item's comma: whole lines, as a line-wise paste brings them.
      const lineAfter = original.indexOf(eol, ends[0]) + eol.length;
      const pastes: [string, number, string][] = [
        ['between two items', starts[3] as number, pasted + separator],
        ['before the first item', first, pasted + separator],
        ['after the last item', lastEnd, separator + pasted],
        ['as whole lines', lineAfter, `${indent}${pasted},${eol}`],
      ];
      for (const [where, at, insert] of pastes) {
        const text = `${original.slice(0, at)}${insert}${original.slice(at)}`;
        assert.ok(
          session.edit(text, `50 items pasted ${where}`),
          `${name}: the paste ${where} was not incremental`,
        );
        assert.equal(itemRanges(session.analysis).length, starts.length + 50);
        assert.ok(
          session.edit(original, `50 items pasted ${where}, undone`),
          `${name}: undo of the paste ${where}`,
        );
      }
      // A larger document loses 50 items in the middle, at the start and at the end, and gets them back.
      const large = `${original.slice(0, first)}${pasted}${separator}${original.slice(first)}`;
      session.edit(large, 'a larger document');
      const big = itemRanges(session.analysis);
      const bigStarts = big.map(([start]) => start);
      const cuts: [string, number, number][] = [
        ['in the middle', bigStarts[5] as number, bigStarts[55] as number],
        ['at the start', bigStarts[0] as number, bigStarts[50] as number],
        ['at the end', (big[big.length - 51] as [number, number])[1], (big.at(-1) as [number, number])[1]],
      ];
      for (const [where, from, to] of cuts) {
        const cut = large.slice(0, from) + large.slice(to);
        assert.ok(
          session.edit(cut, `50 items deleted ${where}`),
          `${name}: the deletion ${where} was not incremental`,
        );
        assert.ok(
          session.edit(large, `50 items deleted ${where}, undone`),
          `${name}: undo of the deletion ${where}`,
        );
      }
    });

    test(`${name}: a new item typed after the last, character by character`, () => {
      const session = new Session(service, original, name);
      const ends = itemRanges(session.analysis).map(([, end]) => end);
      const at = ends.at(-1) as number;
      const typed = `,\n    {"Port": 8080, "Protocol": "HTTP", "Tags": [{"Key": "a\\"b", "Value": "\u00e9"}]}`;
      // Plainly typed: only the last state is JSON again, and it is one edit of the last clean one.
      for (let n = 1; n <= typed.length; n++) {
        const text =
          session.text.slice(0, at + n - 1) + typed.slice(n - 1, n) + session.text.slice(at + n - 1);
        const incremental = session.edit(text, `${n} characters typed`);
        if (isClean(session.analysis))
          assert.ok(incremental, `${name}: ${n} characters typed, not incremental`);
      }
      assert.ok(isClean(session.analysis), 'the item typed in full parses');
      // In an editor that closes brackets and quotes: `{}` and `""` come in pairs, so many states parse.
      const session2 = new Session(service, original, `${name}, brackets closed`);
      let cursor = at;
      let valid = 0;
      const type = (insert: string, advance: number): void => {
        const text = session2.text.slice(0, cursor) + insert + session2.text.slice(cursor);
        cursor += advance;
        const incremental = session2.edit(text, `typed ${JSON.stringify(insert)} at ${cursor}`);
        if (isClean(session2.analysis)) {
          valid++;
          assert.ok(incremental, `${name}: typing ${JSON.stringify(insert)} was not incremental`);
        }
      };
      for (const c of [',', '\n', ' ', ' ']) type(c, 1);
      type('{}', 1);
      type('""', 1);
      for (const c of 'Port') type(c, 1);
      cursor++; // over the closing quote
      type(':', 1);
      type(' ', 1);
      for (const c of '8080') type(c, 1);
      type(',', 1);
      type(' ', 1);
      type('""', 1);
      for (const c of 'Protocol') type(c, 1);
      cursor++;
      for (const c of ': ') type(c, 1);
      type('""', 1);
      for (const c of 'HTTP') type(c, 1);
      assert.ok(valid >= 8, `only ${valid} states parsed`);
    });

    test(`${name}: a new item typed after the last with no bracket closed, broken states included`, () => {
      const session = new Session(service, original, name);
      const at = (itemRanges(session.analysis).at(-1) as [number, number])[1];
      const typed = `,\n    {"Port": 8080, "Protocol": "HTTP",\n      "DefaultActions": [{"Type": "forward", "Order": 1}], "Tags": [{"Key": "a\\"b", "Value": "\u00e9"}]}`;
      const missed: string[] = [];
      for (let n = 1; n <= typed.length; n++) {
        const text =
          session.text.slice(0, at + n - 1) + typed.slice(n - 1, n) + session.text.slice(at + n - 1);
        if (!session.edit(text, `${n} characters typed`)) missed.push(typed.slice(0, n));
      }
      assert.ok(isClean(session.analysis), 'the item typed in full parses');
      if (/^\s*\]\s*\}\s*$/.test(original.slice(at))) {
        assert.deepEqual(missed, [], `${name}: states that took a full parse`);
        return;
      }
      // A key after the list: an open brace takes it into the new item, which the path declines
      // (the binding keeps the root's keys); the states before the brace and the item typed in
      // full are incremental.
      const brace = typed.indexOf('{');
      const open = Array.from({ length: typed.length - 1 - brace }, (_, i) => typed.slice(0, brace + i + 1));
      assert.deepEqual(missed, open, `${name}: states that took a full parse`);
    });

    test(`${name}: random edits near the end of the list`, () => {
      let incremental = 0;
      let broken = 0;
      let brokenIncremental = 0;
      for (const seed of [1, 2, 3]) {
        const next = random(seed * 104_729 + name.length);
        const session = new Session(service, original, `${name}, near the end, seed ${seed}`);
        let clean = original;
        for (let i = 1; i <= 100; i++) {
          if (isClean(session.analysis)) clean = session.text;
          // Undo a broken edit now and then; most edits build on broken text.
          const base = !isClean(session.analysis) && next() < 0.2 ? clean : session.text;
          const items = itemRanges(session.analysis);
          const from = items.at(-2)?.[0] ?? Math.max(0, base.length - 2000);
          const text = i % 50 === 0 ? original : nearEndEdit(base, Math.min(from, base.length), next);
          const took = session.edit(text, `edit ${i}`);
          if (took) incremental++;
          if (!isClean(session.analysis)) {
            broken++;
            if (took) brokenIncremental++;
          }
        }
      }
      const edits = 3 * 100;
      assert.ok(incremental >= edits * 0.4, `only ${incremental} of ${edits} edits were incremental`);
      assert.ok(
        brokenIncremental >= broken * 0.25,
        `only ${brokenIncremental} of ${broken} broken states were incremental`,
      );
    });

    test(`${name}: the whole text replaced`, () => {
      const session = new Session(service, original, name);
      const other = documents.find(([n]) => n !== name)?.[1] ?? '';
      session.edit(other, 'another document');
      session.edit(original, 'the document again');
      // Full synchronisation of a one-character change is the same edit as a ranged one: the
      // first key of the third item renamed.
      const at = original.indexOf('"', (itemRanges(session.analysis)[2] as [number, number])[0]) + 1;
      const text = `${original.slice(0, at)}X${original.slice(at)}`;
      assert.ok(session.edit(text, 'a key renamed'), `${name}: the key rename was not incremental`);
    });
  }

  test('a keystroke inside one listener reuses the tree and moves the rest', () => {
    const text = describeListeners(30);
    const session = new Session(service, text, 'keystroke');
    const at = text.indexOf('"Port": 8080') + '"Port": 8080'.length;
    assert.ok(session.edit(`${text.slice(0, at)}1${text.slice(at)}`, 'a digit'));
    // A key, a brace, a comma: structure inside the item.
    const t2 = session.text;
    const key = t2.indexOf('"Colour"') + 2;
    assert.ok(session.edit(`${t2.slice(0, key)}x${t2.slice(key)}`, 'a key'));
    const t3 = session.text;
    const brace = t3.indexOf('"FixedResponseConfig"');
    assert.ok(session.edit(`${t3.slice(0, brace)}"A": {}, ${t3.slice(brace)}`, 'an object'));
  });

  test('edits the path declines give what a full parse gives', () => {
    const text = describeListeners(6);
    const at = text.indexOf('8080');
    const cases: [string, string][] = [
      [
        'nesting deeper than the parser takes',
        `${text.slice(0, at)}${'['.repeat(10_000)}${']'.repeat(10_000)}${text.slice(at + 4)}`,
      ],
      [
        'nesting deeper than the tree keeps',
        `${text.slice(0, at)}${'['.repeat(203)}${']'.repeat(203)}${text.slice(at + 4)}`,
      ],
      ['a comment between two items', text.replace('},\n    {', '}, // two\n    {')],
      ['a no-break space before an item', text.replace('},\n    {', '},\n\u00a0   {')],
      ['every item deleted', text.replace(/("Listeners": \[)[^]*(\n {2}\],)/, '$1$2')],
      ['a list in place of the items', text.replace(/("Listeners": \[)[^]*(\n {2}\],)/, '$1[1], [2]$2')],
      ['the closing bracket deleted', text.replace(/\n {2}\],/, '\n  ,')],
    ];
    for (const [what, edited] of cases) {
      const session = new Session(service, text, what);
      session.edit(edited, what);
      session.edit(text, `${what}, undone`);
    }
    // The items after the edit would move to before the old first item, where the binding looks
    // for the removed ones.
    const spaced = `{"Listeners": [${' '.repeat(200)}{"Port": 1}, {"Protocol": "HTTPX"}, {"Port": 3}]}`;
    const session = new Session(service, spaced, 'space before the first item');
    session.edit(spaced.replace(/ {200}/, ''), 'the space before the first item deleted');
  });

  test('an edit in an item that follows the one before it with no comma', () => {
    // The error ("a comma is expected") is at the item, its cause before it.
    for (const text of [describeListeners(4), describeTargetGroups(3)]) {
      const session = new Session(service, text, 'no comma');
      const end = (itemRanges(session.analysis).at(-1) as [number, number])[1];
      const broken = `${text.slice(0, end)}\n  {${text.slice(end)}`;
      session.edit(broken, 'an open brace after the last item, with no comma');
      const at = end + 4;
      for (const [i, c] of [...'"Port": 1}'].entries()) {
        const t = session.text;
        session.edit(`${t.slice(0, at + i)}${c}${t.slice(at + i)}`, `${c} typed in it`);
      }
    }
  });

  test('an edit that takes the document past the value bound is refused as a full parse refuses it', () => {
    // A list of numbers with exactly MAX_TOKENS commas and colons; the text is longer than MAX_TOKENS.
    const perItem = 1000;
    const items = Math.floor((MAX_TOKENS - 1) / perItem); // each item: perItem - 1 commas, plus one after it
    const item = `[${Array.from({ length: perItem }, () => '0').join(',')}]`;
    // The root's colon, a comma after every item but the last, and the items' own commas.
    const rest = MAX_TOKENS - 1 - items * perItem;
    const last = `[${Array.from({ length: rest + 1 }, () => '0').join(',')}]`;
    const text = `{"Listeners": [${Array.from({ length: items }, () => item).join(',')},${last}]}`;
    const session = new Session(service, text, 'bound');
    assert.ok(isClean(session.analysis), 'at the bound, the document is parsed');
    const root = session.analysis.document.root as ObjectNode;
    const list = (root.properties[0] as ObjectNode['properties'][number]).value as ArrayNode;
    const firstItem = list.items[0] as Node;
    const inside = firstItem.start + 1;
    // One more value: refused, as by a full parse; one fewer: incremental.
    assert.equal(session.edit(`${text.slice(0, inside)}0,${text.slice(inside)}`, 'one more value'), false);
    assert.ok(session.analysis.document.problems.some((p) => p.kind === 'too-complex'));
    session.edit(text, 'back at the bound');
    assert.ok(session.edit(`${text.slice(0, inside)}${text.slice(inside + 2)}`, 'one value fewer'));
    const shorter = session.text;
    assert.ok(
      session.edit(`${shorter.slice(0, inside)}0,${shorter.slice(inside)}`, 'back at the bound again'),
    );
    assert.equal(
      session.edit(`${session.text.slice(0, inside)}0,${session.text.slice(inside)}`, 'past it again'),
      false,
    );
  });
});
