// Findings of each ELBv2 resource kept from one check of a template to the next, so that a
// keystroke re-checks only the resources it can have changed. A resource's findings depend on its
// own text, on what it reads of the resources it refers to (and of those its listener refers to: a
// rule's listener, that listener's load balancer, a forward's target group), on the template's
// parameters, mappings and conditions, and on the rules enabled; the entry is keyed by all of these
// texts, so an edit anywhere they are written misses it, and an edit elsewhere finds it with its
// offsets moved. Offsets are kept relative to the resource; a resource with a finding outside
// itself is not kept.
import type { Finding } from '../findings';
import { propertyValue, type Node } from '../syntax/tree';
import { subVariables } from './intrinsics';
import { READ_OF_LINKED } from './links';
import { ELBV2_PREFIX, type Template, type TemplateResource } from './template';

export interface ResourceResult {
  findings: Finding[];
  failures: { ruleId: string; error: unknown }[];
}

interface Entry {
  findings: Finding[];
  failures: { ruleId: string; error: unknown }[];
}

/** Contexts kept (each the shared sections of a template and the rules): a few open templates. */
const MAX_CONTEXTS = 8;
/** Entries kept per context: more than any template's ELBv2 resources (CloudFormation allows 500). */
const MAX_ENTRIES = 20_000;
/** How deep the walk for references goes; a resource nested deeper is not kept. */
const MAX_DEPTH = 200;

/**
 * The linked resources keyed by what is read of them (links.ts READ_OF_LINKED, whose facts are
 * built from those properties alone): a load balancer, a target group, and a listener (a rule
 * reads its protocol, port and load balancer, not its actions). Another service's resource is
 * keyed by its whole text (what is read of it may grow with the template rules).
 */
const KEYED_BY_WHAT_IS_READ: ReadonlySet<string> = new Set([
  `${ELBV2_PREFIX}LoadBalancer`,
  `${ELBV2_PREFIX}TargetGroup`,
  `${ELBV2_PREFIX}Listener`,
]);

const contexts = new Map<string, Map<string, Entry>>();

/**
 * Each text seen (a resource's, the shared sections', what else a check depends on), by a number: a
 * key names a text by its number, so building the keys of 2,000 resources does not copy a megabyte
 * of text on every keystroke.
 */
const TEXT_NUMBERS = new Map<string, number>();
let nextTextNumber = 0;

function textNumber(text: string): number {
  let n = TEXT_NUMBERS.get(text);
  if (n === undefined) {
    if (TEXT_NUMBERS.size >= MAX_ENTRIES * 2) TEXT_NUMBERS.clear(); // numbers stay unique: keys only miss
    n = nextTextNumber++;
    TEXT_NUMBERS.set(flat(text), n);
  }
  return n;
}

/** The IDs each resource text (by its number) can name (see `referencesOf`), shared by every check. */
const REFERENCES_BY_TEXT = new Map<number, Set<string> | undefined>();

/** Forgets every kept finding (tests compare a check that keeps with one that does not). */
export function clearTemplateFindingsCache(): void {
  contexts.clear();
  TEXT_NUMBERS.clear();
  REFERENCES_BY_TEXT.clear();
}

/**
 * One check's view of the cache. `extra` is anything else a resource's findings depend on that
 * the template's text does not say (e.g. the rules enabled and their severities).
 */
export class TemplateFindingsCache {
  private readonly entries: Map<string, Entry>;
  private readonly references = new Map<TemplateResource, Set<string> | undefined>();
  private readonly numbers = new Map<TemplateResource, number>();
  /** Per check: what keys say of a linked resource, and the references in what is read of it. */
  private readonly pieces = new Map<TemplateResource, string>();
  private readonly readReferences = new Map<TemplateResource, Set<string> | undefined>();
  /** Each resource's key, once per check (a resource checked again is looked up, then stored). */
  private readonly keys = new Map<TemplateResource, string | undefined>();

  constructor(
    private readonly text: string,
    private readonly template: Template,
    extra: string,
  ) {
    // By number: the texts are only hashed, never copied or joined (a large template's IDs are
    // tens of kilobytes).
    const context = `${textNumber(extra)}\u0000${textNumber(sectionsText(text, template))}`;
    let entries = contexts.get(context);
    if (entries) contexts.delete(context);
    else entries = new Map();
    contexts.set(context, entries); // most recent last
    while (contexts.size > MAX_CONTEXTS) {
      const oldest = contexts.keys().next().value;
      if (oldest === undefined) break;
      contexts.delete(oldest);
    }
    this.entries = entries;
  }

  /** The resource's kept findings, moved to where it now is; undefined when none are kept. */
  lookup(resource: TemplateResource): ResourceResult | undefined {
    const key = this.keyOf(resource);
    const entry = key === undefined ? undefined : this.entries.get(key);
    if (!entry || key === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry); // most recently used last
    const base = resource.property.start;
    return { findings: entry.findings.map((f) => moved(f, base)), failures: entry.failures };
  }

  /** Keeps a resource's findings for the next check (unless one lies outside the resource). */
  store(resource: TemplateResource, result: ResourceResult): void {
    const key = this.keyOf(resource);
    if (key === undefined || !result.findings.every((f) => within(f, resource))) return;
    const base = resource.property.start;
    this.entries.set(flat(key), {
      findings: result.findings.map((f) => moved(f, -base)),
      failures: result.failures,
    });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The number of the resource's text (see `textNumber`), once per check. */
  private numberOf(resource: TemplateResource): number {
    let n = this.numbers.get(resource);
    if (n === undefined) {
      n = textNumber(this.text.slice(resource.property.start, resource.property.end));
      this.numbers.set(resource, n);
    }
    return n;
  }

  /**
   * The texts of the resource and of every resource it refers to, directly or through listeners
   * (a rule's listener, that listener's load balancer); of a load balancer or a target group that
   * another resource refers to, only what is read of it (links.ts `READ_OF_LINKED`).
   */
  private keyOf(resource: TemplateResource): string | undefined {
    if (this.keys.has(resource)) return this.keys.get(resource);
    const key = this.buildKey(resource);
    this.keys.set(resource, key);
    return key;
  }

  private buildKey(resource: TemplateResource): string | undefined {
    // In the order the references are met: the same texts meet them in the same order, so equal
    // inputs give equal keys (and a key that differs only in order would only miss).
    const ids = new Set<string>([resource.logicalId]);
    let key = `${resource.logicalId}\u0000${this.numberOf(resource)}`;
    const queue = [resource];
    for (let next = queue.pop(); next; next = queue.pop()) {
      const refs = next === resource ? this.referencesOf(next) : this.linkedReferencesOf(next);
      if (!refs) return undefined;
      for (const id of refs) {
        const target = this.template.resources.get(id);
        if (!target || ids.has(id)) continue;
        ids.add(id);
        key += `\u0000${id}\u0000${this.linkedPieceOf(target)}`;
        // What another service's resource refers to changes nothing an ELBv2 rule reads of it.
        if (target.type?.startsWith(ELBV2_PREFIX)) queue.push(target);
      }
    }
    return key;
  }

  /**
   * What a resource's key says of a resource it refers to: what is read of it (a listener, a load
   * balancer, a target group), or the number of its whole text. Once per check: most keys name
   * the same load balancer and listeners.
   */
  private linkedPieceOf(resource: TemplateResource): string {
    let piece = this.pieces.get(resource);
    if (piece === undefined) {
      const read = resource.type === undefined ? undefined : keyedRead(resource.type);
      piece = read ? this.readText(resource, read) : String(this.numberOf(resource));
      this.pieces.set(resource, piece);
    }
    return piece;
  }

  /**
   * The references a key follows from a resource it refers to: of one keyed by what is read of it,
   * those in what is read (a listener's load balancer); of another ELBv2 resource, all.
   */
  private linkedReferencesOf(resource: TemplateResource): Set<string> | undefined {
    const read = resource.type === undefined ? undefined : keyedRead(resource.type);
    if (!read) return this.referencesOf(resource);
    if (!this.readReferences.has(resource))
      this.readReferences.set(resource, this.readReferencesOf(resource, read));
    return this.readReferences.get(resource);
  }

  /** The resource's type and condition, and the text of the properties named. */
  private readText(resource: TemplateResource, properties: readonly string[]): string {
    const parts = [resource.type ?? '', resource.condition?.value ?? ''];
    for (const name of properties) {
      const value = resource.properties && propertyValue(resource.properties, name);
      parts.push(value ? this.text.slice(value.start, value.end) : '\u0002');
    }
    return parts.join('\u0001');
  }

  /**
   * The logical IDs the resource's strings can name: whole strings (`Ref`), `Id.Attribute`
   * (`Fn::GetAtt`) and `${Id}` (`Fn::Sub`). More than it refers to is harmless (a key that
   * changes more often); fewer would keep findings that changed.
   */
  private referencesOf(resource: TemplateResource): Set<string> | undefined {
    if (this.references.has(resource)) return this.references.get(resource);
    // The same text names the same IDs: a keystroke elsewhere finds them without a walk.
    const number = this.numberOf(resource);
    if (REFERENCES_BY_TEXT.has(number)) {
      const known = REFERENCES_BY_TEXT.get(number);
      this.references.set(resource, known);
      return known;
    }
    const refs = idsNamedIn([resource.property.value]);
    this.references.set(resource, refs);
    if (REFERENCES_BY_TEXT.size >= MAX_ENTRIES) REFERENCES_BY_TEXT.clear();
    REFERENCES_BY_TEXT.set(number, refs);
    return refs;
  }
  /** The logical IDs that what is read of a linked resource can name (see `referencesOf`). */
  private readReferencesOf(
    resource: TemplateResource,
    properties: readonly string[],
  ): Set<string> | undefined {
    const values: Node[] = [];
    for (const name of properties) {
      const value = resource.properties && propertyValue(resource.properties, name);
      if (value) values.push(value);
    }
    return idsNamedIn(values);
  }
}

/** What a resource keyed by what is read of it is read for; undefined for other types. */
function keyedRead(type: string): readonly string[] | undefined {
  return KEYED_BY_WHAT_IS_READ.has(type) ? READ_OF_LINKED.get(type) : undefined;
}

/** The logical IDs the strings of the trees can name (see `referencesOf`); undefined: too deep. */
function idsNamedIn(nodes: readonly Node[]): Set<string> | undefined {
  const found = new Set<string>();
  const take = (s: string): void => {
    found.add(s);
    const dot = s.indexOf('.');
    if (dot > 0) found.add(s.slice(0, dot));
    if (s.includes('${'))
      for (const v of subVariables(s)) {
        found.add(v);
        const d = v.indexOf('.');
        if (d > 0) found.add(v.slice(0, d));
      }
  };
  for (const node of nodes) if (!collectStrings(node, 0, take)) return undefined;
  return found;
}

/** Calls `take` on every string scalar; false when the tree is deeper than the walk goes. */
function collectStrings(node: Node, depth: number, take: (s: string) => void): boolean {
  if (depth > MAX_DEPTH) return false;
  if (node.type === 'scalar') {
    if (typeof node.value === 'string') take(node.value);
    return true;
  }
  if (node.type === 'object') {
    for (const p of node.properties) {
      take(p.key.value);
      if (!collectStrings(p.value, depth + 1, take)) return false;
    }
    return true;
  }
  if (node.type === 'array') {
    for (const item of node.items) if (!collectStrings(item, depth + 1, take)) return false;
    return true;
  }
  return true;
}

/** The text of the sections every resource may read: parameters, mappings, conditions. */
function sectionsText(text: string, template: Template): string {
  const parts: string[] = [];
  for (const section of [template.parameters, template.mappings, template.conditions]) {
    const first = section.values().next().value;
    const object = first && ('property' in first ? first.property : first).parent;
    parts.push(object ? text.slice(object.start, object.end) : '');
  }
  return parts.join('\u0000');
}

function within(f: Finding, resource: TemplateResource): boolean {
  const { start, end } = resource.property;
  const inside = (s: number, e: number): boolean => s >= start && e <= end;
  return (
    inside(f.start, f.end) && (f.fixes ?? []).every((fix) => fix.edits.every((e) => inside(e.start, e.end)))
  );
}

function moved(f: Finding, by: number): Finding {
  const out: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.fixes)
    out.fixes = f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    }));
  return out;
}

/**
 * A copy of the string that holds no other: a slice of the document would keep the whole text of
 * the version it came from alive for as long as the entry lives.
 */
function flat(s: string): string {
  return (JSON.parse(JSON.stringify(s)) as string).valueOf();
}
