// The incremental parse of a YAML template's `Resources` (syntax/incrementalYaml.ts, mapping
// entries) must give exactly what a full parse gives: after random edits, pastes and deletes of
// whole resources, their undo, and a new resource typed at the end, the template checked from the
// previous analysis and the template checked from scratch agree on the tree, the problems and
// every finding.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService, type Analysis } from '../server/src/service/languageService';
import { random, snapshot } from './support/analysisSnapshot';
import { randomEdit } from './support/randomEdits';

const EXAMPLES = path.join(__dirname, '..', 'examples');
const templates: [string, string][] = [
  ['web-stack', fs.readFileSync(path.join(EXAMPLES, 'web-stack.template.yaml'), 'utf8')],
  [
    'web-stack with mistakes',
    fs.readFileSync(path.join(EXAMPLES, 'mistakes', 'web-stack-with-mistakes.template.yaml'), 'utf8'),
  ],
];

/** Where each entry of `Resources` starts its key line, and where the mapping ends. */
function resourceLines(text: string): { starts: number[]; end: number } {
  const from = text.indexOf('\nResources:\n') + '\nResources:\n'.length;
  assert.ok(from > '\nResources:\n'.length);
  const next = /^[A-Za-z]+:/m.exec(text.slice(from));
  const end = next ? from + next.index : text.length;
  const starts: number[] = [];
  const line = /^ {2}[A-Za-z0-9]+:/gm;
  line.lastIndex = from;
  for (let m = line.exec(text); m && m.index < end; m = line.exec(text)) starts.push(m.index);
  return { starts, end };
}

/** Pastes and deletes of whole resources (renamed, so that no logical ID repeats), and their undo. */
function resourceEdits(text: string, next: () => number): { name: string; text: string }[] {
  const { starts, end } = resourceLines(text);
  const n = starts.length;
  const boundary = (k: number): number => (k < n ? (starts[k] as number) : end);
  const count = Math.max(1, Math.min(3, n - 1));
  const from = Math.floor(next() * (n - count + 1));
  const block = text
    .slice(boundary(from), boundary(from + count))
    .replace(/^ {2}([A-Za-z0-9]+):/gm, (_, id: string) => `  ${id}Copy:`);
  const at = boundary(Math.floor(next() * (n + 1)));
  const cut = Math.floor(next() * (n - count + 1));
  const edits = [
    { name: 'paste of resources', text: text.slice(0, at) + block + text.slice(at) },
    { name: 'undo of the paste', text },
    { name: 'delete of resources', text: text.slice(0, boundary(cut)) + text.slice(boundary(cut + count)) },
    { name: 'undo of the delete', text },
  ];
  // A new resource typed after the last one, character by character.
  const typed =
    '\n  Extra:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      Protocol: HTTP\n      Port: 8080\n      VpcId: !Ref VpcId\n      Matcher: {HttpCode: "200"}';
  const lineBreak = end - 1;
  for (let i = 1; i <= typed.length; i++)
    edits.push({
      name: 'typing a new resource',
      text: text.slice(0, lineBreak) + typed.slice(0, i) + text.slice(lineBreak),
    });
  return edits;
}

describe('an incremental parse of a template gives what a full parse gives', () => {
  const service = createLanguageService();
  const check = (text: string, previous?: Analysis): Analysis =>
    service.check({ text, syntax: 'yaml', named: false }, previous);

  for (const [name, original] of templates) {
    test(`${name}: random edits`, () => {
      let incremental = 0;
      let edits = 0;
      for (const seed of [1, 2]) {
        const next = random(seed * 104729 + name.length);
        let text = original;
        let analysis = check(text);
        let clean = text;
        for (let i = 1; i <= 150; i++) {
          const broken = analysis.document.problems.some(
            (p) => p.kind !== 'duplicate-key' && !p.cloudFormationTag,
          );
          if (!broken) clean = text;
          text = i % 50 === 0 ? original : randomEdit(broken && next() < 0.7 ? clean : text, next);
          const root = analysis.document.root;
          const updated = check(text, analysis);
          if (root !== undefined && updated.document.root === root) incremental++;
          edits++;
          assert.deepEqual(snapshot(updated), snapshot(check(text)), `edit ${i} (seed ${seed}):\n${text}`);
          analysis = updated;
        }
      }
      assert.ok(incremental >= edits * 0.2, `only ${incremental} of ${edits} edits were incremental`);
    });

    test(`${name}: pastes, deletes, undo and a new resource typed at the end`, () => {
      const next = random(name.length);
      let analysis = check(original);
      const tally = new Map<string, { edits: number; incremental: number }>();
      for (const edit of resourceEdits(original, next)) {
        const root = analysis.document.root;
        const updated = check(edit.text, analysis);
        assert.deepEqual(snapshot(updated), snapshot(check(edit.text)), `${name}: ${edit.name}`);
        const counts = tally.get(edit.name) ?? { edits: 0, incremental: 0 };
        counts.edits++;
        if (updated.document.root === root) counts.incremental++;
        tally.set(edit.name, counts);
        analysis = updated;
      }
      for (const [kind, counts] of tally)
        // A flow mapping left open (`Matcher: {`) reads the next top-level key into it: a full
        // parse for those few keystrokes.
        assert.ok(
          counts.incremental >= counts.edits * (kind === 'typing a new resource' ? 0.85 : 1),
          `${name}: ${kind}: ${JSON.stringify(counts)}`,
        );
    });
  }
});
