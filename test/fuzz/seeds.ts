// The documents the fuzzer starts from: every rule fixture (annotations removed), the examples,
// and the real documents of ../shared/corpus when it is present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { syntaxOfPath, type Syntax } from '../../server/src/service/languageService';
import { parseAnnotatedFixture } from '../support/annotatedFixture';
import { FIXTURES, listFixtures } from '../support/fixtureFiles';
import { sharedPath } from '../support/shared';

export interface Seed {
  /** Where the document comes from, relative to the repository or to ../shared. */
  name: string;
  text: string;
  syntax: Syntax;
}

const ROOT = path.resolve(__dirname, '../..');

function walk(dir: string, out: string[]): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ya?ml|json)$/.test(entry.name) && entry.name !== '_index.json') out.push(full);
  }
  return out;
}

function seedOf(full: string, text: string, base: string): Seed {
  return {
    name: path.relative(base, full).split(path.sep).join('/'),
    text,
    syntax: syntaxOfPath(full),
  };
}

export function loadSeeds(options: { corpus?: boolean } = {}): Seed[] {
  const seeds: Seed[] = [];
  for (const rel of listFixtures()) {
    const full = path.join(FIXTURES, rel);
    const { text } = parseAnnotatedFixture(fs.readFileSync(full, 'utf8'), '\n');
    seeds.push(seedOf(full, text, ROOT));
  }
  for (const full of walk(path.join(ROOT, 'examples'), []).sort())
    seeds.push(seedOf(full, fs.readFileSync(full, 'utf8'), ROOT));
  if (options.corpus !== false) {
    const corpus = sharedPath('corpus');
    for (const full of walk(corpus, []).sort())
      seeds.push(seedOf(full, fs.readFileSync(full, 'utf8'), path.dirname(corpus)));
  }
  return seeds;
}
