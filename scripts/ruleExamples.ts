// For docs/rules.md: a wrong and a right example of each rule, taken from its fixtures and checked
// now (as Biome's rule docs are): the wrong one is shown with the findings the rule reports today.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  isElbv2FileName,
  syntaxOfPath,
  type Finding,
} from '../server/src/service/languageService';
import type { Rule } from '../server/src/service/rules/rule';
import { parseAnnotatedFixture } from '../test/support/annotatedFixture';
import { FIXTURES, listFixtures } from '../test/support/fixtureFiles';

export interface RuleExample {
  /** The fixture it comes from, relative to test/fixtures. */
  file: string;
  syntax: 'yaml' | 'json';
  /** The document, with the rule's findings written under their lines (the wrong example). */
  text: string;
}

const service = createLanguageService();

interface Checked {
  file: string;
  syntax: 'yaml' | 'json';
  text: string;
  findings: Finding[];
}

function checkFixture(file: string): Checked {
  const { text } = parseAnnotatedFixture(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), '\n');
  const syntax = syntaxOfPath(file);
  return {
    file,
    syntax,
    text,
    findings: service.check({ text, syntax, named: isElbv2FileName(file) }).findings,
  };
}

/** The shortest wrong and right fixtures of a rule, YAML first. */
export function examplesOf(rule: Rule): { wrong?: RuleExample; right?: RuleExample } {
  const own = listFixtures().filter((f) => f.startsWith(`rules/${rule.id}/`));
  const preferred = (rule.onlySyntax ?? 'yaml') === 'yaml' ? ['.yaml', '.yml', '.json'] : ['.json'];
  const ranked = preferred.flatMap((ext) =>
    own
      .filter((f) => f.endsWith(ext))
      .map(checkFixture)
      .sort((a, b) => a.text.split('\n').length - b.text.split('\n').length || a.file.localeCompare(b.file)),
  );
  const wrong = ranked.find((c) => c.findings.some((f) => f.ruleId === rule.id));
  const right = ranked.find((c) => c.findings.length === 0);
  const result: { wrong?: RuleExample; right?: RuleExample } = {};
  if (wrong) result.wrong = { file: wrong.file, syntax: wrong.syntax, text: annotate(wrong, rule.id) };
  if (right) result.right = { file: right.file, syntax: right.syntax, text: right.text };
  return result;
}

/** The text with the rule's findings as comment lines of carets and messages under their lines. */
function annotate(checked: Checked, ruleId: string): string {
  const document = TextDocument.create('file:///example', checked.syntax, 1, checked.text);
  const marker = checked.syntax === 'json' ? '//' : '#';
  const byLine = new Map<number, string[]>();
  for (const f of checked.findings) {
    if (f.ruleId !== ruleId) continue;
    const start = document.positionAt(f.start);
    const end = document.positionAt(f.end);
    const line = checked.text.split('\n')[start.line] ?? '';
    const endCharacter = end.line === start.line ? end.character : line.length;
    const width = Math.max(1, [...line.slice(start.character, endCharacter)].length);
    const column = [...line.slice(0, start.character)].length;
    const note =
      column > marker.length
        ? `${marker}${' '.repeat(column - marker.length)}${'^'.repeat(width)} ${f.severity}: ${f.message}`
        : `${marker} (column ${column + 1}) ${f.severity}: ${f.message}`;
    byLine.set(start.line, [...(byLine.get(start.line) ?? []), note]);
  }
  return checked.text
    .split('\n')
    .flatMap((line, i) => [line, ...(byLine.get(i) ?? [])])
    .join('\n');
}
