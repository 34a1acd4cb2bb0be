// CloudFormation's YAML short forms (`!Ref`, `!GetAtt`, …): each reads as its long form, a
// one-key mapping (`{Ref: …}`, `{'Fn::GetAtt': …}`), so a template's tree is the same whichever
// form it was written in.

/** Short-form tag → the key of its long form. */
const LONG_FORM: ReadonlyMap<string, string> = new Map(
  [
    'Base64',
    'Cidr',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'ImportValue',
    'Join',
    'Select',
    'Split',
    'Sub',
    'Transform',
    'Length',
    'ToJsonString',
    'If',
    'Equals',
    'And',
    'Or',
    'Not',
    // The functions of a template's Rules section.
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'RefAll',
    'ValueOf',
    'ValueOfAll',
  ]
    .map((name): [string, string] => [`!${name}`, `Fn::${name}`])
    .concat([
      ['!Ref', 'Ref'],
      ['!Condition', 'Condition'],
    ]),
);

/** The long-form key of a CloudFormation short-form tag, or undefined for any other tag. */
export function longFormOf(tag: string): string | undefined {
  return LONG_FORM.get(tag);
}

/** The short forms, for messages: "!Ref, !GetAtt, …". */
export function shortFormTags(): string[] {
  return [...LONG_FORM.keys()];
}
