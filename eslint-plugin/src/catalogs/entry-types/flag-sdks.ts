// Catalog entry types: flag-sdks: feature-flag SDKs and their evaluation methods (read by src/flags/).

import type { CatalogSource } from './catalog-source';

/**
 * One way code obtains a flag client from an SDK module: `OpenFeature.getClient()` is
 * `{ path: ['OpenFeature', 'getClient'], use: 'call' }`, `new GrowthBook()` is `{ path: ['GrowthBook'], use: 'new' }`,
 * and the `statsig` default export, which is itself the client, is `{ path: [], use: 'value' }`.
 */
export interface FlagClientSource {
  /** Properties read from the module's main export (`[]` is the default or namespace import itself). */
  readonly path: readonly string[];
  readonly use: 'call' | 'new' | 'value';
}

/** One method of a flag client that evaluates a flag. */
export interface FlagEvaluationMethod {
  readonly method: string;
  /** Index of the argument holding the flag key. */
  readonly keyArgument: number;
  /**
   * What the call yields, which decides how the flag cleanup can replace it: `boolean` is true when the flag is on,
   * `negated-boolean` is true when it is off (GrowthBook's `isOff`), `value` is the flag's value (typed like the
   * argument at `defaultArgument` when there is one), `object` is a details, variant or result object that no
   * literal can stand for.
   */
  readonly returns: 'boolean' | 'negated-boolean' | 'value' | 'object';
  /** Index of the code default (fallback) argument, when the method takes one. */
  readonly defaultArgument?: number;
}

/**
 * A call that returns every flag at once as an object keyed by flag (LaunchDarkly React's `useFlags()`): each
 * property read from it is an evaluation. `camelCase` says the SDK renames keys (`dev-test-flag` is `devTestFlag`).
 */
export interface FlagMapSource {
  /** Properties read from the module's main export, as in {@link FlagClientSource}. */
  readonly path: readonly string[];
  readonly keyCase: 'camelCase' | 'exact';
}

/** A feature-flag SDK: where it is imported from, how code gets a client, and which client methods evaluate flags. */
export interface FlagSdkEntry {
  /** Display name used in messages and docs (`LaunchDarkly (server)`). */
  readonly name: string;
  /** Module specifiers that import the SDK. */
  readonly modules: readonly string[];
  /** npm packages whose declarations give the client its type; typed linting confirms receivers against them. */
  readonly typePackages: readonly string[];
  /** How a client is obtained from the modules. */
  readonly clients: readonly FlagClientSource[];
  /** Methods of a client that return another object carrying the evaluation methods (`SplitFactory().client()`). */
  readonly derivedClientMethods: readonly string[];
  /** Exported type names that annotate a client (`Client`, `LDClient`), recognised without type information. */
  readonly clientTypeNames: readonly string[];
  readonly evaluations: readonly FlagEvaluationMethod[];
  /** Calls that return all flags as one object, read property by property. */
  readonly flagMaps?: readonly FlagMapSource[];
  /** Whether the evaluation methods return promises (server SDKs that may fetch), which the flag cleanup must keep. */
  readonly isAsync: boolean;
  readonly source: CatalogSource;
}
