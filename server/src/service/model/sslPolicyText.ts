// How every feature describes a predefined security policy, so that rule messages, hovers and
// completion details say the same thing.
import { SSL_POLICIES, type SslPolicy } from './facts';

export function sslPolicy(name: string): SslPolicy | undefined {
  return SSL_POLICIES.find((p) => p.name === name);
}

/** "TLS 1.2 and 1.3", "TLS 1.0 to 1.3", "TLS 1.3 only". */
export function tlsVersionsOf(policy: SslPolicy): string {
  const v = policy.protocols.map((p) => (p === 'TLSv1' ? '1.0' : p.slice('TLSv'.length)));
  const first = v[0] ?? '';
  const last = v[v.length - 1] ?? '';
  if (v.length === 1) return `TLS ${first} only`;
  if (v.length === 2) return `TLS ${first} and ${last}`;
  return `TLS ${first} to ${last}`;
}

/** "TLS 1.2 and 1.3; FIPS, post-quantum key exchange". */
export function describeSslPolicy(policy: SslPolicy): string {
  const traits = [policy.fips ? 'FIPS' : '', policy.postQuantum ? 'post-quantum key exchange' : ''].filter(
    Boolean,
  );
  return `${tlsVersionsOf(policy)}${traits.length > 0 ? `; ${traits.join(', ')}` : ''}`;
}
