import * as path from 'node:path';
import type { SourceCode } from 'eslint';
import { errorMessage } from './error-message';
import { LineMap } from './findings';
import type { FlatConfig } from './lint-setup';
import { describeCriticalReason, findNearestRegistry, type TypeInformation } from 'eslint-plugin-balanced/api';
import { collectFileFlagReferences, findFileCriticalPaths, getTypeInformation } from './plugin-analyses';
import type { Problem, TextRange } from './types';

export const FLAG_RULE_ID = 'balanced/no-orphaned-flag';
export const CRITICAL_PATH_RULE_ID = 'balanced/instrument-critical-path';

/** A flag evaluation with a static key, located in its file. */
export interface FlagUse {
  /** The flag key; undefined for a read from an SDK's camel-cased object of all flags, which names its flag loosely. */
  readonly key: string | undefined;
  /** The name read from a camel-cased flags object (LaunchDarkly React's `useFlags().darkMode`). */
  readonly camelCasedKey?: string;
  readonly range: TextRange;
}

/** A critical function of a file and whether it records a span or a metric. */
export interface CriticalPathFact {
  readonly name: string;
  readonly reason: string;
  readonly isInstrumented: boolean;
  readonly range: TextRange;
}

/**
 * What the workspace analyses keep of one file, computed once per file version from the tree ESLint
 * parsed: small plain data, so the whole workspace's facts stay in memory where the trees would not.
 */
export interface FileFacts {
  readonly version: number;
  /** The flag registry files this file's keys are checked against (the rule's `registry` option, or the nearest). */
  readonly registryFiles: readonly string[];
  readonly flagUses: readonly FlagUse[];
  /** Evaluations whose key is computed at run time: they may use any flag, so "unused" is never certain. */
  readonly dynamicFlagUseCount: number;
  readonly criticalPaths: readonly CriticalPathFact[];
  /** Whether the config enables the rules these facts belong to, for this file. */
  readonly isFlagRuleOn: boolean;
  readonly isCriticalPathRuleOn: boolean;
}

/** Computes a file's facts. Failures inside the plugin's analyses become problems, never throws. */
export function computeFileFacts(root: string, filePath: string, version: number, sourceCode: SourceCode, config: FlatConfig | undefined): { facts: FileFacts; problems: Problem[] } {
  const source: AnalysedSource = { root, filePath, sourceCode, lines: new LineMap(sourceCode.text), typeInformation: getTypeInformation(sourceCode) };
  const flags = collectFlagFacts(source, getRuleOptions(config, FLAG_RULE_ID));
  const critical = collectCriticalPathFacts(source, getRuleOptions(config, CRITICAL_PATH_RULE_ID));
  const facts: FileFacts = {
    version,
    ...flags.facts,
    criticalPaths: critical.facts,
    isFlagRuleOn: isRuleOn(config, FLAG_RULE_ID),
    isCriticalPathRuleOn: isRuleOn(config, CRITICAL_PATH_RULE_ID),
  };
  return { facts, problems: [...flags.problems, ...critical.problems] };
}

interface AnalysedSource {
  readonly root: string;
  readonly filePath: string;
  readonly sourceCode: SourceCode;
  readonly lines: LineMap;
  readonly typeInformation: TypeInformation | undefined;
}

type FlagFacts = Pick<FileFacts, 'registryFiles' | 'flagUses' | 'dynamicFlagUseCount'>;

function collectFlagFacts(source: AnalysedSource, flagOptions: unknown): { facts: FlagFacts; problems: Problem[] } {
  try {
    const references = collectFileFlagReferences(source.sourceCode, source.typeInformation, flagOptions);
    const flagUses: FlagUse[] = references.flatMap((reference) =>
      reference.key === undefined && reference.camelCasedKey === undefined
        ? []
        : [
            {
              key: reference.key,
              ...(reference.camelCasedKey === undefined ? {} : { camelCasedKey: reference.camelCasedKey }),
              range: { start: source.lines.positionOf(reference.keyRange[0]), end: source.lines.positionOf(reference.keyRange[1]) },
            },
          ],
    );
    return {
      facts: { registryFiles: findRegistryFiles(source.root, source.filePath, flagOptions), flagUses, dynamicFlagUseCount: references.length - flagUses.length },
      problems: [],
    };
  } catch (error) {
    const facts: FlagFacts = { registryFiles: [], flagUses: [], dynamicFlagUseCount: 0 };
    return { facts, problems: [{ kind: 'internal', path: source.filePath, message: `Collecting the flag references of ${source.filePath} failed: ${errorMessage(error)}` }] };
  }
}

function collectCriticalPathFacts(source: AnalysedSource, ruleOptions: unknown): { facts: CriticalPathFact[]; problems: Problem[] } {
  try {
    const found = findFileCriticalPaths(source.sourceCode, source.filePath, source.typeInformation, ruleOptions);
    const facts = found.map((criticalPath) => ({
      name: criticalPath.name,
      reason: describeCriticalReason(criticalPath.reasons[0], source.filePath),
      isInstrumented: criticalPath.isInstrumented,
      range: { start: source.lines.positionOf(criticalPath.range[0]), end: source.lines.positionOf(criticalPath.range[1]) },
    }));
    return { facts, problems: [] };
  } catch (error) {
    return { facts: [], problems: [{ kind: 'internal', path: source.filePath, message: `Listing the critical paths of ${source.filePath} failed: ${errorMessage(error)}` }] };
  }
}

/** The rule's registry option (paths relative to the workspace root, as ESLint's cwd), else the nearest registry. */
function findRegistryFiles(root: string, filePath: string, flagOptions: unknown): string[] {
  const registry = (flagOptions as { registry?: string | string[] } | undefined)?.registry;
  if (registry !== undefined) return (Array.isArray(registry) ? registry : [registry]).map((file) => path.resolve(root, file));
  const nearest = findNearestRegistry(path.dirname(filePath));
  return nearest ? [nearest] : [];
}

/** The first option object ESLint resolved for a rule in a file's config. */
function getRuleOptions(config: FlatConfig | undefined, ruleId: string): unknown {
  const entry: unknown = config?.rules?.[ruleId];
  return Array.isArray(entry) ? entry[1] : undefined;
}

function isRuleOn(config: FlatConfig | undefined, ruleId: string): boolean {
  const entry: unknown = config?.rules?.[ruleId];
  const severity: unknown = Array.isArray(entry) ? entry[0] : entry;
  return severity !== undefined && severity !== 0 && severity !== 'off';
}
