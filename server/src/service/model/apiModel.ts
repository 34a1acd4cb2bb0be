// Read access to the generated API model. Everything that needs a member, an enum or a
// documentation string asks here; no enum list is typed twice.
import { apiModelData } from './generated/apiModel';
import type { EnumModel, MemberModel, StructureModel, TypeRef } from './apiModelTypes';

export type { EnumModel, MemberModel, StructureModel, TypeRef };

const memberIndex = new Map<string, Map<string, MemberModel>>();
for (const [name, structure] of Object.entries(apiModelData.structures)) {
  memberIndex.set(name, new Map(structure.members.map((m) => [m.name, m])));
}

export function structure(name: string): StructureModel | undefined {
  return apiModelData.structures[name];
}

export function member(structureName: string, memberName: string): MemberModel | undefined {
  return memberIndex.get(structureName)?.get(memberName);
}

export function members(structureName: string): readonly MemberModel[] {
  return apiModelData.structures[structureName]?.members ?? [];
}

export function enumValues(name: string): readonly string[] {
  return apiModelData.enums[name]?.values ?? [];
}

export function enumModel(name: string): EnumModel | undefined {
  return apiModelData.enums[name];
}

export function structureNames(): string[] {
  return Object.keys(apiModelData.structures);
}

/** A short human name of a type, for messages: "integer", "list of Action", "TargetTypeEnum". */
export function typeLabel(type: TypeRef): string {
  switch (type.kind) {
    case 'list':
      return `list of ${typeLabel(type.item)}s`;
    case 'map':
      return `map of ${typeLabel(type.value)}s`;
    case 'structure':
      return `${type.name} object`;
    case 'enum':
      return 'string';
    default:
      return type.kind;
  }
}

/** Every ELBv2 operation with the member names of its input and output. */
export function operationShapes(): Readonly<
  Record<string, { input: readonly string[]; output: readonly string[] }>
> {
  return apiModelData.operations;
}
