// The documents the benchmark edits: a typical CreateListener request and a large
// describe-listeners output, generated here so every run measures the same bytes.

const REGION_ACCOUNT = 'us-west-2:123456789012';

/** A ~30-line HTTPS CreateListener request with an OIDC authentication action. */
export function typicalListener(): string {
  return `# aws elbv2 create-listener --cli-input-yaml file://listener.elbv2.yaml
LoadBalancerArn: arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:loadbalancer/app/my-load-balancer/50dc6c495c0c9188
Protocol: HTTPS
Port: 443
SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-2021-06
Certificates:
  - CertificateArn: arn:aws:acm:${REGION_ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012
DefaultActions:
  - Type: authenticate-oidc
    Order: 1
    AuthenticateOidcConfig:
      Issuer: https://idp.example.com
      AuthorizationEndpoint: https://idp.example.com/oauth2/authorize
      TokenEndpoint: https://idp.example.com/oauth2/token
      UserInfoEndpoint: https://idp.example.com/oauth2/userinfo
      ClientId: my-client-id
      ClientSecret: my-client-secret
      OnUnauthenticatedRequest: authenticate
  - Type: forward
    Order: 2
    ForwardConfig:
      TargetGroups:
        - TargetGroupArn: arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:targetgroup/blue/73e2d6bc24d8a067
          Weight: 90
        - TargetGroupArn: arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:targetgroup/green/2453ed029918f21f
          Weight: 10
      TargetGroupStickinessConfig:
        Enabled: true
        DurationSeconds: 3600
Tags:
  - Key: team
    Value: payments
`;
}

function hex(n: number, width: number): string {
  // A deterministic pseudo-random id: the same document every run.
  let x = (n + 1) * 2654435761;
  let out = '';
  while (out.length < width) {
    x = (x ^ (x >>> 13)) * 1274126177;
    x = x >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, width);
}

/** One listener of a describe-listeners output, in the AWS CLI's YAML style. */
function describedListener(i: number): string {
  const lb = `app-load-balancer-${String(Math.floor(i / 4)).padStart(4, '0')}`;
  const lbId = hex(Math.floor(i / 4), 16);
  const lbArn = `arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:loadbalancer/app/${lb}/${lbId}`;
  const listenerArn = `arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:listener/app/${lb}/${lbId}/${hex(i + 7919, 16)}`;
  const tgArn = `arn:aws:elasticloadbalancing:${REGION_ACCOUNT}:targetgroup/web-targets-${String(i).padStart(4, '0')}/${hex(i + 104729, 16)}`;
  if (i % 2 === 1)
    return `- ListenerArn: ${listenerArn}
  LoadBalancerArn: ${lbArn}
  Port: ${8000 + (i % 1000)}
  Protocol: HTTP
  DefaultActions:
  - Type: redirect
    Order: 1
    RedirectConfig:
      Protocol: HTTPS
      Port: '443'
      Host: '#{host}'
      StatusCode: HTTP_301
`;
  return `- ListenerArn: ${listenerArn}
  LoadBalancerArn: ${lbArn}
  Port: 443
  Protocol: HTTPS
  Certificates:
  - CertificateArn: arn:aws:acm:${REGION_ACCOUNT}:certificate/${hex(i, 8)}-1234-1234-1234-${hex(i + 31, 12)}
  SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
  DefaultActions:
  - Type: forward
    TargetGroupArn: ${tgArn}
    Order: 1
`;
}

/** A describe-listeners output with `count` listeners (2,000: ~23,000 lines, ~1.1 MB). */
export function largeDescribeListeners(count = 2000): string {
  const parts = ['Listeners:\n'];
  for (let i = 0; i < count; i++) parts.push(describedListener(i));
  return parts.join('');
}

/** The n-th of the CLI workload's ~30-line files: the typical listener with its own names. */
export function cliFile(n: number): string {
  return typicalListener()
    .replace('my-load-balancer', `lb-${n}`)
    .replace('my-client-id', `client-${n}`)
    .replace('Port: 443', `Port: ${443 + (n % 1000)}`);
}

/** A GeoJSON FeatureCollection of about `bytes` bytes: JSON an editor opens that is no ELBv2 document. */
export function unrelatedGeoJson(bytes: number): string {
  const features: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const feature = JSON.stringify({
      type: 'Feature',
      properties: { Name: `parcel ${i}`, Port: i % 65536, area: (i * 37) % 1000 },
      geometry: { type: 'Point', coordinates: [(i % 360) - 180 + 0.123456, (i % 180) - 90 + 0.654321] },
    });
    features.push(feature);
    size += feature.length + 1;
  }
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}

/** Kubernetes-like manifests of about `bytes` bytes: YAML an editor opens that is no ELBv2 document. */
export function unrelatedYaml(bytes: number): string {
  const parts: string[] = ['apiVersion: v1', 'kind: List', 'items:'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = [
      '  - apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata:',
      `      name: settings-${i}`,
      '      labels: { app: web, tier: frontend }',
      '    data:',
      `      Name: value-${i}`,
      `      Listeners: "${i % 7}"`,
      '      description: |',
      '        A block scalar whose lines look like keys:',
      '        Protocol: HTTP',
    ].join('\n');
    parts.push(item);
    size += item.length + 1;
  }
  return `${parts.join('\n')}\n`;
}
