import {
  HEADER_NAME_CHARACTERS,
  HOST_HEADER_NAME,
  isHeaderNameCharacter,
} from '../../model/ruleConditionFacts';
import { ownConfigOf } from '../../semantics/conditions';
import { property, propertyValue } from '../../syntax/tree';
import { apiSource, type Rule } from '../rule';
import { rangeInScalar } from '../listener/common';
import { conditionsOf, stringOf } from './common';
import { characterName, firstRefused } from './conditionStrings';

export const httpHeaderName: Rule = {
  id: 'http-header-name',
  severity: 'error',
  summary: 'An http-header condition names a header (an RFC 7230 token, without wildcards), and not Host.',
  constraint:
    "HttpHeaderConfig needs HttpHeaderName: the name of the header to compare, a token of RFC 7230 (letters, digits and ! # $ % & ' + - . ^ _ ` | ~), matched case-insensitively and without wildcards. The host header is matched by a host-header condition, not by an http-header one.",
  sources: [apiSource('HttpHeaderConditionConfig', 'HttpHeaderName')],
  scope: 'resource',
  fixable: false,
  check(context) {
    for (const { condition, field } of conditionsOf(context.semantics.rules)) {
      if (field !== 'http-header') continue;
      const config = ownConfigOf(condition, field);
      if (!config) continue;
      const name = propertyValue(config, 'HttpHeaderName');
      if (!name) {
        context.report(
          property(condition, 'HttpHeaderConfig')?.key ?? config,
          'This http-header condition names no header: add `HttpHeaderName` (such as `User-Agent` or `X-Forwarded-For`).',
        );
        continue;
      }
      const text = stringOf(name);
      if (text === undefined || name.type !== 'scalar' || text === '') continue; // wrong-type, invalid-length
      if (text.toLowerCase() === HOST_HEADER_NAME) {
        context.report(
          name,
          'An http-header condition cannot match the `Host` header: use a `host-header` condition (`HostHeaderConfig`) instead.',
        );
        continue;
      }
      const bad = firstRefused(text, isHeaderNameCharacter);
      if (!bad) continue;
      const wildcard = bad.char === '*' || bad.char === '?';
      context.report(
        rangeInScalar(context.document, name, text, bad.index, bad.char.length),
        wildcard
          ? `A header name takes no wildcards: name one header exactly (wildcards may go in \`Values\`).`
          : `${characterName(bad.char)} cannot appear in a header name; it takes ${HEADER_NAME_CHARACTERS}.`,
      );
    }
  },
};
