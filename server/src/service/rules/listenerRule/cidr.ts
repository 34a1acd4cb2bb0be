// CIDR blocks as a source-ip condition takes them: an IPv4 or IPv6 address and a prefix length.
// Parsed by hand: no regular expression with repeated groups runs on a value.

export type CidrProblem =
  /** No "/": an address alone. */
  'no-prefix' | 'bad-address' | 'bad-prefix';

export interface CidrCheck {
  problem?: CidrProblem;
  family?: 'ipv4' | 'ipv6';
}

export function checkCidr(text: string): CidrCheck {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const family = isIpv4(address) ? 'ipv4' : isIpv6(address) ? 'ipv6' : undefined;
  if (!family) return { problem: 'bad-address' };
  if (slash < 0) return { problem: 'no-prefix', family };
  const prefix = text.slice(slash + 1);
  const max = family === 'ipv4' ? 32 : 128;
  if (!/^[0-9]{1,3}$/.test(prefix) || Number(prefix) > max) return { problem: 'bad-prefix', family };
  return { family };
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255 && (p === '0' || !p.startsWith('0')))
  );
}

function isIpv6(text: string): boolean {
  if (text.length > 45 || !text.includes(':')) return false;
  let head = text;
  let groupsForV4 = 0;
  // An IPv4 tail (::ffff:192.0.2.1) stands for two groups.
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4(tail)) return false;
    head = text.slice(0, lastColon + 1) + '0';
    groupsForV4 = 1;
  }
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const groups = (s: string): string[] | undefined => {
    if (s === '') return [];
    const g = s.split(':');
    return g.every((x) => /^[0-9A-Fa-f]{1,4}$/.test(x)) ? g : undefined;
  };
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!left || !right) return false;
  const count = left.length + right.length + groupsForV4;
  return halves.length === 2 ? count <= 7 : count === 8;
}
