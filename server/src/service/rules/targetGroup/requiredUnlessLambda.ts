import { enumValues } from '../../model/apiModel';
import { DEFAULT_TARGET_TYPE, REQUIRED_UNLESS_LAMBDA } from '../../model/facts';
import { anchorOf, property, propertyValue } from '../../syntax/tree';
import { listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';

export const requiredUnlessLambda: Rule = {
  id: 'required-unless-lambda',
  severity: 'error',
  summary: 'A new target group for instances, IP addresses or an ALB names its Protocol, Port and VpcId.',
  constraint:
    'Only a lambda target group can be created without a protocol, a port and a VPC; any other target type (instance, the default, ip or alb) needs all three.',
  sources: [
    apiSource('CreateTargetGroup', 'VpcId'),
    apiSource('CreateTargetGroup', 'Protocol'),
    apiSource('CreateTargetGroup', 'TargetType'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      if (tg.operation !== 'create' || tg.targetType === 'lambda') continue;
      const typeNode = propertyValue(tg.object, 'TargetType');
      // An unknown target type is reported by invalid-enum-value, and could be a mistyped lambda.
      if (typeNode && !enumValues('TargetTypeEnum').includes(tg.targetType ?? '')) continue;
      const missing = REQUIRED_UNLESS_LAMBDA.filter((name) => !property(tg.object, name));
      if (missing.length === 0) continue;
      const targetType = tg.targetType ?? DEFAULT_TARGET_TYPE;
      const why = tg.targetType
        ? `its TargetType is \`${targetType}\``
        : `TargetType is not set, so it is \`${targetType}\``;
      context.report(
        typeNode ?? anchorOf(tg.object),
        `This target group needs ${listOf(missing, 'and')}: ${why}, and only a \`lambda\` target group goes without a protocol, a port and a VPC. Add ${missing.length === 1 ? 'it' : 'them'}, or set TargetType to \`lambda\`.`,
      );
    }
  },
};
