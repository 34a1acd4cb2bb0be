// Which API call each ELBv2 resource's properties are passed to, so the rules of that call's
// document kind check them; and where CloudFormation differs from the API.
//
// The property names are the API's members (Listener → CreateListener, TargetGroup →
// CreateTargetGroup, ListenerRule → CreateRule, LoadBalancer → CreateLoadBalancer). The
// differences, each handled by views.ts:
// - Scalars: CloudFormation passes every scalar as a string and converts it to the member's type,
//   so `Port: "443"` is the integer 443, and `SessionTimeout: "604800"` (a string in the resource
//   schema, a long in AuthenticateOidcActionConfig) and a redirect `Port: 443` (a string in both)
//   are read as the API member's type.
// - Attributes: `ListenerAttributes`, `TargetGroupAttributes` and `LoadBalancerAttributes` are key
//   and value lists that CloudFormation passes to Modify*Attributes after creating the resource:
//   they are checked as that request's `Attributes`, owned by the resource.
// - Properties the API call does not take (a TargetGroup's `Targets`, which go to RegisterTargets;
//   `MinimumLoadBalancerCapacity`, to ModifyCapacityReservation; …) are bound to no member, and
//   no API rule judges names on views: the CloudFormation schema does (template-unknown-property).
// - Members the API requires that CloudFormation fills in itself (a TargetGroup's or
//   LoadBalancer's `Name`, generated from the stack) are not required of the template.
// - ListenerCertificate, TrustStore and TrustStoreRevocation only get the template's own checks
//   (references, property names).
import type { DocumentKind } from '../documentKind';

export interface ResourceMapping {
  /** The API document kind the resource's properties are checked as. */
  kind: DocumentKind;
  /** The property holding the resource's attributes, and the document kind they are checked as. */
  attributes?: { property: string; kind: DocumentKind };
}

const MAPPINGS: Readonly<Record<string, ResourceMapping>> = {
  'AWS::ElasticLoadBalancingV2::Listener': {
    kind: 'create-listener',
    attributes: { property: 'ListenerAttributes', kind: 'modify-listener-attributes' },
  },
  'AWS::ElasticLoadBalancingV2::ListenerRule': { kind: 'create-rule' },
  'AWS::ElasticLoadBalancingV2::TargetGroup': {
    kind: 'create-target-group',
    attributes: { property: 'TargetGroupAttributes', kind: 'modify-target-group-attributes' },
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    kind: 'create-load-balancer',
    attributes: { property: 'LoadBalancerAttributes', kind: 'modify-load-balancer-attributes' },
  },
};

export function mappingOf(type: string | undefined): ResourceMapping | undefined {
  return type === undefined ? undefined : MAPPINGS[type];
}
