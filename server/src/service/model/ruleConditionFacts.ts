// Facts about listener rules that the SDK's type declarations do not carry: which configuration
// block each condition field and transform type takes, which fields take the legacy Values and
// RegexValues, how many conditions of a field a rule may have, the per-rule limits on comparison
// values and wildcards, the characters of host names, header names and methods, and the regular
// expression features the load balancer does not support. Each table names where it is stated;
// test/ruleFacts.test.ts holds the API-reference ones against ../shared/reference. Lengths, ranges,
// item counts and patterns of single members are in facts.ts with the other members.
//
// Guide pages cited below (Elastic Load Balancing, Application Load Balancers guide):
//   LISTENER_RULES   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html
//   CONDITION_TYPES  https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html
//   TRANSFORMS       https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-transforms.html
//   QUOTAS           https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html

/**
 * The condition fields and the configuration member each one takes (RuleCondition Field lists the
 * fields; each *Config member: "Specify only when Field is …").
 */
export const CONDITION_CONFIG_MEMBERS: Readonly<Record<string, string>> = {
  'http-header': 'HttpHeaderConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'host-header': 'HostHeaderConfig',
  'path-pattern': 'PathPatternConfig',
  'query-string': 'QueryStringConfig',
  'source-ip': 'SourceIpConfig',
};

/** Fields a rule may have at most one condition of (RuleCondition; Rule Conditions). */
export const SINGLE_CONDITION_FIELDS: readonly string[] = [
  'http-request-method',
  'host-header',
  'path-pattern',
  'source-ip',
];

/**
 * Fields whose condition may give its value in the legacy top-level Values instead of the
 * configuration block, and then a single one (RuleCondition Values).
 */
export const LEGACY_VALUES_FIELDS: readonly string[] = ['host-header', 'path-pattern'];
export const LEGACY_VALUES_MAX = 1;

/** Fields whose condition may carry the top-level RegexValues (RuleCondition RegexValues). */
export const REGEX_VALUES_FIELDS: readonly string[] = ['http-header', 'host-header', 'path-pattern'];

/** The only condition field of a Network Load Balancer's listener rules (RuleCondition; Field). */
export const NETWORK_CONDITION_FIELDS: readonly string[] = ['source-ip'];

/**
 * The SourceIpConfig member each load-balancer type matches on: CIDR ranges in Values on an
 * Application Load Balancer, the address family in IpAddressType on a Network Load Balancer
 * (RuleCondition Field; SourceIpConditionConfig, IpAddressType).
 */
export const SOURCE_IP_MEMBER_FOR: Readonly<Record<'application' | 'network', string>> = {
  application: 'Values',
  network: 'IpAddressType',
};

/**
 * Fields whose comparison values may hold the wildcards * and ? (the Values of
 * HostHeaderConditionConfig, HttpHeaderConditionConfig, PathPatternConditionConfig and
 * QueryStringConditionConfig; CONDITION_TYPES, "Condition basics"). HTTP methods and source IP
 * addresses take none (HttpRequestMethodConditionConfig Values, SourceIpConditionConfig Values).
 */
export const WILDCARD_FIELDS: readonly string[] = [
  'http-header',
  'host-header',
  'path-pattern',
  'query-string',
];
export const WILDCARDS: readonly string[] = ['*', '?'];
/** A query string matches a literal * or ? when it is escaped with this (QueryStringConditionConfig Values). */
export const QUERY_STRING_ESCAPE = '\\';

/** Comparison values (match evaluations) one condition may hold (LISTENER_RULES, "Rule basics"; CONDITION_TYPES). */
export const MATCH_EVALUATIONS_PER_CONDITION = 3;
/**
 * Fields whose per-condition limit the API reference states differently: a source-ip condition
 * holds up to five CIDR blocks (SourceIpConditionConfig Values, checked through facts.ts).
 */
export const OWN_VALUE_LIMIT_FIELDS: readonly string[] = ['source-ip'];
/** Comparison values one rule may hold in all (QUOTAS, "Condition values per rule", "Match evaluations per rule"; LISTENER_RULES). */
export const MATCH_EVALUATIONS_PER_RULE = 5;
/** Wildcards one rule may hold in all (QUOTAS, "Condition wildcards per rule"; CONDITION_TYPES). */
export const WILDCARDS_PER_RULE = 5;

/**
 * Host names (RuleCondition Values; HostHeaderConditionConfig Values): letters, digits, hyphens,
 * dots and the wildcards; at least one dot; only letters after the last dot.
 */
export const HOST_NAME_CHARACTERS = 'A-Z, a-z, 0-9, - . * ?';
export function isHostNameCharacter(c: string): boolean {
  return /^[A-Za-z0-9.*?-]$/.test(c);
}

/**
 * Path patterns (RuleCondition Values; CONDITION_TYPES, "Path conditions"): letters, digits,
 * _ - . $ / ~ " ' @ : + &, and the wildcards.
 */
export const PATH_PATTERN_CHARACTERS = `A-Z, a-z, 0-9, _ - . $ / ~ " ' @ : + & * ?`;
export function isPathPatternCharacter(c: string): boolean {
  return /^[A-Za-z0-9_.$/~"'@:+&*?-]$/.test(c);
}

/**
 * Header names (HttpHeaderConditionConfig HttpHeaderName): an RFC 7230 token (letters, digits and
 * ! # $ % & ' * + - . ^ _ ` | ~), without wildcards, so without *.
 */
export const HEADER_NAME_CHARACTERS = "letters, digits and ! # $ % & ' + - . ^ _ ` | ~";
export function isHeaderNameCharacter(c: string): boolean {
  return /^[A-Za-z0-9!#$%&'+.^_`|~-]$/.test(c);
}
/** The header an http-header condition cannot match: host-header does (HttpHeaderConditionConfig HttpHeaderName). */
export const HOST_HEADER_NAME = 'host';

/**
 * Query strings (QueryStringConditionConfig): the characters RFC 3986 allows in a query
 * (unreserved, sub-delims, : @ / ?, and %-escapes), plus the \ that escapes a literal * or ?.
 */
export function isQueryStringCharacter(c: string): boolean {
  return /^[A-Za-z0-9._~!$&'()*+,;=:@/?%\\-]$/.test(c);
}

/** The Priority a describe output gives the default rule, whose IsDefault is true (Rule Priority, IsDefault). */
export const DEFAULT_RULE_PRIORITY = 'default';

/**
 * The transform types and the configuration member each takes (RuleTransform Type,
 * HostHeaderRewriteConfig, UrlRewriteConfig: "Specify only when Type is …").
 */
export const TRANSFORM_CONFIG_MEMBERS: Readonly<Record<string, string>> = {
  'host-header-rewrite': 'HostHeaderRewriteConfig',
  'url-rewrite': 'UrlRewriteConfig',
};
/** Transforms of one type a rule may have (CreateRule Transforms: one of each type). */
export const TRANSFORMS_PER_TYPE = 1;

/**
 * Regular-expression features the load balancer does not support, in RegexValues and in rewrite
 * transforms (CONDITION_TYPES, "Condition basics"; TRANSFORMS, "Transform basics").
 */
export type UnsupportedRegexFeature =
  | 'lookahead'
  | 'lookbehind'
  | 'backreference'
  | 'atomic group'
  | 'possessive quantifier'
  | 'subroutine or recursion'
  | 'Unicode character class';
