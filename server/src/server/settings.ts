// The `elbv2.*` settings, from whichever of the three LSP sources a client uses.
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
  if (!isObject(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'> = {};
  if (isObject(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      if (typeof value === 'string' && SEVERITIES.has(value))
        rules[id] = value as 'error' | 'warning' | 'info' | 'hint' | 'off';
    }
  }
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    rules,
    files: Array.isArray(raw.files) ? raw.files.filter((f): f is string => typeof f === 'string') : [],
  };
}

/**
 * The settings as the client last gave them. Clients differ: VS Code answers
 * workspace/configuration; Neovim 0.7 neither answers it usefully nor pushes a change, so only
 * initializationOptions reach the server; eglot pushes didChangeConfiguration. The most specific
 * source that holds an `elbv2` section wins: pulled, then pushed, then initial.
 */
export class SettingSources {
  /** initializationOptions: `{ settings: { enable, rules, files } }`, or `{ elbv2: { … } }`. */
  initial: unknown;
  /** The `settings` of the last didChangeConfiguration: `{ elbv2: { … } }`. */
  pushed: unknown;
  /** The answer to workspace/configuration for the section `elbv2`. */
  pulled: unknown;

  current(): Settings {
    const pulled = Array.isArray(this.pulled) ? this.pulled[0] : this.pulled;
    if (isObject(pulled)) return toSettings(pulled);
    const pushed = isObject(this.pushed) ? this.pushed.elbv2 : undefined;
    if (isObject(pushed)) return toSettings(pushed);
    if (isObject(this.initial)) {
      const initial = isObject(this.initial.settings) ? this.initial.settings : this.initial.elbv2;
      if (isObject(initial)) return toSettings(initial);
    }
    return DEFAULT_SETTINGS;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
