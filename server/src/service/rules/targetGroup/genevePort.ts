import { replaceNode } from '../../edits';
import { GENEVE_PORT } from '../../model/facts';
import { propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const genevePort: Rule = {
  id: 'geneve-port',
  severity: 'error',
  summary: `A GENEVE target group uses port ${GENEVE_PORT}.`,
  constraint: `Gateway Load Balancers exchange GENEVE traffic with their targets on port ${GENEVE_PORT} only, so a GENEVE target group takes no other port.`,
  sources: [apiSource('CreateTargetGroup', 'Port')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      if (tg.protocol !== 'GENEVE') continue;
      const node = propertyValue(tg.object, 'Port');
      if (node?.type !== 'scalar' || typeof node.value !== 'number' || node.value === GENEVE_PORT) continue;
      context.report(
        node,
        `A GENEVE target group only accepts port ${GENEVE_PORT}, not ${node.value}. Change the port to ${GENEVE_PORT}.`,
        [{ title: `Change to ${GENEVE_PORT}`, edits: [replaceNode(context.document, node, GENEVE_PORT)] }],
      );
    }
  },
};
