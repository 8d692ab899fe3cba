import type { SourceCode } from 'eslint';
import {
  collectFlagReferences,
  findCriticalPaths,
  withCriticalPathDefaults,
  type CriticalPath,
  type CriticalPathOptionsInput,
  type CustomFlagEvaluator,
  type FlagReference,
  type TypeInformation,
} from 'eslint-plugin-balanced/api';

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

/** The critical functions of a file and whether each records a span or a metric, with the rule's options. */
export function findFileCriticalPaths(sourceCode: SourceCode, fileName: string, typeInformation: TypeInformation | undefined, ruleOptions: unknown): CriticalPath[] {
  // ESLint validated the options against the rule's schema when it loaded the config; the rule's defaults fill the rest.
  return findCriticalPaths({ sourceCode: sourceCode as unknown as PluginSourceCode, fileName, ...(typeInformation ? { typeInformation } : {}) }, withCriticalPathDefaults(ruleOptions as CriticalPathOptionsInput | undefined));

}
