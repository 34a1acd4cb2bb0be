// Runs the rules over one document and collects their findings.
import { Binding } from './bind';
import { detectKind, KIND_LIST_TEXT, type KindInfo } from './documentKind';
import type { Finding, Fix, Range, Severity } from './findings';
import { RULES } from './rules/registry';
import type { Rule, RuleContext } from './rules/rule';
import { listenerScopes, targetGroupScopes, type ListenerScope, type TargetGroupScope } from './scopes';
import type { TreeEdit } from './syntax/incrementalYaml';
import { MAX_FINDINGS_PER_RULE } from './syntax/limits';
import { propertyValue, type ParsedDocument } from './syntax/tree';

export type RuleSeverities = Readonly<Record<string, Severity | 'off'>>;

export interface ValidationResult {
  kind: KindInfo | undefined;
  binding: Binding;
  findings: Finding[];
}

/** The previous analysis of a document that was parsed incrementally, and what changed. */
export interface Reuse {
  document: ParsedDocument;
  kind: KindInfo | undefined;
  binding: Binding;
  findings: readonly Finding[];
  edit: TreeEdit;
}

const SYNTAX_RULES = new Set([
  'yaml-syntax',
  'json-syntax',
  'duplicate-key',
  'document-too-complex',
  'unknown-document-kind',
]);

/**
 * Rules that are local to a resource: what they report about a listener or target group of a
 * describe output lies inside that resource's text and depends on nothing outside it (they iterate
 * the binding's values and objects, the listener and target-group scopes, and read only within
 * each). After an edit inside one resource, only that resource and the document's top level are
 * checked again with these; every other rule runs on the whole document, as a new rule does until
 * it is reviewed and listed here (test/incremental.test.ts compares both ways on random edits).
 */
const RESOURCE_LOCAL_RULES = new Set([
  'unknown-member',
  'wrong-type',
  'missing-required-member',
  'invalid-enum-value',
  'value-out-of-range',
  'invalid-length',
  'invalid-item-count',
  'pattern-mismatch',
  // listener/
  'listener-protocol-load-balancer-type',
  'listener-member-protocol',
  'certificate-required',
  'certificate-is-default-on-input',
  'unknown-ssl-policy',
  'mutual-authentication-trust-store',
  'arn-resource-type',
  'action-requires-application-load-balancer',
  'redirect-https-to-http',
  'redirect-loop',
  'redirect-keywords',
  'redirect-path',
  'redirect-port',
  'redirect-query',
  // actions/
  'routing-action-count',
  'routing-action-last',
  'action-order-required',
  'authentication-action-count',
  'authentication-requires-https',
  'action-config-missing',
  'action-config-mismatch',
  'forward-target-group-conflict',
  'stickiness-duration-required',
  'oidc-client-secret',
  'https-url-required',
  'jwt-reserved-claim',
  'jwt-space-separated-values',
  // targetGroup/
  'health-check-always-enabled',
  'health-check-port',
  'health-check-protocol',
  'matcher-http-code',
  'geneve-port',
  'required-unless-lambda',
  'needs-http-health-check',
  'protocol-version-http-only',
  'lambda-target-group',
]);

interface EnabledRule {
  rule: Rule;
  severity: Severity;
}

/**
 * Checks a parsed document. `named` says the user marked the file as ELBv2 (by its name or a
 * configured glob): such a file that fits no kind is reported; any other file is left alone.
 * `reuse` (after an incremental parse) lets the binding and most findings be updated instead.
 */
export function validateDocument(
  document: ParsedDocument,
  named: boolean,
  severities: RuleSeverities = {},
  reuse?: Reuse,
): ValidationResult {
  const kind = detectKind(document.root, named);
  const reusable = reuse !== undefined && kind !== undefined && reuse.kind === kind;
  let binding: Binding;
  if (reusable) {
    reuse.binding.applyEdit(reuse.edit);
    binding = reuse.binding;
  } else binding = new Binding(kind ? document.root : undefined, kind?.root ?? '');
  if (!kind && !named) return { kind, binding, findings: [] };
  const rules: EnabledRule[] = [];
  for (const rule of RULES) {
    if (!kind && !SYNTAX_RULES.has(rule.id)) continue;
    const severity = severities[rule.id] ?? rule.severity;
    if (severity !== 'off') rules.push({ rule, severity });
  }
  const findings =
    (reusable && kind && recheckResource(document, kind, binding, rules, reuse)) ||
    check(rules, document, kind, binding);
  return { kind, binding, findings: sortFindings(findings) };
}

/** A range widened to whole code points: a parser's one-unit range may end inside an emoji. */
function onCodePoints(text: string, range: { start: number; end: number }): { start: number; end: number } {
  const splits = (offset: number): boolean =>
    /[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '');
  return {
    start: splits(range.start) ? range.start - 1 : range.start,
    end: splits(range.end) ? range.end + 1 : range.end,
  };
}

/** Messages and fix titles quote the user's text, which may be megabytes long; they stay short. */
const MAX_TEXT = 1000;
const MAX_QUOTE = 80;

function shortened(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  // Each long `quote` keeps its first characters; a scan, since a regex overflows on megabytes.
  let out = '';
  let from = 0;
  while (out.length < MAX_TEXT) {
    const open = text.indexOf('`', from);
    const close = open < 0 ? -1 : text.indexOf('`', open + 1);
    if (close < 0) break;
    const quote = text.slice(open + 1, close);
    out += `${text.slice(from, open)}\`${quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote}\``;
    from = close + 1;
  }
  if (out.length < MAX_TEXT) out += text.slice(from, from + MAX_TEXT);
  return out.length <= MAX_TEXT ? out : `${out.slice(0, MAX_TEXT - 1)}…`;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** Runs the rules over the document, or over the part of it a binding view holds. */
function check(
  rules: readonly EnabledRule[],
  document: ParsedDocument,
  kind: KindInfo | undefined,
  binding: Binding,
  findings: Finding[] = [],
): Finding[] {
  let listeners: ListenerScope[] | undefined;
  let targetGroups: TargetGroupScope[] | undefined;
  for (const { rule, severity } of rules) {
    let reported = 0;
    let firstDropped: { start: number; end: number } | undefined;
    // Counts the finding; true when it is listed, false past the cap.
    const listed = (range: Range): boolean => {
      if (++reported <= MAX_FINDINGS_PER_RULE) return true;
      firstDropped ??= onCodePoints(document.text, range);
      return false;
    };
    const push = (range: Range, message: string, fixes: Fix[] | undefined): void => {
      const finding: Finding = {
        ruleId: rule.id,
        severity,
        message: shortened(message),
        ...onCodePoints(document.text, range),
      };
      if (fixes && fixes.length > 0) finding.fixes = fixes.map((f) => ({ ...f, title: shortened(f.title) }));
      findings.push(finding);
    };
    const context: RuleContext = {
      document,
      kind,
      binding,
      // Computed on first use: the syntax rules never read them.
      get listeners() {
        return (listeners ??= kind ? listenerScopes(kind, binding) : []);
      },
      get targetGroups() {
        return (targetGroups ??= kind ? targetGroupScopes(kind, binding) : []);
      },
      syntaxProblems: document.problems,
      report(range, message, fixes) {
        if (listed(range)) push(range, message, fixes);
      },
      reportLazily(range, describe) {
        if (!listed(range)) return;
        const { message, fixes } = describe();
        push(range, message, fixes);
      },
    };
    rule.check(context);
    if (firstDropped)
      findings.push(droppedFindings(rule.id, severity, reported - MAX_FINDINGS_PER_RULE, firstDropped));
  }
  return findings;
}

/** Says, where the first of them would have been, how many findings of a rule were not listed. */
function droppedFindings(
  ruleId: string,
  severity: Severity,
  count: number,
  at: { start: number; end: number },
): Finding {
  const limit = MAX_FINDINGS_PER_RULE.toLocaleString('en-US');
  return {
    ruleId,
    severity,
    message: `${count.toLocaleString('en-US')} more ${ruleId} findings in this document are not listed (at most ${limit} per rule and document); the first of them is here. Fix the ones listed, or split the file.`,
    ...at,
  };
}

/** True when a rule reached the cap of findings per document (its list is then cut short). */
function atCap(findings: readonly Finding[]): boolean {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const n = (counts.get(f.ruleId) ?? 0) + 1;
    if (n > MAX_FINDINGS_PER_RULE) return true;
    counts.set(f.ruleId, n);
  }
  return false;
}

/**
 * The findings after an edit inside resources of a describe output (its Listeners or TargetGroups
 * list): resource-local rules run on the edited resources and on the document's top level only,
 * and keep what they found in the other resources (moved with the text); every other rule runs on
 * the whole document. Undefined when the edit is elsewhere, or a rule reports outside the part it
 * was given (then everything is checked again).
 */
function recheckResource(
  document: ParsedDocument,
  kind: KindInfo,
  binding: Binding,
  rules: readonly EnabledRule[],
  reuse: Reuse,
): Finding[] | undefined {
  const { edit } = reuse;
  // Which findings a cut-short list keeps depends on the whole document: check it all again.
  if (atCap(reuse.findings)) return undefined;
  const root = document.root;
  if (kind.input || root?.type !== 'object' || propertyValue(root, kind.key) !== edit.list) return undefined;
  // Quick fixes write the document's line break: a change of it changes fixes everywhere.
  if (document.text.includes('\r\n') !== reuse.document.text.includes('\r\n')) return undefined;
  const items = edit.list.items;
  const first = items[0];
  const last = items[items.length - 1];
  const firstNew = edit.inserted[0];
  const lastNew = edit.inserted[edit.inserted.length - 1];
  const firstOld = edit.removed[0];
  const lastOld = edit.removed[edit.removed.length - 1];
  if (!first || !last || !firstNew || !lastNew || !firstOld || !lastOld) return undefined;
  // A top-level key right where the last resource ends (after a block scalar, whose range runs to
  // the next line) would sit on the boundary between the resources and the top level.
  const after = root.properties.find((p) => p.start > edit.list.start && p.value !== edit.list);
  if (after && (after.start <= last.end || after.start - edit.delta <= edit.oldItemsEnd)) return undefined;

  const local = rules.filter((r) => RESOURCE_LOCAL_RULES.has(r.rule.id));
  const others = rules.filter((r) => !RESOURCE_LOCAL_RULES.has(r.rule.id));
  const edited = check(local, document, kind, binding.view(firstNew.start, lastNew.end, true));
  if (!edited.every((f) => f.start >= firstNew.start && f.end <= lastNew.end)) return undefined;
  const topLevel = check(local, document, kind, binding.view(first.start, last.end, false));
  if (!topLevel.every((f) => f.end < first.start || f.start > last.end)) return undefined;

  const findings: Finding[] = [];
  for (const f of reuse.findings) {
    if (!RESOURCE_LOCAL_RULES.has(f.ruleId)) continue; // checked again below
    // Kept: what was found in a resource other than the edited ones.
    const inResources = f.start >= edit.oldItemsStart && f.end <= edit.oldItemsEnd;
    const inEdited = f.end >= firstOld.start && f.start <= lastOld.end;
    if (inResources && !inEdited) findings.push(moved(f, edit));
  }
  for (const f of [edited, topLevel].flat()) findings.push(f); // push(...list) overflows past ~100k
  if (atCap(findings)) return undefined;
  return check(others, document, kind, binding, findings);
}

/** A finding of an unchanged resource, its offsets (and its fixes') moved with the text. */
function moved(finding: Finding, edit: TreeEdit): Finding {
  const at = (offset: number): number => (offset >= edit.oldEnd ? offset + edit.delta : offset);
  const fixes = finding.fixes;
  const reaches = fixes?.some((fix) => fix.edits.some((e) => e.end >= edit.oldEnd));
  if (finding.end < edit.oldEnd && !reaches) return finding;
  const result: Finding = { ...finding, start: at(finding.start), end: at(finding.end) };
  if (fixes)
    result.fixes = fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ ...e, start: at(e.start), end: at(e.end) })),
    }));
  return result;
}

export const KNOWN_KINDS_TEXT = KIND_LIST_TEXT;
