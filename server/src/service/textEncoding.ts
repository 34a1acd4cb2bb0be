// Which bytes are a document the AWS CLI can read. It decodes `file://` input as UTF-8 (the
// locale's encoding on any usual system): a UTF-16 or UTF-32 file fails to decode there ("text
// contents could not be decoded"), however it looks in an editor that detects its encoding. A UTF-8
// byte-order mark is kept in the text: YAML skips it, and the JSON check reports it.

/** Why the AWS CLI cannot read these bytes as a document, or undefined when it can try. */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  const wide = wideEncoding(bytes);
  if (wide)
    return `${wide} text: the AWS CLI reads input files as UTF-8 and cannot decode this one. Save it as UTF-8 (without a byte-order mark for JSON).`;
  if (bytes.includes(0)) return 'binary file (it contains NUL bytes); not checked';
  return undefined;
}

/** UTF-16 or UTF-32, told by a byte-order mark or by the NUL bytes of ASCII text in them. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32' : 'UTF-16';
  if (a === 0xfe && b === 0xff) return 'UTF-16';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
  // Without a mark: ASCII characters leave every other byte NUL (the first one of each pair in
  // big-endian text, the second in little-endian).
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.9 && evenNul === 0) return 'UTF-16';
  if (evenNul > pairs * 0.9 && oddNul === 0) return 'UTF-16';
  return undefined;
}
