// Catalog entry types: retry-libraries: retry libraries, their attempt limits and jitter settings (read by util/retry-library-calls.ts).

import type { CatalogSource } from './catalog-source';

/** One way a retry library is called, and where its options object sits. */
export interface RetryCallShape {
  /** Properties read from the module's main export (`[]` calls the export itself, `['operation']` is `retry.operation()`). */
  readonly path: readonly string[];
  /**
   * Argument positions that may hold the options object, in order of preference; functions and strings are skipped
   * (promise-retry takes `(fn, options)` or `(options, fn)`, got takes `(url, options)` or `(options)`).
   */
  readonly optionsArguments: readonly number[];
}

/** HTTP clients whose requests retry (ky, got): instances made by a factory take the same per-call options. */
export interface RetryClientInstances {
  /** Paths that create an instance, from the module or from another instance (`['create']`, `['extend']`). */
  readonly factories: readonly (readonly string[])[];
  /** Names of the instance type, to confirm an instance with type information. */
  readonly typeNames: readonly string[];
  /** Calls on an instance, with paths relative to it (`[]` for `api(url, options)`, `['get']`). */
  readonly calls: readonly RetryCallShape[];
}

/** An option that nests the retry settings inside a client's request options (ky's and got's `retry`). */
export interface RetrySettingsOption {
  readonly option: string;
  /** The setting a bare number stands for (ky's `retry: 3` is `{ limit: 3 }`); absent when only an object is accepted. */
  readonly numberMeans?: string;
}

/** How many times a library tries, and what stops it. */
export interface RetryAttemptLimit {
  /** The option that caps retries or attempts (`retries`, `numOfAttempts`, `maxAttempts`, `limit`). */
  readonly option: string;
  /** The cap when the option is absent: `Infinity` when the library retries forever by default (cockatiel). */
  readonly default: number;
  /** An option that retries forever when `true`, whatever the cap says (`forever` in retry and promise-retry). */
  readonly foreverOption?: string;
  /** Options that stop retrying on a deadline or a cancellation, so an infinite cap still ends (`maxRetryTime`, `signal`). */
  readonly deadlineOptions: readonly string[];
  /** Deadline options the library fills in when absent (ts-retry-promise's 60 s `timeout`): only an endless value removes them. */
  readonly defaultDeadlines?: readonly string[];
  /** Values other than `Infinity` that mean "no limit" for the cap or a deadline (`maxAttempts: 0`, `'INFINITELY'`). */
  readonly unlimitedValues?: readonly (number | string)[];
}

/** A backoff object a library constructs (cockatiel's `new ExponentialBackoff()`), and where its randomness comes from. */
export interface RetryBackoffStrategy {
  /** The exported class name. */
  readonly className: string;
  /**
   * `never`: fixed delays; `delays-argument`: the first argument lists the delays; `delay-function-argument`: the first
   * argument is a function computing each delay; `generator-option`: random unless the `generatorOption` of the
   * first argument names one of `unjitteredGenerators`.
   */
  readonly jitter: 'never' | 'delays-argument' | 'delay-function-argument' | 'generator-option';
  readonly generatorOption?: string;
  readonly unjitteredGenerators?: readonly string[];
}

/** How a library randomizes its delays, what it does by default, and the setting a quick fix writes. */
export type RetryJitterSetting =
  /** A boolean option that randomizes the delays (`randomize`, ky's `jitter`); a function value is judged by what it computes. */
  | { readonly kind: 'boolean-option'; readonly option: string; readonly default: boolean }
  /**
   * An option naming a jitter strategy (exponential-backoff `jitter: 'none' | 'full'`); `fixValue` is the one a fix writes.
   * `requires` is another option the strategy only works with (retry-axios jitters exponential backoff only).
   */
  | {
      readonly kind: 'strategy-option';
      readonly option: string;
      readonly default: string;
      readonly jitteredValues: readonly string[];
      readonly fixValue: string;
      readonly requires?: { readonly option: string; readonly value: string; readonly default: string };
    }
  /**
   * No jitter setting at all: only a function option computing each delay can randomize it (ts-retry-promise's
   * `backoff`); `fixFunction` is the full-jitter function a fix writes there.
   */
  | { readonly kind: 'delay-function-only'; readonly option: string; readonly fixFunction: string }
  /** A random amount of up to this many milliseconds added to each delay; `0` turns it off (got's `noise`). */
  | { readonly kind: 'noise-option'; readonly option: string; readonly default: number }
  /**
   * A function option computing each delay (axios-retry `retryDelay`), with no delay at all when absent. The library's
   * exports that jitter, those that build delay functions without jitter, and the export a fix names.
   */
  | {
      readonly kind: 'delay-function-option';
      readonly option: string;
      readonly jitteredExports: readonly string[];
      readonly unjitteredFactories: readonly string[];
      readonly fixExport: string;
    }
  /** A backoff object option (cockatiel `backoff`), with no delay at all when absent; a fix constructs `fixConstructor` or names `fixGenerator`. */
  | {
      readonly kind: 'backoff-option';
      readonly option: string;
      readonly strategies: readonly RetryBackoffStrategy[];
      readonly fixConstructor: string;
      readonly fixGenerator: string;
    };

/** A retry library: how it is called, what bounds its attempts, and how (or whether) it jitters. */
export interface RetryLibraryEntry {
  /** The npm package name, used in messages and docs. */
  readonly name: string;
  /** Module specifiers that import it. */
  readonly modules: readonly string[];
  readonly calls: readonly RetryCallShape[];
  readonly instances?: RetryClientInstances;
  /**
   * Where the retry settings sit inside the call options, for clients that retry requests (ky, got). A call that
   * does not set this option keeps the library's defaults and is not reported.
   */
  readonly settings?: RetrySettingsOption;
  /**
   * A property the settings object is assigned to instead of being passed to a call (retry-axios reads
   * `instance.defaults.raxConfig` and each request's `raxConfig`); the library's calls then only apply its defaults,
   * and only in a file that never sets this property.
   */
  readonly settingsProperty?: string;
  readonly attempts: RetryAttemptLimit;
  readonly jitter: RetryJitterSetting;
  /** Options taking a user function that computes each delay (ky `delay`); a function with a random result counts as jitter. */
  readonly delayFunctionOptions: readonly string[];
  /** What the library does when no option is given, in one sentence, for the docs. */
  readonly defaults: string;
  readonly source: CatalogSource;
}
