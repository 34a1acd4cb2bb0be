// Document symbols: an outline of listeners, listener rules, their actions and target groups,
// with every member underneath. Ranges nest (each child inside its parent), as LSP requires.
import { Binding } from '../bind';
import type { Analysis } from '../analysis';
import { KINDS, TEMPLATE_KIND } from '../documentKind';
import { intrinsicOf, type Intrinsic } from '../template/intrinsics';
import { mappingOf } from '../template/mapping';
import { elbv2Resources, readTemplate, type TemplateResource } from '../template/template';
import {
  anchorOf,
  isObject,
  property,
  type ArrayNode,
  type Node,
  type ObjectNode,
  type Property,
} from '../syntax/tree';
import { isListenerStructure, isRuleStructure, isTargetGroupStructure } from '../semantics/structures';
import {
  actionName,
  itemDetail,
  itemName,
  listenerName,
  ruleName,
  targetGroupName,
  valueDetail,
} from './names';

export interface SymbolEntry {
  name: string;
  detail?: string;
  kind: 'listener' | 'action' | 'targetGroup' | 'object' | 'property' | 'array';
  /** UTF-16 offsets of the whole entry (a property from its key to the end of its value). */
  start: number;
  end: number;
  /** UTF-16 offsets of what names the entry: a key, or the value the name was taken from. */
  selectionStart: number;
  selectionEnd: number;
  children: SymbolEntry[];
}

interface Range {
  start: number;
  end: number;
}

/** The outline of a checked document; empty for a document that is not an ELBv2 one. */
export function documentSymbols(analysis: Analysis): SymbolEntry[] {
  const { kind, document, binding } = analysis;
  const root = document.root;
  if (!kind || !isObject(root)) return [];
  if (kind === TEMPLATE_KIND) return templateSymbols(root);
  const outline = new Outline(binding);
  if (kind.input) return [outline.item(root, 0) ?? outline.object('Document', root, root)];
  // A describe output: one entry per listener or target group, then any other member.
  return root.properties.flatMap((p) =>
    p.key.value === kind.key && p.value.type === 'array' ? outline.items(p.value) : [outline.property(p)],
  );
}

/**
 * A template's outline: its Parameters and Conditions as groups, then each ELBv2 resource, whose
 * properties are bound to the API structure the resource becomes, so its actions and conditions
 * are named as in an API document.
 */
function templateSymbols(root: ObjectNode): SymbolEntry[] {
  const template = readTemplate(root);
  const groups = ['Parameters', 'Conditions'].flatMap((section) => {
    const p = property(root, section);
    if (!p || !isObject(p.value)) return [];
    const children = p.value.properties.map((c) =>
      entry(c.key.value, section === 'Parameters' ? parameterType(c) : undefined, 'property', c, c.key, []),
    );
    return [entry(section, undefined, 'object', p, p.key, children)];
  });
  const resources = elbv2Resources(template).map(resourceSymbol);
  return [...groups, ...resources].sort((a, b) => a.start - b.start);
}

function resourceSymbol(resource: TemplateResource): SymbolEntry {
  const { property: p, properties, type } = resource;
  // A type no API call takes (ListenerCertificate, TrustStore) is outlined member by member.
  const structure = KINDS.find((k) => k.kind === mappingOf(type)?.kind)?.root;
  const binding = new Binding(structure === undefined ? undefined : properties, structure ?? '');
  const children = properties ? new Outline(binding, true).properties(properties) : [];
  const kind =
    type === 'AWS::ElasticLoadBalancingV2::Listener'
      ? 'listener'
      : type === 'AWS::ElasticLoadBalancingV2::TargetGroup'
        ? 'targetGroup'
        : 'object';
  return entry(resource.logicalId, type, kind, p, p.key, children);
}

/** `!Ref LB`, `!GetAtt LB.DNSName`, `!If IsProd, HTTPS, HTTP`. */
function intrinsicDetail(fn: Intrinsic): string {
  const tag = fn.name === 'Ref' ? '!Ref' : fn.name.replace(/^Fn::/, '!');
  const argument = valueDetail(fn.argument);
  return argument === undefined ? tag : `${tag} ${argument}`;
}

function parameterType(p: Property): string | undefined {
  const type = isObject(p.value) ? property(p.value, 'Type')?.value : undefined;
  return type?.type === 'scalar' && typeof type.value === 'string' ? type.value : undefined;
}

class Outline {
  /** `template`: a value that is an intrinsic function is one entry (`!Ref LB`), not a tree. */
  constructor(
    private readonly binding: Binding,
    private readonly template = false,
  ) {}

  /** A member: a scalar, an object or a list, under its key. */
  property(p: Property): SymbolEntry {
    const value = p.value;
    const fn = this.template ? intrinsicOf(value) : undefined;
    if (fn) return entry(p.key.value, intrinsicDetail(fn), 'property', p, p.key, []);
    const kind = value.type === 'scalar' ? 'property' : value.type;
    const children = !within(value, p)
      ? []
      : value.type === 'object'
        ? this.properties(value)
        : value.type === 'array'
          ? this.items(value)
          : [];
    return entry(p.key.value, valueDetail(value), kind, p, p.key, children);
  }

  properties(object: ObjectNode): SymbolEntry[] {
    return object.properties.map((p) => this.property(p));
  }

  /** The entries of a list's objects and lists; scalar items show in the list's detail instead. */
  items(array: ArrayNode): SymbolEntry[] {
    const result: SymbolEntry[] = [];
    array.items.forEach((item, index) => {
      if (!within(item, array)) return;
      if (item.type === 'object') result.push(this.item(item, index) ?? this.genericItem(item, index));
      else if (item.type === 'array')
        result.push(entry(`Item ${index + 1}`, valueDetail(item), 'array', item, item, this.items(item)));
    });
    return result;
  }

  /** A listener, rule, target group or action object, or undefined for any other object. */
  item(object: ObjectNode, index: number): SymbolEntry | undefined {
    const structure = this.structureOf(object);
    if (structure === undefined) return undefined;
    const children = this.properties(object);
    if (isListenerStructure(structure)) {
      const { name, detail } = listenerName(object);
      const selection = selectionOf(object, ['Protocol', 'Port', 'ListenerArn', 'LoadBalancerArn']);
      return entry(name, detail, 'listener', object, selection, children);
    }
    if (isTargetGroupStructure(structure)) {
      const { name, detail } = targetGroupName(object);
      const selection = selectionOf(object, ['TargetGroupName', 'Name', 'TargetGroupArn']);
      return entry(name, detail, 'targetGroup', object, selection, children);
    }
    if (isRuleStructure(structure)) {
      // Shown as an object: a rule kind of its own needs a symbol kind in the server's table.
      const { name, detail } = ruleName(object);
      const selection = selectionOf(object, ['Priority', 'RuleArn', 'ListenerArn']);
      return entry(name, detail, 'object', object, selection, children);
    }
    if (structure === 'Action') {
      const { name, detail } = actionName(object, index);
      return entry(name, detail, 'action', object, selectionOf(object, ['Type']), children);
    }
    return undefined;
  }

  object(name: string, object: ObjectNode, selection: Range): SymbolEntry {
    return entry(name, undefined, 'object', object, selection, this.properties(object));
  }

  private genericItem(object: ObjectNode, index: number): SymbolEntry {
    const structure = this.structureOf(object);
    const name = itemName(structure, object, index);
    return entry(
      name,
      itemDetail(structure, object),
      'object',
      object,
      anchorOf(object),
      this.properties(object),
    );
  }

  private structureOf(node: Node): string | undefined {
    const type = this.binding.entryOf(node)?.type;
    return type?.kind === 'structure' ? type.name : undefined;
  }
}

/** The value the entry's name comes from (first of `names` that is a non-empty scalar), else the first key. */
function selectionOf(object: ObjectNode, names: readonly string[]): Range {
  for (const name of names) {
    const value = property(object, name)?.value;
    if (value?.type === 'scalar' && value.end > value.start && within(value, object)) return value;
  }
  return anchorOf(object);
}

function within(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function entry(
  name: string,
  detail: string | undefined,
  kind: SymbolEntry['kind'],
  range: Range,
  selection: Range,
  children: SymbolEntry[],
): SymbolEntry {
  // A YAML alias shares a node defined elsewhere: keep only what lies inside this entry.
  const inside = within(selection, range) ? selection : { start: range.start, end: range.start };
  const result: SymbolEntry = {
    name: name || '(empty)',
    kind,
    start: range.start,
    end: range.end,
    selectionStart: inside.start,
    selectionEnd: inside.end,
    children: children.filter((c) => c.start >= range.start && c.end <= range.end),
  };
  if (detail !== undefined) result.detail = detail;
  return result;
}
