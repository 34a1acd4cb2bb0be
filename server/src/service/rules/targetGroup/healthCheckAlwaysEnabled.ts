import { removeProperty } from '../../edits';
import { DEFAULT_TARGET_TYPE, HEALTH_CHECKS_ALWAYS_ON_FOR } from '../../model/facts';
import { booleanValue, property } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const healthCheckAlwaysEnabled: Rule = {
  id: 'health-check-always-enabled',
  severity: 'error',
  summary: 'Health checks cannot be turned off except for lambda target groups.',
  constraint:
    'Only a lambda target group may run without health checks; for the instance, ip and alb target types they are always on, so HealthCheckEnabled cannot be false.',
  sources: [apiSource('CreateTargetGroup', 'HealthCheckEnabled')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      // ModifyTargetGroup does not say the target type; describe outputs show what AWS stored.
      if (tg.operation !== 'create') continue;
      const targetType = tg.targetType ?? DEFAULT_TARGET_TYPE;
      if (!HEALTH_CHECKS_ALWAYS_ON_FOR.includes(targetType)) continue;
      const p = property(tg.object, 'HealthCheckEnabled');
      if (!p || booleanValue(tg.object, 'HealthCheckEnabled') !== false) continue;
      const why = tg.targetType ? `\`${targetType}\`` : `\`${targetType}\` (the default)`;
      context.report(
        p.value,
        `Health checks are always on for target type ${why}: they can only be turned off for a \`lambda\` target group. Remove \`HealthCheckEnabled\`.`,
        [{ title: 'Remove `HealthCheckEnabled`', edits: [removeProperty(context.document, p)] }],
      );
    }
  },
};
