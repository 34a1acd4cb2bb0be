// ANSI colours for the text format, or none.

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Paint = {
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  green: style(32, 39),
};

const plain = (text: string): string => text;
const PLAIN: Paint = { bold: plain, dim: plain, red: plain, yellow: plain, blue: plain, green: plain };

export function paint(enabled: boolean): Paint {
  return enabled ? COLORS : PLAIN;
}

/** Colour only for a terminal, unless NO_COLOR is set (https://no-color.org) or a flag decides. */
export function wantsColor(
  flag: boolean | undefined,
  stream: { isTTY?: boolean },
  env = process.env,
): boolean {
  if (flag !== undefined) return flag;
  return stream.isTTY === true && !env.NO_COLOR;
}
