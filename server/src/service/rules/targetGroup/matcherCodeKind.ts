import { isObject, property, propertyValue, stringValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

/** The code Matcher.HttpCode must be for a Gateway Load Balancer (Matcher HttpCode). */
const GATEWAY_HTTP_CODE = '200-399';

export const matcherCodeKind: Rule = {
  id: 'matcher-code-kind',
  severity: 'error',
  summary:
    'A gRPC health check matches GrpcCode, any other HttpCode; a Gateway Load Balancer matches HttpCode 200-399.',
  constraint:
    'Matcher holds gRPC codes when the protocol version is GRPC and HTTP codes otherwise, so HttpCode goes with HTTP1 and HTTP2 and GrpcCode with GRPC (a new target group without ProtocolVersion is HTTP1). For a Gateway Load Balancer (a GENEVE target group) HttpCode can only be 200-399.',
  sources: [apiSource('Matcher', '(description)'), apiSource('Matcher', 'HttpCode')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      const matcher = propertyValue(tg.object, 'Matcher');
      if (!isObject(matcher)) continue;
      const written = stringValue(tg.object, 'ProtocolVersion');
      // A new target group without ProtocolVersion is HTTP1; a modify request cannot say it.
      const version = written ?? (tg.operation === 'create' && tg.protocol ? 'HTTP1' : undefined);
      const http = property(matcher, 'HttpCode');
      const grpc = property(matcher, 'GrpcCode');
      if (version === 'GRPC' && http)
        context.report(
          http.key,
          '`HttpCode` is for HTTP health checks, but this target group uses ProtocolVersion `GRPC`, whose health checks return gRPC codes: use `GrpcCode` (0 to 99) instead.',
        );
      if (version !== undefined && version !== 'GRPC' && grpc)
        context.report(
          grpc.key,
          `\`GrpcCode\` is for gRPC health checks, but this target group's protocol version is \`${version}\`${written ? '' : ' (the default)'}: use \`HttpCode\`, or set ProtocolVersion to \`GRPC\`.`,
        );
      const gateway = tg.protocol === 'GENEVE' || tg.loadBalancer?.type === 'gateway';
      const code = http?.value;
      if (
        gateway &&
        code?.type === 'scalar' &&
        typeof code.value === 'string' &&
        code.value.trim() !== GATEWAY_HTTP_CODE &&
        withinGatewayBounds(code.value) // codes out of bounds: matcher-http-code says so
      )
        context.report(
          code,
          `A Gateway Load Balancer's health check matches only \`${GATEWAY_HTTP_CODE}\`, not \`${code.value}\`. Write \`${GATEWAY_HTTP_CODE}\` or leave Matcher out.`,
        );
    }
  },
};

function withinGatewayBounds(text: string): boolean {
  const codes = text.match(/[0-9]+/g) ?? [];
  return codes.length > 0 && codes.every((c) => Number(c) >= 200 && Number(c) <= 399);
}
