// Generates server/src/service/model/generated/apiModel.ts from the type declarations of the pinned
// @aws-sdk/client-elastic-load-balancing-v2 package: every structure reachable from the document
// roots we understand, with members, required flags, enums and documentation (as Markdown).
// The output carries AWS documentation text, so it is written at build time and never committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { htmlToMarkdown } from './htmlToMarkdown';

const ROOTS = [
  'CreateListenerInput',
  'ModifyListenerInput',
  'CreateTargetGroupInput',
  'ModifyTargetGroupInput',
  'DescribeListenersOutput',
  'DescribeTargetGroupsOutput',
  // Attributes and load balancers (issue 12, items 7 and 8).
  'ModifyTargetGroupAttributesInput',
  'ModifyLoadBalancerAttributesInput',
  'ModifyListenerAttributesInput',
  'DescribeTargetGroupAttributesOutput',
  'DescribeLoadBalancerAttributesOutput',
  'DescribeListenerAttributesOutput',
  'CreateLoadBalancerInput',
  'DescribeLoadBalancersOutput',
  // Listener rules (issue 12, item 6).
  'CreateRuleInput',
  'ModifyRuleInput',
  'SetRulePrioritiesInput',
  'DescribeRulesOutput',
];

type TypeRef =
  | { kind: 'string' | 'integer' | 'boolean' | 'timestamp' }
  | { kind: 'enum'; name: string }
  | { kind: 'structure'; name: string }
  | { kind: 'list'; item: TypeRef }
  | { kind: 'map'; value: TypeRef };

interface MemberOut {
  name: string;
  type: TypeRef;
  required: boolean;
  doc: string;
}

const root = path.resolve(__dirname, '..');
const sdkDir = path.dirname(
  require.resolve('@aws-sdk/client-elastic-load-balancing-v2/package.json', { paths: [root] }),
);
const sdkVersion = (
  JSON.parse(fs.readFileSync(path.join(sdkDir, 'package.json'), 'utf8')) as { version: string }
).version;
const files = ['models_0.d.ts', 'enums.d.ts'].map((f) => path.join(sdkDir, 'dist-types', 'models', f));

const interfaces = new Map<string, ts.InterfaceDeclaration>();
const enums = new Map<string, { values: string[]; doc: string }>();

function docOf(node: ts.Node): string {
  const raw = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => (typeof d.comment === 'string' ? d.comment : (ts.getTextOfJSDocComment(d.comment) ?? '')))
    .join('\n');
  return htmlToMarkdown(raw);
}

for (const file of files) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.type || !ts.isTypeLiteralNode(decl.type)) continue;
        const values = decl.type.members.flatMap((m) =>
          ts.isPropertySignature(m) &&
          m.type &&
          ts.isLiteralTypeNode(m.type) &&
          ts.isStringLiteral(m.type.literal)
            ? [m.type.literal.text]
            : [],
        );
        enums.set(decl.name.text, { values, doc: docOf(statement) });
      }
    }
  }
}

function typeRefOf(node: ts.TypeNode, where: string): TypeRef {
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (parts.length !== 1 || !parts[0]) throw new Error(`${where}: unsupported union`);
    return typeRefOf(parts[0], where);
  }
  if (node.kind === ts.SyntaxKind.StringKeyword) return { kind: 'string' };
  // Every numeric member of the ELBv2 API is an integer or a long (checked against the
  // service model by test/model.test.ts).
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { kind: 'integer' };
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { kind: 'boolean' };
  if (ts.isArrayTypeNode(node)) return { kind: 'list', item: typeRefOf(node.elementType, where) };
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    if (name === 'Date') return { kind: 'timestamp' };
    if (name === 'Record' && node.typeArguments?.[1])
      return { kind: 'map', value: typeRefOf(node.typeArguments[1], where) };
    if (enums.has(name)) return { kind: 'enum', name };
    if (interfaces.has(name)) return { kind: 'structure', name };
  }
  throw new Error(`${where}: unsupported type ${node.getText()}`);
}

const structures: Record<string, { doc: string; members: MemberOut[] }> = {};
const usedEnums = new Set<string>();

function visit(name: string): void {
  if (structures[name]) return;
  const decl = interfaces.get(name);
  if (!decl) throw new Error(`no interface ${name} in the SDK declarations`);
  const entry: { doc: string; members: MemberOut[] } = { doc: docOf(decl), members: [] };
  structures[name] = entry;
  for (const m of decl.members) {
    if (!ts.isPropertySignature(m) || !m.type || !ts.isIdentifier(m.name)) continue;
    const type = typeRefOf(m.type, `${name}.${m.name.text}`);
    entry.members.push({ name: m.name.text, type, required: !m.questionToken, doc: docOf(m) });
    walkType(type);
  }
}

function walkType(type: TypeRef): void {
  if (type.kind === 'structure') visit(type.name);
  else if (type.kind === 'enum') usedEnums.add(type.name);
  else if (type.kind === 'list') walkType(type.item);
  else if (type.kind === 'map') walkType(type.value);
}

for (const r of ROOTS) visit(r);

// Every operation's input and output members, by name only: enough to tell which operation a
// document elbv2-ls does not check looks like (documentKind.ts). An operation is an `…Input`
// interface with its `…Output`.
const operations: Record<string, { input: string[]; output: string[] }> = {};
const memberNames = (name: string): string[] =>
  (interfaces.get(name)?.members ?? []).flatMap((m) =>
    ts.isPropertySignature(m) && ts.isIdentifier(m.name) ? [m.name.text] : [],
  );
for (const name of [...interfaces.keys()].sort()) {
  const operation = /^(\w+)Input$/.exec(name)?.[1];
  if (!operation || !interfaces.has(`${operation}Output`)) continue;
  operations[operation] = { input: memberNames(name), output: memberNames(`${operation}Output`) };
}

const enumOut: Record<string, { values: string[]; doc: string }> = {};
for (const name of [...usedEnums].sort())
  enumOut[name] = enums.get(name) as { values: string[]; doc: string };

const out = [
  `// GENERATED by scripts/generate-model.ts from @aws-sdk/client-elastic-load-balancing-v2@${sdkVersion}. Do not edit.`,
  `// Not committed: it holds AWS documentation text (see ARCHITECTURE.md).`,
  `import type { ApiModelData } from '../apiModelTypes';`,
  ``,
  `export const apiModelData: ApiModelData = ${JSON.stringify({ sdkVersion, structures, enums: enumOut, operations }, null, 1)};`,
  ``,
].join('\n');

const target = path.join(root, 'server/src/service/model/generated/apiModel.ts');
fs.mkdirSync(path.dirname(target), { recursive: true });
if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== out) fs.writeFileSync(target, out);
console.log(
  `generate-model: ${Object.keys(structures).length} structures, ${Object.keys(enumOut).length} enums, ${Object.keys(operations).length} operations from SDK ${sdkVersion}`,
);
