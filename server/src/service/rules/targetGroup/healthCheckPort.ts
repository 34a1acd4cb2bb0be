import { replaceNode } from '../../edits';
import { factsFor, TRAFFIC_PORT } from '../../model/facts';
import { propertyValue } from '../../syntax/tree';
import { closest } from '../../suggest';
import { apiSource, type Rule } from '../rule';

export const healthCheckPort: Rule = {
  id: 'health-check-port',
  severity: 'error',
  summary: 'HealthCheckPort is `traffic-port` or a port number from 1 to 65535.',
  constraint:
    'HealthCheckPort is a string: either the keyword `traffic-port` (probe each target on the port it receives traffic on) or a decimal port number within the port range.',
  sources: [
    apiSource('CreateTargetGroup', 'HealthCheckPort'),
    apiSource('ModifyTargetGroup', 'HealthCheckPort'),
  ],
  scope: 'resource',
  fixable: true,
  check(context) {
    const range = factsFor('CreateTargetGroupInput', 'Port')?.range;
    if (!range) return;
    for (const tg of context.semantics.targetGroups) {
      const node = propertyValue(tg.object, 'HealthCheckPort');
      // A number here is reported by wrong-type (the member is a string).
      if (node?.type !== 'scalar' || typeof node.value !== 'string') continue;
      const value = node.value;
      if (value === TRAFFIC_PORT) continue;
      const allowed = `\`${TRAFFIC_PORT}\` or a port number from ${range.min} to ${range.max}`;
      if (/^[0-9]+$/.test(value)) {
        const port = Number(value);
        if (port >= range.min && port <= range.max) continue;
        context.report(node, `HealthCheckPort ${value} is outside the port range: use ${allowed}.`);
        continue;
      }
      const suggestion = closest(value, [TRAFFIC_PORT]);
      context.report(
        node,
        `HealthCheckPort must be ${allowed}, not \`${value}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        suggestion
          ? [
              {
                title: `Change to \`${suggestion}\``,
                edits: [replaceNode(context.document, node, suggestion)],
              },
            ]
          : undefined,
      );
    }
  },
};
