import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from './error-message';
import type { Analyzed } from './types';

export const BALANCED_CONFIG_FILE = 'balanced.config.json';

/**
 * `balanced.config.json`: the settings a workspace without an ESLint config that enables Balanced (or an
 * untrusted one, where no ESLint config is loaded) can still give. It is JSON on purpose: reading it runs
 * no code from the workspace.
 */
export interface BalancedConfig {
  /** Severity and options per `balanced/*` rule, in ESLint's format; merged over the recommended config. */
  readonly rules: Readonly<Record<string, unknown>>;
  /** Extra ignore globs, relative to the workspace root, in ESLint's flat-config syntax. */
  readonly ignores: readonly string[];
  /** The tsconfig.json the type information comes from, relative to the workspace root. */
  readonly tsconfig: string | undefined;
  /** Where the settings were read from; undefined when the workspace has no `balanced.config.json`. */
  readonly path: string | undefined;
}

const EMPTY_CONFIG: BalancedConfig = { rules: {}, ignores: [], tsconfig: undefined, path: undefined };
const KNOWN_KEYS = new Set(['$schema', 'rules', 'ignores', 'tsconfig']);
const SEVERITIES = new Set<unknown>(['off', 'warn', 'error', 0, 1, 2]);

/** Reads `<root>/balanced.config.json`. A malformed file yields a configuration problem and no settings. */
export function readBalancedConfig(root: string, knownRuleIds: ReadonlySet<string>): Analyzed<BalancedConfig> {
  const configPath = path.join(root, BALANCED_CONFIG_FILE);
  if (!fs.existsSync(configPath)) return { result: EMPTY_CONFIG, problems: [] };
  const fail = (what: string): Analyzed<BalancedConfig> => ({
    result: EMPTY_CONFIG,
    problems: [{ kind: 'configuration', path: configPath, message: `${configPath}: ${what}` }],
  });
  let json: unknown;
  try {
    const text = fs.readFileSync(configPath, 'utf8');
    json = parseJson(text);
  } catch (error) {
    return fail(errorMessage(error));
  }
  const invalid = validateBalancedConfig(json, knownRuleIds);
  if (invalid) return fail(invalid);
  const settings = json as { rules?: Record<string, unknown>; ignores?: string[]; tsconfig?: string };
  return {
    result: {
      rules: settings.rules ?? {},
      ignores: settings.ignores ?? [],
      tsconfig: settings.tsconfig === undefined ? undefined : path.resolve(root, settings.tsconfig),
      path: configPath,
    },
    problems: [],
  };
}

/** Returns what is wrong with the settings and how to fix it, or undefined when they are valid. */
function validateBalancedConfig(json: unknown, knownRuleIds: ReadonlySet<string>): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'expected a JSON object such as { "rules": { ... } }.';
  const settings = json as Record<string, unknown>;
  const unknownKey = Object.keys(settings).find((key) => !KNOWN_KEYS.has(key));
  if (unknownKey) return `unknown setting "${unknownKey}"; the settings are "rules", "ignores" and "tsconfig".`;
  if (settings.ignores !== undefined && !isStringArray(settings.ignores)) return '"ignores" must be an array of glob strings, such as ["generated/**"].';
  if (settings.tsconfig !== undefined && typeof settings.tsconfig !== 'string') return '"tsconfig" must be a path relative to the workspace root, such as "tsconfig.json".';
  if (settings.rules === undefined) return undefined;
  if (typeof settings.rules !== 'object' || settings.rules === null || Array.isArray(settings.rules)) {
    return '"rules" must be an object mapping rule ids to a severity, such as { "balanced/no-pii-in-logs": "warn" }.';
  }
  for (const [ruleId, entry] of Object.entries(settings.rules)) {
    if (!knownRuleIds.has(ruleId)) return `unknown rule "${ruleId}" in "rules"; known rules are ${[...knownRuleIds].join(', ')}.`;
    const severity = Array.isArray(entry) ? entry[0] : entry;
    if (!SEVERITIES.has(severity)) return `rule "${ruleId}" must be "off", "warn" or "error" (or an array starting with one of them).`;
  }
  return undefined;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** JSON.parse with the error position turned into a line and column, which is how editors navigate. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = errorMessage(error);
    const position = /at position (\d+)/.exec(message);
    if (!position?.[1]) throw new Error(`invalid JSON: ${message}`);
    const offset = Number(position[1]);
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    throw new Error(`invalid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}
