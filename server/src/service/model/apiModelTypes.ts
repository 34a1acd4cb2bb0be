// The shape of the generated API model (see scripts/generate-model.ts).

export type TypeRef =
  | { kind: 'string' | 'integer' | 'boolean' | 'timestamp' }
  | { kind: 'enum'; name: string }
  | { kind: 'structure'; name: string }
  | { kind: 'list'; item: TypeRef }
  | { kind: 'map'; value: TypeRef };

export interface MemberModel {
  name: string;
  type: TypeRef;
  required: boolean;
  /** Markdown, from the SDK's documentation comment. */
  doc: string;
}

export interface StructureModel {
  doc: string;
  members: MemberModel[];
}

export interface EnumModel {
  values: string[];
  doc: string;
}

/** @public The generated model (model/generated/apiModel.ts, not in git) is typed with it. */
export interface ApiModelData {
  sdkVersion: string;
  structures: Record<string, StructureModel>;
  enums: Record<string, EnumModel>;
  /** Every ELBv2 operation's input and output member names (only names: not checked, only recognised). */
  operations: Record<string, { input: string[]; output: string[] }>;
}
