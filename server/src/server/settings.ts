// The `elbv2.*` settings the server reads through workspace/configuration.
import type { RuleSeverities } from '../service/languageService';

export interface Settings {
  /** Turns all diagnostics, completion and hover off when false. */
  enable: boolean;
  /** Per-rule severity: "error", "warning", "info", "hint" or "off". */
  rules: RuleSeverities;
  /** Extra globs (matched against the file path) that name ELBv2 documents besides *.elbv2.yaml|yml|json. */
  files: string[];
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, files: [] };

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Reads whatever the client sent, keeping only well-formed values. */
export function toSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value))
        rules[id] = value as 'error' | 'warning' | 'info' | 'hint' | 'off';
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    rules,
    files: Array.isArray(r.files) ? r.files.filter((f): f is string => typeof f === 'string') : [],
  };
}
