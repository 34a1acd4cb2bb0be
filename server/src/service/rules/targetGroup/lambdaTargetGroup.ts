import { removeProperty } from '../../edits';
import { NOT_FOR_LAMBDA, NOT_FOR_LAMBDA_HEALTH_CHECK } from '../../model/facts';
import { property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const lambdaTargetGroup: Rule = {
  id: 'lambda-target-group',
  severity: 'error',
  summary:
    'A lambda target group has no Protocol, Port, VpcId, ProtocolVersion or health-check protocol and port.',
  constraint:
    'A target group whose target is a Lambda function invokes it directly: there is no protocol, port or VPC to route to, so Protocol, Port and VpcId do not apply, nor ProtocolVersion, HealthCheckProtocol and HealthCheckPort (cfn-lint E3681 rejects these too).',
  sources: [
    apiSource('CreateTargetGroup', 'Protocol'),
    apiSource('CreateTargetGroup', 'Port'),
    apiSource('CreateTargetGroup', 'VpcId'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      if (tg.operation !== 'create' || tg.targetType !== 'lambda') continue;
      for (const name of [...NOT_FOR_LAMBDA, ...NOT_FOR_LAMBDA_HEALTH_CHECK]) {
        const p = property(tg.object, name);
        if (!p) continue;
        context.report(
          p.key,
          `\`${name}\` does not apply to a target group whose TargetType is \`lambda\`: the function is invoked directly, without a protocol, port or VPC. Remove \`${name}\`, or choose another TargetType.`,
          [{ title: `Remove \`${name}\``, edits: [removeProperty(context.document, p)] }],
        );
      }
    }
  },
};
