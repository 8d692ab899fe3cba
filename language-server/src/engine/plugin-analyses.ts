import type { SourceCode } from 'eslint';
import * as pluginApi from 'eslint-plugin-balanced/api';
import { collectFlagReferences, type CustomFlagEvaluator, type FlagReference, type TypeInformation } from 'eslint-plugin-balanced/api';

/**
 * The per-file analyses the engine takes from `eslint-plugin-balanced/api`: the same functions the rules
 * report from, so there is one copy of the detection logic. This file is the only place that hands ESLint's
 * parsed sources to the plugin's analyses.
 */

/** The plugin's view of a parsed file: typescript-eslint's type for the very `SourceCode` object ESLint built. */
type PluginSourceCode = Parameters<typeof collectFlagReferences>[0];

/** Type information for the plugin's analyses, when the file was parsed with the workspace program. */
export function getTypeInformation(sourceCode: SourceCode): TypeInformation | undefined {
  const services = sourceCode.parserServices as Partial<TypeInformation['services']> | undefined;
  const program = services?.program;
  if (!program) return undefined;
  return { services: services as TypeInformation['services'], checker: program.getTypeChecker(), program };
}

/** Every flag evaluation of a file, with the rule's `evaluators` option. */
export function collectFileFlagReferences(sourceCode: SourceCode, typeInformation: TypeInformation | undefined, flagOptions: unknown): FlagReference[] {
  // ESLint validated the options against the rule's schema when it loaded the config.
  const evaluators = (flagOptions as { evaluators?: readonly CustomFlagEvaluator[] } | undefined)?.evaluators;
  return collectFlagReferences(sourceCode as unknown as PluginSourceCode, { ...(typeInformation ? { typeInformation } : {}), ...(evaluators ? { evaluators } : {}) });
}

/** Why a function is critical, as the critical-path analysis describes it. */
export type PluginCriticalReason =
  | { readonly kind: 'tag'; readonly sli?: string }
  | { readonly kind: 'route'; readonly method: string; readonly path: string; readonly isConfigured: boolean }
  | { readonly kind: 'configured-name' }
  | { readonly kind: 'name'; readonly topic: string };

/** One critical function of a file, as the critical-path analysis reports it (only the fields the engine reads). */
export interface PluginCriticalPath {
  readonly name: string;
  readonly reasons: readonly PluginCriticalReason[];
  readonly isInstrumented: boolean;
  readonly range: readonly [number, number];
}

/** The options of `balanced/instrument-critical-path`, with the rule's defaults filled in. */
interface CriticalPathOptions {
  readonly critical: { readonly names: readonly string[]; readonly routes: readonly string[]; readonly vocabulary: 'default' | 'none' };
  readonly instrumenters: readonly string[];
}

type FindCriticalPaths = (
  source: { readonly sourceCode: PluginSourceCode; readonly fileName: string; readonly typeInformation?: TypeInformation },
  options: CriticalPathOptions,
) => PluginCriticalPath[];

/**
 * The plugin's critical-path analysis (`findCriticalPaths` in `src/util/critical-paths.ts`), looked up at run
 * time: TODO(issue 6) import it directly once `eslint-plugin-balanced/api` exports it (issue 4). Undefined
 * until then, and coverage reports that the analysis is unavailable.
 */
export function getCriticalPathFinder(): ((sourceCode: SourceCode, fileName: string, typeInformation: TypeInformation | undefined, ruleOptions: unknown) => PluginCriticalPath[]) | undefined {
  const findCriticalPaths = (pluginApi as Readonly<Record<string, unknown>>).findCriticalPaths as FindCriticalPaths | undefined;
  if (typeof findCriticalPaths !== 'function') return undefined;
  return (sourceCode, fileName, typeInformation, ruleOptions) =>
    findCriticalPaths({ sourceCode: sourceCode as unknown as PluginSourceCode, fileName, ...(typeInformation ? { typeInformation } : {}) }, withCriticalPathDefaults(ruleOptions));
}

export const CRITICAL_PATH_UNAVAILABLE =
  'The critical-path analysis needs findCriticalPaths from eslint-plugin-balanced/api, which this build of the plugin does not export yet; coverage is unavailable.';

/** ESLint resolves a config's rule options as written; the rule's own defaults fill the rest, as in the rule. */
function withCriticalPathDefaults(ruleOptions: unknown): CriticalPathOptions {
  const given = (ruleOptions ?? {}) as { critical?: Partial<CriticalPathOptions['critical']>; instrumenters?: string[] };
  return {
    critical: { names: given.critical?.names ?? [], routes: given.critical?.routes ?? [], vocabulary: given.critical?.vocabulary ?? 'default' },
    instrumenters: given.instrumenters ?? [],
  };
}

/** "Why critical", in the words of the rule's message. */
export function describeCriticalReason(reason: PluginCriticalReason | undefined): string {
  switch (reason?.kind) {
    case 'tag':
      return reason.sli === undefined ? 'tagged @critical' : `tagged @critical ${reason.sli}`;
    case 'route':
      return `handles ${reason.method === 'ALL' ? reason.path : `${reason.method} ${reason.path}`}${reason.isConfigured ? ' (critical.routes)' : ''}`;
    case 'configured-name':
      return 'listed in critical.names';
    case 'name':
      return `name says ${reason.topic}`;
    default:
      return 'critical';
  }
}
