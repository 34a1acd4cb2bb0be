// What every output format is given and returns. A leaf module: the formatters and the registry
// of formats import it, and it imports none of them, so no import cycle can form.
import type { RULES } from '../../service/languageService';
import type { Report } from '../report';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatContext {
  color: boolean;
  version: string;
  rules: typeof RULES;
  /** The working directory: SARIF paths are relative to it. */
  cwd: string;
}

export type Formatter = (report: Report, context: FormatContext) => string;
