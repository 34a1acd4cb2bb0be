import { ARN_SHAPES, parseArn, resourceTypeOf, shapeOfArn, type ArnShape } from '../../arn';
import type { ArnKind } from '../../model/facts';
import { apiSource, type Rule } from '../rule';
import { factsOfEntry, nameOfEntry } from '../structure/memberFacts';

function expected(kind: ArnKind): { label: string; forms: string } {
  const shapes = ARN_SHAPES.filter((s) => s.kind === kind);
  const label = shapes.map((s) => s.label).join(' or ');
  const forms = shapes.map((s) => `\`${s.form}\``).join(' or ');
  return { label, forms };
}

function wellFormedTwin(
  shape: ArnShape | undefined,
  service: string,
  resourceType: string,
): ArnShape | undefined {
  return shape ?? ARN_SHAPES.find((s) => s.service === service && s.resourceType === resourceType);
}

/** What is wrong with text that starts like an ARN but does not parse as one. */
function malformed(text: string): string {
  const parts = text.split(':');
  const layout = '`arn:<partition>:<service>:<region>:<account-id>:<resource>`';
  if (parts.length < 6) return `it lacks parts of ${layout}`;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  if (!/^[a-z0-9-]+$/.test(partition)) return `its partition \`${partition}\` is not one like \`aws\``;
  if (!/^[a-z0-9-]+$/.test(service)) return `its service \`${service}\` is not a service name`;
  if (!/^[a-z0-9-]*$/.test(region)) return `its region \`${region}\` is not a region such as \`us-west-2\``;
  if (!/^[0-9]*$/.test(account)) return `its account ID \`${account}\` is not a 12-digit number`;
  return `it does not follow ${layout}`;
}

export const arnResourceType: Rule = {
  id: 'arn-resource-type',
  severity: 'error',
  summary: 'Every ARN member holds an ARN of the kind of resource it names.',
  constraint:
    'LoadBalancerArn, ListenerArn, TargetGroupArn, CertificateArn, TrustStoreArn and UserPoolArn each take a full ARN of their own resource type: a load balancer (`loadbalancer/app|net|gwy/…`), a listener, a target group (`targetgroup/…`), an ACM certificate or IAM server certificate, a trust store (`truststore/…`), a Cognito user pool. A name, an empty string or another resource’s ARN is rejected.',
  sources: [
    apiSource('CreateListener', 'LoadBalancerArn'),
    apiSource('Action', 'TargetGroupArn'),
    apiSource('Certificate', 'CertificateArn'),
    apiSource('MutualAuthenticationAttributes', 'TrustStoreArn'),
    apiSource('AuthenticateCognitoActionConfig', 'UserPoolArn'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const entry of context.binding.entries) {
      const kind = factsOfEntry(entry)?.arn;
      const { node } = entry;
      if (!kind || node.type !== 'scalar' || typeof node.value !== 'string') continue;
      const text = node.value;
      const want = expected(kind);
      const name = nameOfEntry(entry);
      if (text.trim() === '') {
        context.report(node, `${name} is empty; it takes the ARN of ${want.label}: ${want.forms}.`);
        continue;
      }
      const arn = parseArn(text);
      if (!arn) {
        const message = text.startsWith('arn:')
          ? `${name} is not a valid ARN: ${malformed(text)}. It takes the ARN of ${want.label}: ${want.forms}.`
          : `${name} must be the full ARN of ${want.label} (${want.forms}); a name or an ID is not enough.`;
        context.report(node, message);
        continue;
      }
      const shape = shapeOfArn(arn);
      if (shape?.kind === kind) continue;
      const resourceType = resourceTypeOf(arn);
      const twin = wellFormedTwin(shape, arn.service, resourceType);
      if (twin?.kind === kind) {
        context.report(node, `${name} is not a well-formed ARN of ${twin.label}: expected \`${twin.form}\`.`);
        continue;
      }
      const holds = twin
        ? `the ARN of ${twin.label}`
        : `a \`${arn.service}\` ARN (resource type \`${resourceType}\`)`;
      const hint =
        arn.service === 'lambda' && kind === 'target-group'
          ? ' To send requests to a Lambda function, register it in a target group whose TargetType is `lambda`.'
          : '';
      context.report(
        node,
        `${name} holds ${holds}, but it takes the ARN of ${want.label}: ${want.forms}.${hint}`,
      );
    }
  },
};
