// The file names that mark a document as ELBv2, whatever its keys (a leaf module: the clients read
// it without the rest of the service).
const ELBV2_NAME = /\.elbv2\.(ya?ml|json)$/i;

/** True when the file name marks the file as an ELBv2 document. */
export function isElbv2FileName(uriOrPath: string): boolean {
  return ELBV2_NAME.test(uriOrPath);
}
