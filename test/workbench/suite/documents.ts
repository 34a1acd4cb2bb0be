// The documents the workbench suite opens, and what each must show. Adding a kind of document is one
// fixture in workspace/api/ and one entry here; the Problems entries of every entry are also
// compared with `elbv2-ls check --format json` by the harness.

export interface DocumentCase {
  /** Relative to workspace/api/. */
  file: string;
  /** The rule ids its Problems entries must include (all of them, when `exact`). */
  rules: string[];
}

export const ELBV2_DOCUMENTS: readonly DocumentCase[] = [
  {
    file: 'listener.elbv2.yaml',
    rules: ['action-order-required', 'invalid-enum-value', 'value-out-of-range', 'wrong-type'],
  },
  { file: 'target-group.elbv2.json', rules: ['value-out-of-range', 'wrong-type'] },
  { file: 'recognised-by-keys.yaml', rules: ['health-check-protocol'] },
  { file: 'clean.elbv2.yaml', rules: [] },
  // A CloudFormation template, named like any YAML file: recognised by its content.
  {
    file: 'stack.yaml',
    rules: ['invalid-attribute-value', 'listener-protocol-load-balancer-type', 'template-reference'],
  },
];

/** YAML and JSON that are not ELBv2 documents: no Problems entry, no completion from elbv2-ls. */
export const UNRELATED_DOCUMENTS: readonly string[] = ['unrelated/workflow.yml', 'unrelated/data.json'];
