// What every output format is given, and the formats by name.
import type { RULES } from '../../service/languageService';
import type { FormatName } from '../args';
import type { Report } from '../report';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export interface FormatContext {
  color: boolean;
  version: string;
  rules: typeof RULES;
  /** The working directory: SARIF paths are relative to it. */
  cwd: string;
}

export type Formatter = (report: Report, context: FormatContext) => string;

export const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
