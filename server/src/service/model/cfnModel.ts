// Read access to the generated CloudFormation model of the AWS::ElasticLoadBalancingV2::* resource
// types (scripts/generate-cfn-model.ts, from the pinned @aws-cdk/aws-service-spec), and which
// Fn::GetAtt attributes of any resource type give a list. Everything that needs a template
// resource's properties, property types or Fn::GetAtt attributes asks here.
import { EC2_REFERENCE_VALUES } from './facts';
import { cfnListAttributesData, cfnModelData } from './generated/cfnModel';

export type CfnType =
  | { kind: 'primitive'; name: 'String' | 'Integer' | 'Long' | 'Double' | 'Boolean' | 'Json' | 'Timestamp' }
  | { kind: 'list'; item: CfnType }
  | { kind: 'map'; item: CfnType }
  | { kind: 'type'; name: string }; // a property type of the same resource, e.g. 'Action', 'RedirectConfig'

export interface CfnProperty {
  name: string;
  type: CfnType;
  required: boolean;
  enum?: readonly string[];
  /** Markdown. */
  documentation?: string;
}

export interface CfnPropertyType {
  name: string;
  properties: Readonly<Record<string, CfnProperty>>;
}

export interface CfnResource {
  /** 'AWS::ElasticLoadBalancingV2::Listener' */
  type: string;
  properties: Readonly<Record<string, CfnProperty>>;
  /** Property types by name. A standard tag list is a list of 'Tag', which has no entry here. */
  types: Readonly<Record<string, CfnPropertyType>>;
  /** Fn::GetAtt names, e.g. 'ListenerArn', 'LoadBalancerFullName', 'DNSName'. */
  attributes: readonly string[];
  /** Markdown. */
  documentation?: string;
}

const resources: Readonly<Record<string, CfnResource>> = cfnModelData;

/** The modelled resource type names, sorted. */
export const ELBV2_RESOURCE_TYPES: readonly string[] = Object.keys(resources).sort();

export function cfnResource(type: string): CfnResource | undefined {
  return Object.hasOwn(resources, type) ? resources[type] : undefined;
}

/** The property type a `kind: 'type'` reference of `resource` names; undefined for other kinds. */
export function cfnPropertyType(resource: CfnResource, type: CfnType): CfnPropertyType | undefined {
  if (type.kind !== 'type' || !Object.hasOwn(resource.types, type.name)) return undefined;
  return resource.types[type.name];
}

const listAttributes: Readonly<Record<string, readonly string[]>> = cfnListAttributesData;

/** A value's shape as CloudFormation passes it: a list, or one value (a string, number or boolean). */
export type ValueShape = 'list' | 'scalar';

/**
 * What `Fn::GetAtt` of a resource's attribute gives: a list when the resource type's schema makes
 * the attribute an array (any resource type); one value for the other attributes of the ELBv2
 * types, and for a nested stack's output (`Outputs.<Name>` of an AWS::CloudFormation::Stack: an
 * output's value is a string, "Return values" of AWS::CloudFormation::Stack) and for the ID
 * attributes of EC2 subnets, VPCs and security groups (`EC2_REFERENCE_VALUES`); undefined where the
 * model does not say (other attributes of other types, custom resources).
 */
export function getAttShape(resourceType: string, attribute: string): ValueShape | undefined {
  if (Object.hasOwn(listAttributes, resourceType) && listAttributes[resourceType]?.includes(attribute))
    return 'list';
  if (resourceType === 'AWS::CloudFormation::Stack' && /^Outputs\.[^.]+$/.test(attribute)) return 'scalar';
  // An EC2 subnet's, VPC's or security group's ID attributes give one ID each (facts.ts).
  const ec2 = Object.hasOwn(EC2_REFERENCE_VALUES, resourceType)
    ? EC2_REFERENCE_VALUES[resourceType]
    : undefined;
  if (ec2 && Object.hasOwn(ec2.attributes, attribute)) return 'scalar';
  return cfnResource(resourceType)?.attributes.includes(attribute) ? 'scalar' : undefined;
}
