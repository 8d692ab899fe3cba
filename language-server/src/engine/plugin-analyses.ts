import type { SourceCode } from 'eslint';
import * as pluginApi from 'eslint-plugin-balanced/api';

/**
 * The per-file analyses the engine takes from `eslint-plugin-balanced/api`: the same functions the rules
 * report from, so there is one copy of the detection logic. This file is the only place that touches the
 * plugin's API; the rest of the engine sees the plain shapes below.
 *
 * The shapes list only what the engine reads. They follow the plugin's own types (`FlagReference`,
 * `FlagDefinition`, `FlagRegistry` in `src/flags/`), and every function is checked for at run time: a plugin
 * build that does not export one yet gives a problem naming it instead of a crash.
 */

/** What the plugin's analyses need to ask the type checker, built from the parser services of a linted file. */
export interface TypeInformation {
  readonly services: unknown;
  readonly checker: unknown;
  readonly program: unknown;
}

export interface PluginFlagReference {
  readonly key: string | undefined;
  readonly keyRange: readonly [number, number];
  readonly keyLoc: { readonly start: { readonly line: number; readonly column: number }; readonly end: { readonly line: number; readonly column: number } };
}

export interface PluginRegistryLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface PluginFlagDefinition {
  readonly key: string;
  readonly state: 'ENABLED' | 'DISABLED' | undefined;
  readonly owner: string | undefined;
  readonly expires: string | undefined;
  readonly archived: boolean;
  readonly location: PluginRegistryLocation;
}

export interface PluginRegistryProblem {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface PluginFlagRegistry {
  readonly files: readonly string[];
  readonly flags: ReadonlyMap<string, PluginFlagDefinition>;
  readonly problems: readonly PluginRegistryProblem[];
  readonly isComplete: boolean;
}

/** One critical function of a file, as the critical-path rule sees it. */
export interface PluginCriticalPath {
  /** The function's name as users know it (`checkout`, `POST /orders`). */
  readonly name: string;
  /** Why it is critical: the `@critical` tag, the route, or the name that matched the vocabulary. */
  readonly reason: string;
  readonly isInstrumented: boolean;
  /** [start, end) offsets of what the rule reports (the function's declaration). */
  readonly range: readonly [number, number];
}

interface FlagApi {
  collectFlagReferences(sourceCode: SourceCode, options: { typeInformation?: TypeInformation; evaluators?: readonly unknown[] }): PluginFlagReference[];
  findUnusedFlags(registry: PluginFlagRegistry, references: Iterable<{ readonly key: string | undefined }>): PluginFlagDefinition[];
  loadFlagRegistry(files: readonly string[]): PluginFlagRegistry;
  findNearestRegistry(fromDirectory: string): string | undefined;
}

interface CriticalPathApi {
  findCriticalPaths(sourceCode: SourceCode, options: { typeInformation?: TypeInformation; ruleOptions?: unknown }): PluginCriticalPath[];
}

const FLAG_FUNCTIONS = ['collectFlagReferences', 'findUnusedFlags', 'loadFlagRegistry', 'findNearestRegistry'] as const;
const CRITICAL_PATH_FUNCTIONS = ['findCriticalPaths'] as const;

/** The plugin's flag analyses, or the names of the functions this build of the plugin does not export. */
export function getFlagApi(): FlagApi | { readonly missing: readonly string[] } {
  return pickFunctions<FlagApi>(FLAG_FUNCTIONS);
}

/** The plugin's critical-path analysis, or the names of the functions this build of the plugin does not export. */
export function getCriticalPathApi(): CriticalPathApi | { readonly missing: readonly string[] } {
  return pickFunctions<CriticalPathApi>(CRITICAL_PATH_FUNCTIONS);
}

function pickFunctions<Api>(names: readonly string[]): Api | { readonly missing: readonly string[] } {
  const exported = pluginApi as Readonly<Record<string, unknown>>;
  const missing = names.filter((name) => typeof exported[name] !== 'function');
  return missing.length > 0 ? { missing } : (exported as Api);
}

/** The message for analyses the installed plugin cannot provide. */
export function describeMissingApi(analysis: string, missing: readonly string[]): string {
  return `${analysis} needs ${missing.join(', ')} from eslint-plugin-balanced/api, which this build of the plugin does not export yet; that analysis is skipped.`;
}

/** Type information for the plugin's analyses, when the file was parsed with a program. */
export function getTypeInformation(sourceCode: SourceCode): TypeInformation | undefined {
  const services = sourceCode.parserServices as { program?: { getTypeChecker(): unknown } | null } | undefined;
  const program = services?.program;
  if (!program) return undefined;
  return { services, checker: program.getTypeChecker(), program };
}
