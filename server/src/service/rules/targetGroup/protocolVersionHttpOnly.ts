import { removeProperty } from '../../edits';
import { enumValues } from '../../model/apiModel';
import { PROTOCOL_VERSION_PROTOCOLS } from '../../model/facts';
import { property } from '../../syntax/tree';
import { listOf } from '../../suggest';
import { apiSource, type Rule } from '../rule';

export const protocolVersionHttpOnly: Rule = {
  id: 'protocol-version-http-only',
  severity: 'error',
  summary: 'ProtocolVersion is only set on HTTP and HTTPS target groups.',
  constraint:
    'The protocol version (HTTP1, HTTP2 or GRPC) chooses how an Application Load Balancer talks HTTP to its targets, so only target groups whose protocol is HTTP or HTTPS take it.',
  sources: [apiSource('CreateTargetGroup', 'ProtocolVersion')],
  scope: 'resource',
  fixable: true,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      // Lambda target groups have no protocol; lambda-target-group reports them.
      if (tg.operation !== 'create' || !tg.protocol || tg.targetType === 'lambda') continue;
      if (!enumValues('ProtocolEnum').includes(tg.protocol)) continue;
      if (PROTOCOL_VERSION_PROTOCOLS.includes(tg.protocol)) continue;
      const p = property(tg.object, 'ProtocolVersion');
      if (!p) continue;
      context.report(
        p.key,
        `\`ProtocolVersion\` only applies to ${listOf(PROTOCOL_VERSION_PROTOCOLS)} target groups, and this one uses \`${tg.protocol}\`. Remove it.`,
        [{ title: 'Remove `ProtocolVersion`', edits: [removeProperty(context.document, p)] }],
      );
    }
  },
};
