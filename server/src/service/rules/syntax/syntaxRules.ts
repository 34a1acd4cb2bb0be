// The parser's problems, each kind as its own rule so that users can configure them.
import { KIND_LIST_TEXT, KINDS, uncheckedLookalikes } from '../../documentKind';
import { MAX_DEPTH, MAX_EXPANDED_NODES, MAX_PARSE_DEPTH, MAX_TOKENS } from '../../syntax/limits';
import { boundParserErrors } from '../../syntax/followOnErrors';
import type { Syntax, SyntaxProblem, SyntaxProblemKind } from '../../syntax/tree';
import { apiSource, guideSource, type Rule, type RuleContext } from '../rule';

/** Reports the parser's problems of one kind (and, for invalid syntax, of one syntax). */
function fromParser(kind: SyntaxProblemKind, syntax?: Syntax) {
  return (context: RuleContext): void => {
    if (syntax && context.document.syntax !== syntax) return;
    const shortForms: SyntaxProblem[] = [];
    for (const p of context.syntaxProblems) {
      if (p.kind !== kind) continue;
      if (p.cloudFormationTag) shortForms.push(p);
      else context.report(p, p.message, p.fixes);
    }
    // The parser keeps one problem per CloudFormation tag; a CLI document full of them is one
    // mistake (a template given to the CLI), said a few times and counted.
    for (const p of boundParserErrors(context.document.text, shortForms, () => false))
      context.report(p, p.message, p.fixes);
  };
}

const cliInput = guideSource(
  'AWS CLI User Guide',
  'Generating skeletons and input files',
  'https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html',
);

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  summary: 'The file is valid YAML 1.2 holding exactly one document.',
  constraint:
    'The AWS CLI parses --cli-input-yaml as a single YAML document; a syntax error, an unknown tag or a second document makes it reject the file.',
  sources: [cliInput],
  scope: 'document',
  fixable: true,
  runsOnUnknownKind: true,
  reportsSyntax: true,
  onlySyntax: 'yaml',
  check: fromParser('invalid-syntax', 'yaml'),
};

export const jsonSyntax: Rule = {
  id: 'json-syntax',
  severity: 'error',
  summary: 'The file is strict JSON: no comments, no trailing commas.',
  constraint:
    'The AWS CLI parses --cli-input-json with a strict JSON parser, so comments and trailing commas are errors.',
  sources: [cliInput],
  scope: 'document',
  fixable: true,
  runsOnUnknownKind: true,
  reportsSyntax: true,
  onlySyntax: 'json',
  check: fromParser('invalid-syntax', 'json'),
};

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  summary: 'No key appears twice in the same object.',
  constraint: 'A repeated key silently overrides the earlier one, so one of the two values is lost.',
  sources: [cliInput],
  scope: 'document',
  fixable: false,
  runsOnUnknownKind: true,
  reportsSyntax: true,
  check: fromParser('duplicate-key'),
};

const count = (n: number): string => n.toLocaleString('en-US');

export const documentTooComplex: Rule = {
  id: 'document-too-complex',
  severity: 'error',
  summary: 'The document stays within the size, nesting and alias-expansion bounds of the analyser.',
  constraint: [
    `Nesting deeper than ${MAX_DEPTH} levels, and aliases that expand past ${count(MAX_EXPANDED_NODES)} nodes, are not followed;`,
    `a document whose block nesting passes ${MAX_PARSE_DEPTH} levels, or that holds more than ${count(MAX_TOKENS)} tokens, is not parsed at all.`,
    'The finding sits where the bound is passed. No request document comes near these bounds; a describe output of about 10 MB reaches the token bound.',
  ].join(' '),
  sources: [cliInput],
  scope: 'document',
  fixable: false,
  runsOnUnknownKind: true,
  reportsSyntax: true,
  check: fromParser('too-complex'),
};

export const unknownDocumentKind: Rule = {
  id: 'unknown-document-kind',
  severity: 'warning',
  summary: 'A file named as ELBv2 holds a listener or target-group request, or a describe output.',
  constraint:
    'Only CreateListener, ModifyListener, CreateTargetGroup and ModifyTargetGroup requests and describe-listeners / describe-target-groups outputs are understood.',
  sources: [apiSource('CreateListener', '(request)'), apiSource('CreateTargetGroup', '(request)')],
  scope: 'document',
  fixable: false,
  runsOnUnknownKind: true,
  check(context) {
    if (context.kind) return;
    const root = context.document.root;
    const hasSyntaxErrors = context.syntaxProblems.some((p) => p.severity === 'error');
    if (!root) {
      if (!hasSyntaxErrors)
        context.report(
          { start: 0, end: 0 },
          `This file is named as an ELBv2 document but is empty. Expected one of: ${KIND_LIST_TEXT}.`,
        );
      return;
    }
    const first = root.type === 'object' ? root.properties[0] : undefined;
    const range = first
      ? { start: first.key.start, end: first.key.end }
      : { start: root.start, end: Math.min(root.end, root.start + 1) };
    const shape =
      root.type === 'object'
        ? 'its top-level keys fit none of the kinds it can be'
        : `it is ${root.type === 'array' ? 'a list' : 'a single value'}, not an object`;
    const lookalikes = root.type === 'object' ? uncheckedLookalikes(root) : [];
    if (lookalikes.length > 0) {
      context.report(
        range,
        `This looks like ${orList(lookalikes.slice(0, 3).map((l) => `a ${l}`))}, which elbv2-ls does not check yet: nothing in this file is checked. It checks ${KIND_LIST_TEXT}.`,
      );
      return;
    }
    const keys = [...new Set(KINDS.map((k) => k.key))];
    context.report(
      range,
      `This file is named as an ELBv2 document, but ${shape}: ${KIND_LIST_TEXT}. Each kind is told by a key it holds, anywhere among the top-level keys: ${keys.join(', ')}.`,
    );
  },
};

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
