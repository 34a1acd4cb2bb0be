// The quick fixes that silence a finding: "Disable <rule> for this line" writes
// `# elbv2-ls-disable-next-line <rule>` above the finding's line (or adds the rule to the directive
// already there), "Disable <rule> for this file" writes `# elbv2-ls-disable <rule>` at the top.
// YAML only: JSON has no comments.
import type { Finding, Fix } from '../findings';
import type { ParsedDocument } from '../syntax/tree';
import { commentDirectives, DISABLE_FILE, DISABLE_NEXT_LINE, insideScalar } from './commentDirectives';

export function disableFixes(document: ParsedDocument, finding: Finding): Fix[] {
  if (document.syntax !== 'yaml') return [];
  const text = document.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = startOfLine(text, finding.start);
  const fixes: Fix[] = [];
  const above = directiveAbove(document, lineStart);
  if (above) {
    if (!above.names.includes(finding.ruleId))
      fixes.push({
        title: `Disable ${finding.ruleId} for this line`,
        edits: [{ start: above.insertAt, end: above.insertAt, newText: `, ${finding.ruleId}` }],
      });
  } else if (lineStart === 0 || !insideScalar(document.root, lineStart - 1)) {
    // (A line break inside a scalar means the line continues a multi-line string: no comment there.)
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
    fixes.push({
      title: `Disable ${finding.ruleId} for this line`,
      edits: [
        {
          start: lineStart,
          end: lineStart,
          newText: `${indent}# ${DISABLE_NEXT_LINE} ${finding.ruleId}${eol}`,
        },
      ],
    });
  }
  fixes.push({
    title: `Disable ${finding.ruleId} for this file`,
    edits: [{ start: 0, end: 0, newText: `# ${DISABLE_FILE} ${finding.ruleId}${eol}` }],
  });
  return fixes;
}

function startOfLine(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** A `disable-next-line` comment alone on the line above, with where a rule id can be added. */
function directiveAbove(
  document: ParsedDocument,
  lineStart: number,
): { names: string[]; insertAt: number } | undefined {
  if (lineStart === 0) return undefined;
  const text = document.text;
  const previousStart = startOfLine(text, lineStart - (text[lineStart - 2] === '\r' ? 2 : 1));
  const { suppressions } = commentDirectives({ ...document, text: text.slice(0, lineStart) });
  const directive = suppressions.find(
    (s) => s.scopeStart === lineStart && s.start >= previousStart && s.covers === 'on the next line',
  );
  if (!directive || directive.allRules) return undefined;
  const last = directive.rules[directive.rules.length - 1];
  return { names: directive.rules.map((r) => r.id), insertAt: last ? last.end : directive.end };
}
