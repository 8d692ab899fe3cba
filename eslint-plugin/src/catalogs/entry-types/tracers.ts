// Catalog entry types: tracers: span and metric APIs that count as instrumentation (read by src/util/instrumentation-calls.ts).

import type { CatalogSource } from './catalog-source';

/**
 * How code obtains the object an instrumentation method is called on (or the function itself):
 * - `{ path, use: 'value' }`: the module export itself (`import tracer from 'dd-trace'`, `import * as Sentry from '@sentry/node'`);
 * - `{ path, use: 'call' | 'new' }`: the result of calling or constructing an export (`require('dd-trace').init()`, `new client.Counter()`);
 * - `{ method }`: the result of a method with this name on any receiver (`meter.createCounter(...)`), for factories
 *   reached through objects the rule cannot follow (a meter from `metrics.getMeter()` or an injected `MetricService`);
 * - `{ use: 'any' }`: any receiver at all, for method names that exist only on tracing APIs (`startActiveSpan`).
 */
export type InstrumentationSource =
  | { readonly path: readonly string[]; readonly use: 'value' | 'call' | 'new' }
  | { readonly method: string }
  | { readonly use: 'any' };

/**
 * Who ends a span a call starts, for `span-must-end`: `automatic` spans end when their callback settles (Sentry
 * `startSpan`, dd-trace `trace`); `returned` spans (`tracer.startSpan`) and `callback` spans (the first parameter of
 * the last-argument callback of `startActiveSpan`) must be ended by the code with `endMethod`.
 */
export type SpanLifecycle =
  | { readonly ends: 'automatic' }
  | {
      readonly ends: 'returned' | 'callback';
      /** The method that ends the span, which fixes call. */
      readonly endMethod: string;
      /** Other methods that end it too, for spans of tracers reached through any receiver (OpenTracing's `finish`). */
      readonly alsoEndedBy?: readonly string[];
    };

/** Methods of an instrumentation object that start a span or record a metric. */
export interface InstrumentationMethods {
  readonly kind: 'span' | 'metric';
  /** Properties between the instrumentation object and the method (`['dogstatsd']` for dd-trace's `tracer.dogstatsd.increment`). */
  readonly path: readonly string[];
  /** Method names, or `any` when every method of the object records (an application's own `metrics` facade). */
  readonly names: readonly string[] | 'any';
  /** Set for spans: who ends them. */
  readonly lifecycle?: SpanLifecycle;
}

/** Decorators exported by a module that wrap a method or every method of a class in a span or a metric (nestjs-otel `@Span()`). */
export interface InstrumentationDecorators {
  readonly kind: 'span' | 'metric';
  readonly names: readonly string[];
}

/** A tracing or metrics API whose calls count as instrumenting the code they run in. */
export interface TracerEntry {
  /** Display name used in messages and docs (`OpenTelemetry metrics`). */
  readonly name: string;
  /** Module specifiers that import it (may be empty for receiver-name-only entries). */
  readonly modules: readonly string[];
  /** npm packages whose declarations give the instrumentation objects their types; typed linting confirms receivers against them. */
  readonly typePackages: readonly string[];
  /** How code obtains the instrumentation object. */
  readonly sources: readonly InstrumentationSource[];
  /** Declared type names of the instrumentation object (`Counter`, `Histogram`), for typed confirmation and annotations. */
  readonly typeNames: readonly string[];
  /**
   * Without type information, a receiver the rule cannot trace (imported from another module, injected) still counts
   * when its name contains one of these words (`checkoutCounter.add(1)`, `this.metrics.increment()`).
   */
  readonly receiverWords: readonly string[];
  /** Methods that return the same instrument with labels bound (prom-client `counter.labels('eu').inc()`). */
  readonly passThroughMethods: readonly string[];
  readonly methods: readonly InstrumentationMethods[];
  readonly decorators: readonly InstrumentationDecorators[];
  readonly source: CatalogSource;
}
