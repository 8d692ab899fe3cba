/**
 * The plugin's programmatic API for Balanced's own workspace engine (language server and CLI):
 * the catalogs and the per-file analyses that the rules report from, so the engine reuses them
 * instead of keeping a second copy. Imported as `eslint-plugin-balanced/api`.
 */
export { callGuards } from './catalogs/call-guards';
export { httpClients } from './catalogs/http-clients';
export { retryLibraries } from './catalogs/retry-libraries';

// Feature flags (balanced/no-orphaned-flag): the registry, the references of a file, unused flags and the cleanup.
export { flagSdks } from './catalogs/flag-sdks';
export type { FlagClientSource, FlagEvaluationMethod, FlagSdkEntry } from './catalogs/types';
export {
  formatRegistryProblem,
  parseFlagRegistry,
  REGISTRY_FILE_NAMES,
  type FlagDefinition,
  type FlagRegistry,
  type RegistryFile,
  type RegistryLocation,
  type RegistryProblem,
} from './flags/flag-registry';
export { collectFlagReferences, isCamelCasedKey, type CollectFlagReferencesOptions, type FlagReference } from './flags/flag-references';
export { findNearestRegistry, loadFlagRegistry, RegistryFileCache } from './flags/load-registry';
export { removeFlagFromRegistry, type RegistryEditResult } from './flags/remove-registry-entry';
export { findUnusedFlags } from './flags/unused-flags';
export { removeFlag, type FlagCleanupOptions, type FlagCleanupResult, type FlagValue } from './refactors/flag-cleanup';
export type { CustomFlagEvaluator } from './util/match-flag-evaluation';
export type { TypeInformation } from './util/type-information';

// Critical paths (balanced/instrument-critical-path): the analysis the rule reports from, and the coverage it yields.
export { criticalVocabulary, nonCriticalNameWords } from './catalogs/critical-vocabulary';
export { tracers, tracingWrapperWords } from './catalogs/tracers';
export { webFrameworks } from './catalogs/web-frameworks';
export type { CriticalTerm, HttpMethod, TracerEntry, WebFrameworkEntry } from './catalogs/types';
export {
  DEFAULT_CRITICAL_PATH_OPTIONS,
  describeCriticalReason,
  findCriticalPaths,
  withCriticalPathDefaults,
  type CriticalPath,
  type CriticalPathOptions,
  type CriticalPathOptionsInput,
  type CriticalPathSource,
  type CriticalReason,
} from './util/critical-paths';
export type { InstrumentationEvidence } from './util/instrumentation-evidence';

// Personal data in logs (balanced/no-pii-in-logs): where log and telemetry records go, and which names are personal data.
export { loggers } from './catalogs/loggers';
export { piiFields } from './catalogs/pii-fields';
export type { LoggerEntry, LoggerMethods, LoggerSource, PiiFieldEntry, PiiHolderEntry, PiiIdentifierEntry, PiiQualifierEntry, PiiRedactorEntry, PiiWordEntry } from './catalogs/types';
