// A keystroke inside a scalar of a template or a JSON document updates the previous tree instead
// of parsing again (syntax/scalarEdit.ts), and a template's resources keep their findings between
// checks (template/cache.ts): both must give what a check from scratch gives. Random edits in and
// around the scalars of every template and JSON fixture and example, with a fixed seed.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService, syntaxOfPath, type Analysis } from '../server/src/service/languageService';
import { parseYaml } from '../server/src/service/syntax/parseYaml';
import { parseJson } from '../server/src/service/syntax/parseJson';
import { reparseScalarEdit } from '../server/src/service/syntax/scalarEdit';
import { clearTemplateFindingsCache } from '../server/src/service/template/cache';
import type { Node, ParsedDocument } from '../server/src/service/syntax/tree';
import { parseAnnotatedFixture } from './support/annotatedFixture';
import { FIXTURES, listFixtures } from './support/fixtureFiles';

const ROOT = path.resolve(__dirname, '..');
const INSERTS = ['1', '0', 'a', 'Z', '-', '/', '.', ' ', ':', '#', '"', "'", ',', '*', '&', '{', '\\', '\n'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** The tree without parent links, for comparing. */
function plain(document: ParsedDocument): unknown {
  const strip = (node: Node | undefined): unknown => {
    if (!node) return undefined;
    if (node.type === 'scalar') return { ...node, parent: undefined };
    if (node.type === 'array')
      return { type: 'array', start: node.start, end: node.end, items: node.items.map(strip) };
    return {
      type: 'object',
      start: node.start,
      end: node.end,
      properties: node.properties.map((p) => ({
        key: p.key.value,
        ks: p.key.start,
        ke: p.key.end,
        start: p.start,
        end: p.end,
        value: strip(p.value),
      })),
    };
  };
  return { root: strip(document.root), problems: document.problems.map((p) => [p.start, p.end, p.message]) };
}

const documents = [
  ...listFixtures()
    .filter((f) => /\.template\.(ya?ml|json)$|\.json$/.test(f))
    .map((f) => ({
      name: f,
      text: parseAnnotatedFixture(fs.readFileSync(path.join(FIXTURES, f), 'utf8'), '\n').text,
    })),
  ...fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => /\.template\.|\.json$/.test(f))
    .map((f) => ({ name: `examples/${f}`, text: fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8') })),
];

describe('scalar edits', () => {
  test('the updated tree is the full parse of the edited text, or the path declines', () => {
    const next = random(12);
    let taken = 0;
    for (const { name, text } of documents) {
      const syntax = syntaxOfPath(name);
      const parse = syntax === 'json' ? parseJson : parseYaml;
      for (let i = 0; i < 40; i++) {
        const at = Math.floor(next() * text.length);
        const edited =
          next() < 0.3
            ? text.slice(0, at) + text.slice(at + 1)
            : text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
        const updated = reparseScalarEdit(parse(text), edited);
        if (!updated) continue;
        taken++;
        assert.deepEqual(plain(updated), plain(parse(edited)), `${name}: edit at ${at}`);
      }
    }
    assert.ok(taken > 50, `only ${taken} edits took the scalar path`);
  });

  test('characters typed and deleted after a closing quote give the full parse, or the path declines', () => {
    const next = random(5);
    // Mostly what a word or a number holds, and characters that make other syntax.
    const typed = [...'xyz1234_.-ABC', ' ', '#', ':', "'", '"', ',', '['];
    let taken = 0;
    for (const { name, text } of documents) {
      if (syntaxOfPath(name) !== 'yaml') continue;
      // Each quoted value that ends its line, with LF or CRLF line ends.
      for (const source of [text, text.replace(/\n/g, '\r\n')])
        for (const m of source.matchAll(/['"](?=\r?\n|$)/g)) {
          let current = source;
          let document = parseYaml(current);
          const at = m.index + 1;
          const steps = 1 + Math.floor(next() * 4);
          const edits = [
            ...Array.from({ length: steps }, (_, i) => ({
              offset: at + i,
              insert: typed[Math.floor(next() * typed.length)],
            })),
            ...Array.from({ length: steps }, (_, i) => ({ offset: at + steps - 1 - i, insert: undefined })),
          ];
          for (const edit of edits) {
            current =
              edit.insert === undefined
                ? current.slice(0, edit.offset) + current.slice(edit.offset + 1)
                : current.slice(0, edit.offset) + edit.insert + current.slice(edit.offset);
            const updated = reparseScalarEdit(document, current);
            document = updated ?? parseYaml(current);
            if (!updated) continue;
            taken++;
            const full = parseYaml(current);
            assert.deepEqual(plain(updated), plain(full), `${name}: after the quote at ${at}`);
            // Every field of the problems too (severity, kind, the tags' marks).
            assert.deepEqual(updated.problems, full.problems, `${name}: after the quote at ${at}`);
          }
        }
    }
    assert.ok(taken > 80, `only ${taken} edits after a quote took the scalar path`);
  });

  test('checks after edits give what checks from scratch give (kept findings included)', () => {
    const next = random(7);
    const service = createLanguageService();
    for (const { name, text } of documents) {
      const syntax = syntaxOfPath(name);
      let current = text;
      let analysis: Analysis = service.check({ text: current, syntax, named: false });
      for (let i = 0; i < 15; i++) {
        const at = Math.floor(next() * current.length);
        current =
          next() < 0.3
            ? current.slice(0, at) + current.slice(at + 1)
            : current.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + current.slice(at);
        analysis = service.check({ text: current, syntax, named: false }, analysis);
        clearTemplateFindingsCache(); // from scratch: nothing kept
        const fresh = createLanguageService().check({ text: current, syntax, named: false });
        assert.deepEqual(analysis.findings, fresh.findings, `${name} after ${i + 1} edits`);
      }
    }
  });
});
