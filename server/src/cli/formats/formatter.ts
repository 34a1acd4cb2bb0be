// What every output format is given. A leaf module: the formats import it, and it imports none of them.
import type { RULES } from '../../service/languageService';
import type { Report } from '../report';

export interface FormatContext {
  color: boolean;
  version: string;
  rules: typeof RULES;
  /** The working directory: SARIF paths are relative to it. */
  cwd: string;
}

export type Formatter = (report: Report, context: FormatContext) => string;
