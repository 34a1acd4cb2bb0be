// Skeleton documents that a script fills in before calling the AWS CLI hold placeholders where
// values go: `<load-balancer-arn>`, `%TargetGroupArn%`, `${ARN}`, `{{arn}}`, or an empty string.
// Such a value is not wrong yet, only unfinished: one placeholder-value finding says so, and no
// other rule judges it.

/** The whole value: `${NAME}`, `{{ name }}`, `%NAME%` or `<name>`. */
const WHOLE =
  /^(?:\$\{[^{}\s]{1,200}\}|\{\{[^{}]{1,200}\}\}|%[A-Za-z_][A-Za-z0-9_.-]{0,199}%|<[A-Za-z][A-Za-z0-9 _.:/-]{0,199}>)$/;
/** Part of an ARN: `arn:aws:elasticloadbalancing:${REGION}:<account-id>:…`. */
const ARN_PART =
  /\$\{[^{}\s]{1,100}\}|\{\{[^{}]{1,100}\}\}|<[A-Za-z][A-Za-z0-9_-]{0,99}>|%[A-Za-z_][A-Za-z0-9_]{0,99}%/;

/**
 * The value is a placeholder for a value still to be filled in (an empty string aside). Text that
 * merely contains `${…}` (a fixed response's body) is not: only a whole value, or a part of an ARN.
 */
export function isTemplatePlaceholder(value: string): boolean {
  if (value.length > 2048) return false;
  return WHOLE.test(value.trim()) || (value.startsWith('arn:') && ARN_PART.test(value));
}
