// Completion in a CloudFormation template: the ELBv2 resource types after `Type:`, the properties
// of an ELBv2 resource from its CloudFormation schema, the values of a property as the API member
// it becomes (narrowed by the semantic layer with what the template's other resources say), and
// the logical IDs a `Ref` or `Fn::GetAtt` may name.
import { member } from '../model/apiModel';
import { cfnResource, ELBV2_RESOURCE_TYPES, type CfnProperty } from '../model/cfnModel';
import { ruleFacts } from '../semantics/rule';
import { isObject, type ObjectNode } from '../syntax/tree';
import { CheckedTemplate } from '../template/checked';
import { ScenarioLinks } from '../template/links';
import {
  apiPathOf,
  cfnPropertiesAt,
  cfnPropertyAt,
  cfnTypeText,
  propertyPathOf,
  type PropertyPath,
} from '../template/propertyPath';
import { isTemplate, type Template, type TemplateResource } from '../template/template';
import type { CompletionEntry } from './completionEntry';
import { nodeAt, type CursorContext, type Segment } from './cursorContext';
import { insertion } from './members';
import { presentKeys, valueTargetAt, walk } from './resolve';
import { candidateEntries, valueEntries } from './valueEntries';
import type { ValueCandidate } from './values';
import { yamlCursor } from './yamlCursor';

const PREFIX = 'AWS::ElasticLoadBalancingV2::';

/** A property whose value is the ARN of another resource: the type a `Ref` to it should name. */
const REFERENCED_TYPE: Readonly<Record<string, string>> = {
  TargetGroupArn: `${PREFIX}TargetGroup`,
  LoadBalancerArn: `${PREFIX}LoadBalancer`,
  ListenerArn: `${PREFIX}Listener`,
  TrustStoreArn: `${PREFIX}TrustStore`,
};

/**
 * The completions at the cursor of a template, or undefined when the document is no template (an
 * API document's completion follows). A draft counts when it has `Resources` and the cursor is in it.
 */
export function templateEntries(
  context: CursorContext,
  text: string,
  named: boolean,
): CompletionEntry[] | undefined {
  const root = context.root;
  if (!isTemplateDraft(root, context.path, named)) return undefined;
  const { path } = context;
  if (context.position === 'value' && path.length === 3 && path[0] === 'Resources' && path[2] === 'Type')
    return candidateEntries(resourceTypeCandidates(), context, text).map((entry) =>
      // `AWS::…` is a plain YAML scalar: no quotes unless the value has them.
      context.syntax === 'yaml' && !context.quote
        ? { ...entry, insertText: `${context.spaceBefore ? ' ' : ''}${entry.label}` }
        : entry,
    );
  const at = propertyPathOf(path);
  if (!at) return [];
  const checked = new CheckedTemplate(root);
  const resource = checked.template.resources.get(at.logicalId);
  if (!resource) return [];
  if (context.position === 'key') return propertyEntries(context, resource.type, at.rest);
  const reference = referenceSite(root, path);
  if (reference) {
    const candidates =
      reference.attributesOf === undefined
        ? referenceCandidates(checked.template, reference.property, at.logicalId, reference.getAtt)
        : attributeCandidates(checked.template, reference.attributesOf);
    return candidateEntries(candidates, context, text);
  }
  return propertyValueEntries(context, text, checked, resource, at);
}

/**
 * `!Ref Ta` or `!GetAtt Lb.Ca` being typed on a YAML line: the logical IDs or attribute names that
 * fit, or undefined when the cursor is on no such short form of a template.
 */
export function yamlShortFormEntries(
  text: string,
  offset: number,
  named: boolean,
): CompletionEntry[] | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const match = /(?:^|[\s[,-])(!Ref|!GetAtt)[ \t]+([\w:.-]*)$/.exec(text.slice(lineStart, offset));
  if (!match) return undefined;
  const [, tag, typed = ''] = match;
  const tokenStart = offset - typed.length;
  const tokenEnd = offset + (/^[\w:.-]*/.exec(text.slice(offset))?.[0].length ?? 0);
  const tagAt = text.lastIndexOf(tag ?? '', tokenStart);
  // Read the document with the short form taken out: the cursor is then where its value goes.
  const stripped = text.slice(0, tagAt) + text.slice(tokenEnd);
  const context = yamlCursor(stripped, tagAt);
  if (!context || !isTemplateDraft(context.root, context.path, named)) return undefined;
  const at = propertyPathOf(context.path);
  if (!at) return [];
  const template = new CheckedTemplate(context.root).template;
  const dot = typed.indexOf('.');
  const getAtt = tag === '!GetAtt';
  const candidates =
    getAtt && dot >= 0
      ? attributeCandidates(template, typed.slice(0, dot))
      : referenceCandidates(template, lastName(context.path), at.logicalId, getAtt);
  const start = getAtt && dot >= 0 ? tokenStart + dot + 1 : tokenStart;
  return candidates.map((c, i) => {
    const entry: CompletionEntry = {
      label: c.value,
      kind: 'value',
      insertText: c.value,
      isSnippet: false,
      replaceStart: start,
      replaceEnd: tokenEnd,
      detail: c.detail,
      sortText: String(i).padStart(3, '0'),
    };
    if (c.documentation) entry.documentation = c.documentation;
    return entry;
  });
}

function isTemplateDraft(
  root: CursorContext['root'],
  path: readonly Segment[],
  named: boolean,
): root is ObjectNode {
  if (!isObject(root) || path[0] !== 'Resources') return false;
  const resources = root.properties.find((p) => p.key.value === 'Resources')?.value;
  return isTemplate(root) || (isObject(resources) && (named || (path.length === 3 && path[2] === 'Type')));
}

function resourceTypeCandidates(): ValueCandidate[] {
  return ELBV2_RESOURCE_TYPES.map((type) => {
    const doc = cfnResource(type)?.documentation;
    return {
      value: type,
      kind: 'value',
      literal: false,
      detail: 'ELBv2 resource type',
      ...(doc ? { documentation: doc } : {}),
    };
  });
}

/** The properties of the object at the cursor that it does not have yet, the required ones first. */
function propertyEntries(
  context: CursorContext,
  type: string | undefined,
  rest: readonly Segment[],
): CompletionEntry[] {
  const properties = cfnPropertiesAt(type, rest);
  if (!properties) return [];
  const api = apiPathOf(type, rest);
  const types = api && walk(api.kind.root, api.path);
  const last = types?.[types.length - 1];
  const structure = last?.kind === 'structure' ? last.name : undefined;
  const present = presentKeys(context);
  return Object.values(properties)
    .filter((p) => !present.has(p.name))
    .map((p, i) => {
      const apiMember = structure === undefined ? undefined : member(structure, p.name);
      const inserted = apiMember
        ? insertion(context, { structure: structure ?? '', member: apiMember, item: false, owners: [] })
        : cfnInsertion(context, p);
      const entry: CompletionEntry = {
        label: p.name,
        kind: 'property',
        insertText: inserted.text,
        isSnippet: inserted.snippet,
        replaceStart: context.replaceStart,
        replaceEnd: context.replaceEnd,
        detail: p.required ? `${cfnTypeText(p.type)}, required` : cfnTypeText(p.type),
        sortText: `${p.required ? 0 : 1}${String(i).padStart(3, '0')}`,
      };
      if (p.documentation) entry.documentation = p.documentation;
      if (context.quote) entry.filterText = `${context.quote}${p.name}${context.quote}`;
      return entry;
    });
}

/** A property the API call does not take (an attribute list, `Targets`): the name and an empty value. */
function cfnInsertion(context: CursorContext, p: CfnProperty): { text: string; snippet: boolean } {
  const { name, type } = p;
  if (context.syntax === 'yaml') {
    if (context.colonFollows) return { text: name, snippet: false };
    if (context.hasChildren) return { text: `${name}:`, snippet: false };
    const inner = `${context.eol}${' '.repeat(context.column + 2)}`;
    if (type.kind === 'list') return { text: `${name}:${inner}- $0`, snippet: true };
    if (type.kind === 'primitive') return { text: `${name}: $0`, snippet: true };
    return { text: `${name}:${inner}$0`, snippet: true };
  }
  if (context.colonFollows) return { text: JSON.stringify(name), snippet: false };
  const value =
    type.kind === 'list'
      ? '[$0]'
      : type.kind !== 'primitive'
        ? '{$0}'
        : type.name === 'String'
          ? '"$0"'
          : '$0';
  return { text: `${context.separatorBefore}"${name}": ${value}${context.separatorAfter}`, snippet: true };
}

/** The value of a property, as the value of the API member it becomes; else the schema's enum. */
function propertyValueEntries(
  context: CursorContext,
  text: string,
  checked: CheckedTemplate,
  resource: TemplateResource,
  at: PropertyPath,
): CompletionEntry[] {
  const api = apiPathOf(resource.type, at.rest);
  const types = api && walk(api.kind.root, api.path);
  if (api && types) {
    const links =
      checked.scenariosOf(resource)[0] ??
      new ScenarioLinks(checked.template, checked.conditions, { parameters: new Map(), atoms: new Map() });
    const view = links.viewsOf(resource)[api.attributes ? 1 : 0]?.view.root;
    const target = valueTargetAt(view, api.path, types);
    if (target && !api.attributes && view) {
      if (resource.type === `${PREFIX}Listener`) {
        const listener = links.listenerOf(resource);
        if (listener) target.resource = listener;
      } else if (resource.type === `${PREFIX}ListenerRule`) {
        target.resource = ruleFacts(view, 'create', links.listenerOfRule(view));
      }
    }
    if (target) return valueEntries(target, context, text);
  }
  const property = cfnPropertyAt(resource.type, at.rest);
  const values = property && !property.item ? (property.property.enum ?? []) : [];
  const doc = property?.property.documentation;
  return candidateEntries(
    values.map((value) => ({
      value,
      kind: 'value',
      literal: false,
      detail: `${property?.property.name ?? ''} value`,
      ...(doc ? { documentation: doc } : {}),
    })),
    context,
    text,
  );
}

interface ReferenceSite {
  /** The property the reference is the value of. */
  property: string | undefined;
  getAtt: boolean;
  /** `Fn::GetAtt: [Id, …]`: the logical ID whose attribute is being typed. */
  attributesOf?: string;
}

/** `{Ref: …}` or `{Fn::GetAtt: [Id, Attr]}` at the cursor. */
function referenceSite(root: ObjectNode, path: readonly Segment[]): ReferenceSite | undefined {
  const last = path[path.length - 1];
  if (last === 'Ref') return { property: lastName(path.slice(0, -1)), getAtt: false };
  if (path[path.length - 2] !== 'Fn::GetAtt' || typeof last !== 'number') return undefined;
  const property = lastName(path.slice(0, -2));
  if (last === 0) return { property, getAtt: true };
  const list = nodeAt(root, path.slice(0, -1));
  const id = list?.type === 'array' ? list.items[0] : undefined;
  return id?.type === 'scalar' && typeof id.value === 'string'
    ? { property, getAtt: true, attributesOf: id.value }
    : undefined;
}

/** The last member name of a path (a list's, for an item). */
function lastName(path: readonly Segment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return undefined;
}

/**
 * The logical IDs a reference in `property` may name: for an ARN property, the resources of that
 * type and the parameters; else every resource (and, for `Ref`, every parameter). The resource
 * itself is left out.
 */
function referenceCandidates(
  template: Template,
  property: string | undefined,
  self: string,
  getAtt: boolean,
): ValueCandidate[] {
  const wanted = property === undefined ? undefined : REFERENCED_TYPE[property];
  const candidates: ValueCandidate[] = [];
  for (const resource of template.resources.values()) {
    if (resource.logicalId === self || (wanted !== undefined && resource.type !== wanted)) continue;
    candidates.push({
      value: resource.logicalId,
      kind: 'value',
      literal: false,
      detail: resource.type ?? 'resource',
    });
  }
  if (getAtt) return candidates;
  for (const parameter of template.parameters.values())
    candidates.push({
      value: parameter.name,
      kind: 'value',
      literal: false,
      detail: `parameter${parameter.type ? ` (${parameter.type})` : ''}`,
    });
  return candidates;
}

/** The `Fn::GetAtt` attribute names of the resource `logicalId`, from its CloudFormation schema. */
function attributeCandidates(template: Template, logicalId: string): ValueCandidate[] {
  const type = template.resources.get(logicalId)?.type;
  const resource = type === undefined ? undefined : cfnResource(type);
  return (resource?.attributes ?? []).map((value) => ({
    value,
    kind: 'value',
    literal: false,
    detail: `attribute of ${logicalId}`,
  }));
}
