// The physical floor: what parsing alone costs, with the `yaml` package and with JSON.parse.
import { parseAllDocuments, Parser } from 'yaml';
import { createLanguageService } from '../server/src/service/languageService';
import { summarize, timeSync, type Summary } from './stats';

export interface Floors {
  /** yaml's lexer and CST parser, every token consumed. */
  yamlCst: Summary;
  /** yaml's full parse: CST and composed document (what a YAML server needs at least). */
  yamlCompose: Summary;
  /** JSON.parse of the same data written as JSON. */
  jsonParse: Summary;
  /** elbv2-ls in process: parse, bind and every rule, no protocol (the full-document cost). */
  fullCheck: Summary;
}

export function measureFloors(text: string, n: number): Floors {
  const json = JSON.stringify(parseAllDocuments(text, { merge: false })[0]?.toJS());
  const service = createLanguageService();
  return {
    yamlCst: summarize(
      timeSync(() => {
        let tokens = 0;
        for (const token of new Parser().parse(text)) if (token) tokens++;
        return tokens;
      }, n),
    ),
    yamlCompose: summarize(timeSync(() => parseAllDocuments(text, { uniqueKeys: false, merge: false }), n)),
    jsonParse: summarize(timeSync(() => JSON.parse(json) as unknown, n)),
    fullCheck: summarize(timeSync(() => service.check({ text, syntax: 'yaml', named: true }), n)),
  };
}
