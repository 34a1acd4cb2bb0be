import { LOAD_BALANCER_TYPE_LABEL } from '../../arn';
import { GRPC_CODE_RANGE, HTTP_CODE_RANGES, TARGET_GROUP_PROTOCOLS } from '../../model/facts';
import type { TargetGroupFacts } from '../../semantics/targetGroup';
import { isObject, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';

export const matcherHttpCode: Rule = {
  id: 'matcher-http-code',
  severity: 'error',
  summary: 'Matcher codes are a code, a comma list or a range, within the bounds for the protocol.',
  constraint:
    'Matcher.HttpCode lists success codes as one code, codes separated by commas ("200,202") or a low-high range ("200-299"); the codes lie within 200–499 for HTTP and HTTPS target groups, 200–599 for TCP, TLS, UDP, TCP_UDP, QUIC and TCP_QUIC ones and 200–399 for GENEVE ones. Matcher.GrpcCode is written the same way with codes 0–99.',
  sources: [
    apiSource('Matcher', 'HttpCode'),
    apiSource('Matcher', 'GrpcCode'),
    apiSource('CreateTargetGroup', 'Matcher'),
  ],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const tg of context.semantics.targetGroups) {
      const matcher = propertyValue(tg.object, 'Matcher');
      if (!isObject(matcher)) continue;
      const http = httpBounds(tg);
      for (const [name, bounds] of [
        ['HttpCode', http],
        ['GrpcCode', { ...GRPC_CODE_RANGE, where: '', why: '' }],
      ] as const) {
        const node = propertyValue(matcher, name);
        if (node?.type !== 'scalar' || typeof node.value !== 'string') continue;
        const problem = checkCodes(node.value, bounds);
        if (problem) context.report(node, `\`${name}\` ${problem}${bounds.why}`);
      }
    }
  },
};

interface Bounds {
  min: number;
  max: number;
  /** " for `HTTP` target groups", or empty. */
  where: string;
  /** A sentence saying why only the widest bounds were checked, or empty. */
  why: string;
}

/** The HttpCode bounds for the target group's protocol, or the widest ones when it is unknown. */
function httpBounds(tg: TargetGroupFacts): Bounds {
  const rangeOf = (protocol: string) => HTTP_CODE_RANGES.find((r) => r.protocols.includes(protocol));
  const byProtocol = tg.protocol ? rangeOf(tg.protocol) : undefined;
  if (byProtocol) return { ...byProtocol, where: ` for \`${tg.protocol}\` target groups`, why: '' };
  const type = tg.loadBalancer?.type;
  const byType = type ? TARGET_GROUP_PROTOCOLS[type].map(rangeOf).find((r) => r) : undefined;
  if (byType && type) return { ...byType, where: ` for ${LOAD_BALANCER_TYPE_LABEL[type]}s`, why: '' };
  return {
    min: Math.min(...HTTP_CODE_RANGES.map((r) => r.min)),
    max: Math.max(...HTTP_CODE_RANGES.map((r) => r.max)),
    where: '',
    why: ' The target-group protocol is not known here, so only the widest bounds of any protocol were checked.',
  };
}

/** What is wrong with a code list ("200,202", "200-299"), or undefined when it is right. */
function checkCodes(text: string, bounds: Bounds): string | undefined {
  const allowed = `codes from ${bounds.min} to ${bounds.max}${bounds.where}`;
  for (const part of text.split(',')) {
    const m = /^\s*([0-9]+)\s*(?:-\s*([0-9]+)\s*)?$/.exec(part);
    if (!m) {
      const what = part.trim() === '' ? 'an empty entry' : `\`${part.trim()}\``;
      return `must be a code, codes separated by commas (\`${bounds.min},${bounds.min + 2}\`) or a range with a hyphen (\`${bounds.min}-${bounds.min + 99}\`); ${what} is neither. Use ${allowed}.`;
    }
    const low = Number(m[1]);
    const high = m[2] === undefined ? low : Number(m[2]);
    for (const code of [low, high])
      if (code < bounds.min || code > bounds.max) return `allows ${allowed}; ${code} is out of bounds.`;
    if (high < low) return `range \`${part.trim()}\` runs backwards: write the lower code first.`;
  }
  return undefined;
}
