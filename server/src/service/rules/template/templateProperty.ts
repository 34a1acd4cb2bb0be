// The properties of a template's ELBv2 resources against the CloudFormation resource schemas
// (model/cfnModel.ts): names the resource type knows, and the ones it requires. Values are the
// API rules' business (validation/checkTemplate.ts).
import { cfnResource, ELBV2_RESOURCE_TYPES } from '../../model/cfnModel';
import { renameKey } from '../../edits';
import { closest } from '../../suggest';
import { anchorOf } from '../../syntax/tree';
import { guideSource, type Rule, type RuleContext } from '../rule';
import { schemaWalk, type SchemaObject } from './schemaWalk';

/** The resource type reference, whose schemas model/cfnModel.ts is generated from. */
const RESOURCE_REFERENCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/AWS_ElasticLoadBalancingV2.html';
const SCHEMA_SOURCE = guideSource(
  'AWS CloudFormation',
  'Elastic Load Balancing V2 resource type reference',
  RESOURCE_REFERENCE,
);

function objectsOf(context: RuleContext): SchemaObject[] {
  return schemaWalk(context.template).objects;
}

export const templateUnknownProperty: Rule = {
  id: 'template-unknown-property',
  severity: 'error',
  summary: "An ELBv2 resource's type is one CloudFormation has, and each property is one its schema lists.",
  constraint:
    "CloudFormation rejects a resource of an `AWS::ElasticLoadBalancingV2::` type it does not have, and a property (at any depth) that the resource type's schema does not list; names are case-sensitive.",
  sources: [SCHEMA_SOURCE],
  scope: 'document',
  fixable: true,
  templateOnly: true,
  check(context) {
    for (const resource of context.template?.resources ?? []) {
      const type = resource.type;
      const node = resource.typeNode;
      if (type === undefined || !node || cfnResource(type)) continue;
      context.reportLazily(node, () => {
        const near = closest(type, ELBV2_RESOURCE_TYPES);
        return {
          message: `\`${type}\` is not a CloudFormation resource type.${near ? ` Did you mean \`${near}\`?` : ''}`,
        };
      });
    }
    for (const { object, properties, path } of objectsOf(context))
      for (const p of object.properties) {
        const name = p.key.value;
        if (Object.hasOwn(properties, name)) continue;
        context.reportLazily(p.key, () => {
          const near = closest(name, Object.keys(properties));
          return {
            message: `\`${name}\` is not a property of \`${path}\` that CloudFormation knows, so it rejects the template.${near ? ` Did you mean \`${near}\`?` : ''}`,
            ...(near
              ? { fixes: [{ title: `Rename to \`${near}\``, edits: [renameKey(context.document, p, near)] }] }
              : {}),
          };
        });
      }
  },
};

export const templateRequiredProperty: Rule = {
  id: 'template-required-property',
  severity: 'error',
  summary: 'An ELBv2 resource has every property its CloudFormation schema requires.',
  constraint:
    "CloudFormation rejects a resource (or a nested object of it) that leaves out a property the resource type's schema marks required, such as a Listener's `DefaultActions` or an action's `Type`.",
  sources: [SCHEMA_SOURCE],
  scope: 'document',
  fixable: false,
  templateOnly: true,
  check(context) {
    for (const { object, properties, path } of objectsOf(context)) {
      const missing = Object.values(properties).filter(
        (p) => p.required && !object.properties.some((q) => q.key.value === p.name),
      );
      if (missing.length === 0) continue;
      const names = missing.map((p) => `\`${p.name}\``);
      context.report(
        anchorOf(object),
        `\`${path}\` needs ${names.join(' and ')}, which CloudFormation requires. Add ${missing.length === 1 ? 'it' : 'them'}.`,
      );
    }
  },
};
