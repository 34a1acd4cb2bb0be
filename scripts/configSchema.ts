// The JSON Schema of `.elbv2-ls.yaml` / `.elbv2-ls.json`, generated from the rule registry so that an
// editor completes rule ids (with their summaries) and ajv rejects unknown ones.
import { RULES } from '../server/src/service/rules/registry';

export const CONFIG_SCHEMA_FILE = 'elbv2-ls-config.schema.json';

export function renderConfigSchema(): string {
  const severity = { enum: ['error', 'warning', 'info', 'hint', 'off'] };
  // Inline, not $ref: draft-07 ignores the siblings of a $ref, descriptions included.
  const globs = (description: string, minItems = 0) => ({
    type: 'array',
    description,
    ...(minItems > 0 ? { minItems } : {}),
    items: { type: 'string', minLength: 1 },
  });
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/elbv2-ls/elbv2-ls/schemas/${CONFIG_SCHEMA_FILE}`,
    title: 'elbv2-ls configuration (.elbv2-ls.yaml or .elbv2-ls.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: {
        type: 'boolean',
        description:
          'Stop looking for configuration files in the directories above this one. Without it, the settings of configuration files further up apply too, the nearest winning.',
      },
      rules: { $ref: '#/definitions/rules' },
      files: globs(
        'Globs naming more files as ELBv2 documents (checked whatever they hold), besides *.elbv2.yaml, *.elbv2.yml and *.elbv2.json. Relative to this file; a glob matches at any depth unless it starts with `/`.',
      ),
      ignore: globs(
        'Globs of files and directories not to check. Relative to this file; a glob matches at any depth unless it starts with `/`.',
      ),
      parameters: { $ref: '#/definitions/parameters' },
      overrides: {
        type: 'array',
        description: 'Settings for the files that match globs; later entries win over earlier ones.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: globs('The files these settings apply to (relative to this file, as above).', 1),
            rules: { $ref: '#/definitions/rules' },
            parameters: { $ref: '#/definitions/parameters' },
          },
        },
      },
    },
    definitions: {
      rules: {
        type: 'object',
        description: 'Severity per rule id, or `off`. The rules are listed in docs/rules.md.',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [
            rule.id,
            { ...severity, description: `${rule.summary} (default: ${rule.severity})` },
          ]),
        ),
      },
      parameters: {
        type: 'object',
        description:
          'CloudFormation template parameter values to assume where a template refers to a parameter (`Ref: Environment`), by parameter name.',
        additionalProperties: {
          anyOf: [
            { type: 'string' },
            { type: 'number' },
            { type: 'boolean' },
            { type: 'array', items: { type: ['string', 'number'] } },
          ],
        },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
