// Hover in a CloudFormation template: an ELBv2 resource's property (its CloudFormation schema's
// documentation, then what the API member it becomes shows in an API document), a resource
// `Type`, and what a `Ref` names (a parameter's default and allowed values, where it is declared).
import type { Analysis } from '../analysis';
import { Binding } from '../bind';
import { cfnResource } from '../model/cfnModel';
import { nodeAt } from '../syntax/nodeAt';
import { isObject, owningProperty, pathOf, type Node, type ObjectNode } from '../syntax/tree';
import { CheckedTemplate } from '../template/checked';
import { ScenarioLinks } from '../template/links';
import { apiMemberAt, cfnPropertyAt, cfnTypeText, propertyPathOf } from '../template/propertyPath';
import type { Template, TemplateParameter } from '../template/template';
import { code, userCode } from './markdown';
import { render } from './render';
import { explainValue } from './valueInfo';

interface TemplateHover {
  markdown: string;
  start: number;
  end: number;
}

export function templateHover(analysis: Analysis, offset: number): TemplateHover | undefined {
  const root = analysis.document.root;
  if (!isObject(root)) return undefined;
  const at = nodeAt(root, offset);
  if (!at) return undefined;
  const checked = new CheckedTemplate(root);
  const text = analysis.document.text;
  if (at.on === 'key' && at.property) {
    const path = [...pathOf(at.property.parent), at.property.key.value];
    const markdown = propertyHover(checked, path, undefined);
    return markdown ? { markdown, start: at.node.start, end: at.node.end } : undefined;
  }
  const node = at.node;
  if (node.type !== 'scalar' || typeof node.value !== 'string') return undefined;
  const owner = owningProperty(node);
  if (!owner) return undefined;
  const path = pathOf(node);
  const markdown =
    owner.key.value === 'Ref' && owner.parent.properties.length === 1
      ? referenceHover(checked.template, node.value, text)
      : path.length === 3 && path[0] === 'Resources' && path[2] === 'Type'
        ? resourceTypeHover(node.value)
        : propertyHover(checked, path, node.value);
  return markdown ? { markdown, start: node.start, end: node.end } : undefined;
}

/** A property of an ELBv2 resource (`value`: the scalar hovered, when on its value). */
function propertyHover(
  checked: CheckedTemplate,
  path: readonly (string | number)[],
  value: string | undefined,
): string | undefined {
  const at = propertyPathOf(path);
  if (!at || at.rest.length === 0) return undefined;
  const resource = checked.template.resources.get(at.logicalId);
  const type = resource?.type;
  if (!resource || type === undefined) return undefined;
  const blocks: string[] = [];
  const cfn = cfnPropertyAt(type, at.rest);
  if (cfn && !cfn.item) {
    const { property } = cfn;
    const required = property.required ? ' · required' : '';
    blocks.push(`### ${code(property.name)} · ${cfnTypeText(property.type)}${required}`);
    if (property.documentation) blocks.push(property.documentation.trim());
    blocks.push(`*Property of ${code(type)}.*`);
  }
  const api = apiMemberAt(type, at.rest);
  if (api) {
    const links =
      checked.scenariosOf(resource)[0] ??
      new ScenarioLinks(checked.template, checked.conditions, { parameters: new Map(), atoms: new Map() });
    const view = links.viewsOf(resource)[api.attributes ? 1 : 0]?.view.root;
    const binding = new Binding(view, api.kind.root);
    // The schema often repeats the API's sentence: say it once.
    const same = cfn?.property.documentation?.trim() === api.member.doc.trim();
    const subject = {
      structure: api.structure,
      member: same ? { ...api.member, doc: '' } : api.member,
      item: false,
      type: api.member.type,
      value: nodeAlong(view, api.path),
    };
    const about = value === undefined ? undefined : explainValue(subject, value);
    if (blocks.length > 0) blocks.push(`---\n\n**In the API call** (${code(api.kind.operation)}):`);
    blocks.push(render(subject, about, binding, true));
  }
  return blocks.length > 0 ? blocks.join('\n\n') : undefined;
}

function resourceTypeHover(type: string): string | undefined {
  const resource = cfnResource(type);
  if (!resource) return undefined;
  const blocks = [`### ${code(type)}`];
  if (resource.documentation) blocks.push(resource.documentation.trim());
  if (resource.attributes.length > 0)
    blocks.push(`- **\`Fn::GetAtt\` attributes:** ${resource.attributes.map(code).join(', ')}`);
  return blocks.join('\n\n');
}

/** What a `Ref` names: a parameter (its type, default and allowed values) or a resource. */
function referenceHover(template: Template, name: string, text: string): string | undefined {
  const parameter = template.parameters.get(name);
  if (parameter) return parameterHover(parameter, text);
  const resource = template.resources.get(name);
  if (!resource) return undefined;
  const type = resource.type === undefined ? '' : ` · ${code(resource.type)}`;
  return [
    `### Resource ${code(name)}${type}`,
    `- **Declared:** line ${lineOf(text, resource.property.key.start)}, under \`Resources\``,
  ].join('\n\n');
}

function parameterHover(parameter: TemplateParameter, text: string): string {
  const type = parameter.type === undefined ? '' : ` · ${parameter.type}`;
  const blocks = [`### Parameter ${code(parameter.name)}${type}`];
  const body = parameter.property.value;
  const description = isObject(body) ? scalarText(propertyOf(body, 'Description')) : undefined;
  if (description) blocks.push(description);
  const lines: string[] = [];
  const fallback = scalarText(parameter.default);
  lines.push(
    fallback === undefined
      ? '- **Value:** unknown here (no `Default`): every value is assumed'
      : `- **Value:** ${userCode(fallback)} (its \`Default\`)`,
  );
  const allowed = (parameter.allowedValues ?? []).map(scalarText).filter((v): v is string => v !== undefined);
  if (allowed.length > 0) lines.push(`- **Allowed values:** ${allowed.map(userCode).join(', ')}`);
  lines.push(`- **Declared:** line ${lineOf(text, parameter.property.key.start)}, under \`Parameters\``);
  blocks.push(lines.join('\n'));
  return blocks.join('\n\n');
}

function propertyOf(object: ObjectNode, name: string): Node | undefined {
  return object.properties.find((p) => p.key.value === name)?.value;
}

function scalarText(node: Node | undefined): string | undefined {
  return node?.type === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/** The 1-based line of an offset, for the text of a hover (ranges stay offsets). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

/** The node a path leads to in a view. */
function nodeAlong(root: Node | undefined, path: readonly (string | number)[]): Node | undefined {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'number') node = node?.type === 'array' ? node.items[segment] : undefined;
    else node = isObject(node) ? propertyOf(node, segment) : undefined;
  }
  return node;
}
