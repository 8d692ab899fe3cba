import type { TracerEntry } from './types';

/**
 * Span and metric APIs whose calls count as instrumenting the code they run in (`instrument-critical-path`), and
 * how the spans they start are ended (`span-must-end`). A generic HTTP-server span from auto-instrumentation or a
 * middleware is deliberately absent: it cannot tell a declined payment from a slow one.
 */
export const tracers = [
  {
    name: 'OpenTelemetry traces',
    modules: ['@opentelemetry/api'],
    typePackages: ['@opentelemetry/api'],
    // These method names exist only on tracers (OpenTelemetry's, and the OpenTracing-style tracers of nestjs-otel's
    // TraceService and dd-trace), so any receiver counts: a tracer is often injected or imported from a tracing module.
    sources: [{ use: 'any' }],
    typeNames: ['Tracer'],
    receiverWords: [],
    passThroughMethods: [],
    methods: [
      { kind: 'span', path: [], names: ['startActiveSpan'], lifecycle: { ends: 'callback', endMethod: 'end' } },
      // An OpenTracing-style tracer (dd-trace's, nestjs-otel's TraceService) reached through an unknown receiver ends its spans with `finish()`.
      { kind: 'span', path: [], names: ['startSpan'], lifecycle: { ends: 'returned', endMethod: 'end', alsoEndedBy: ['finish'] } },
    ],
    decorators: [],
    source: { url: 'https://open-telemetry.github.io/opentelemetry-js/interfaces/_opentelemetry_api.Tracer.html', version: '@opentelemetry/api 1.9.1' },
  },
  {
    name: 'OpenTelemetry metrics',
    modules: ['@opentelemetry/api'],
    typePackages: ['@opentelemetry/api'],
    sources: [{ method: 'createCounter' }, { method: 'createUpDownCounter' }, { method: 'createHistogram' }, { method: 'createGauge' }],
    typeNames: ['Counter', 'UpDownCounter', 'Histogram', 'Gauge'],
    receiverWords: ['counter', 'histogram', 'gauge'],
    passThroughMethods: [],
    methods: [{ kind: 'metric', path: [], names: ['add', 'record'] }],
    decorators: [],
    source: { url: 'https://open-telemetry.github.io/opentelemetry-js/interfaces/_opentelemetry_api.Meter.html', version: '@opentelemetry/api 1.9.1' },
  },
  {
    name: 'Sentry',
    modules: ['@sentry/node', '@sentry/core', '@sentry/nestjs', '@sentry/nextjs', '@sentry/bun', '@sentry/aws-serverless', '@sentry/google-cloud-serverless'],
    typePackages: ['@sentry/core'],
    sources: [{ path: [], use: 'value' }],
    typeNames: [],
    receiverWords: [],
    passThroughMethods: [],
    methods: [
      { kind: 'span', path: [], names: ['startSpan'], lifecycle: { ends: 'automatic' } },
      { kind: 'span', path: [], names: ['startSpanManual'], lifecycle: { ends: 'callback', endMethod: 'end' } },
      { kind: 'span', path: [], names: ['startInactiveSpan'], lifecycle: { ends: 'returned', endMethod: 'end' } },
      // `count`, `gauge`, `distribution` since SDK 10; `increment` and `set` in SDK 8.
      { kind: 'metric', path: ['metrics'], names: ['count', 'gauge', 'distribution', 'increment', 'set'] },
    ],
    // @sentry/nestjs: `@SentryTraced('name')` wraps a method in `startSpan`.
    decorators: [{ kind: 'span', names: ['SentryTraced'] }],
    source: { url: 'https://docs.sentry.io/platforms/javascript/guides/node/tracing/instrumentation/custom-instrumentation/', version: '@sentry/node 11.12.0' },
  },
  {
    name: 'dd-trace',
    modules: ['dd-trace'],
    typePackages: ['dd-trace'],
    // The default export is the tracer; `init()` returns it too.
    sources: [
      { path: [], use: 'value' },
      { path: ['init'], use: 'call' },
    ],
    typeNames: ['Tracer'],
    receiverWords: [],
    passThroughMethods: [],
    methods: [
      // `trace(name, fn)` ends the span when `fn` returns or its promise settles (or when it calls `done`); `wrap` likewise.
      { kind: 'span', path: [], names: ['trace', 'wrap'], lifecycle: { ends: 'automatic' } },
      { kind: 'span', path: [], names: ['startSpan'], lifecycle: { ends: 'returned', endMethod: 'finish' } },
      { kind: 'metric', path: ['dogstatsd'], names: ['increment', 'decrement', 'distribution', 'gauge', 'histogram'] },
    ],
    decorators: [],
    source: { url: 'https://datadoghq.dev/dd-trace-js/interfaces/export_.Tracer.html', version: 'dd-trace 5.132.0' },
  },
  {
    name: 'prom-client',
    modules: ['prom-client'],
    typePackages: ['prom-client'],
    sources: [
      { path: ['Counter'], use: 'new' },
      { path: ['Gauge'], use: 'new' },
      { path: ['Histogram'], use: 'new' },
      { path: ['Summary'], use: 'new' },
    ],
    typeNames: ['Counter', 'Gauge', 'Histogram', 'Summary'],
    receiverWords: ['counter', 'histogram', 'summary', 'gauge'],
    passThroughMethods: ['labels'],
    methods: [{ kind: 'metric', path: [], names: ['inc', 'dec', 'set', 'observe', 'startTimer'] }],
    decorators: [],
    source: { url: 'https://github.com/siimon/prom-client/blob/v15.1.3/index.d.ts', version: 'prom-client 15.1.3' },
  },
  {
    name: 'nestjs-otel',
    modules: ['nestjs-otel'],
    typePackages: ['nestjs-otel', '@opentelemetry/api'],
    // `MetricService.getCounter()` and friends return OpenTelemetry instruments; `TraceService.startSpan` is covered above.
    sources: [{ method: 'getCounter' }, { method: 'getUpDownCounter' }, { method: 'getHistogram' }, { method: 'getGauge' }],
    typeNames: ['Counter', 'UpDownCounter', 'Histogram', 'Gauge'],
    receiverWords: [],
    passThroughMethods: [],
    methods: [{ kind: 'metric', path: [], names: ['add', 'record'] }],
    decorators: [
      // `@Traceable()` (a class decorator, nestjs-otel 8) applies `@Span()` to every method.
      { kind: 'span', names: ['Span', 'Traceable'] },
      { kind: 'metric', names: ['OtelMethodCounter'] },
    ],
    source: { url: 'https://github.com/pragmaticivan/nestjs-otel/blob/main/README.md', version: 'nestjs-otel 7.0.1 (Traceable: 8.0.1)' },
  },
  {
    name: 'New Relic',
    modules: ['newrelic'],
    typePackages: ['newrelic'],
    sources: [{ path: [], use: 'value' }],
    typeNames: [],
    receiverWords: [],
    passThroughMethods: [],
    methods: [
      // Each ends its segment or transaction when the handler returns, or when the promise it returns settles.
      { kind: 'span', path: [], names: ['startSegment', 'startWebTransaction', 'startBackgroundTransaction'], lifecycle: { ends: 'automatic' } },
      { kind: 'metric', path: [], names: ['recordMetric', 'incrementMetric', 'recordCustomEvent'] },
    ],
    decorators: [],
    source: { url: 'https://newrelic.github.io/node-newrelic/API.html', version: 'newrelic 13' },
  },
  {
    name: 'Elastic APM',
    modules: ['elastic-apm-node'],
    typePackages: ['elastic-apm-node'],
    // The default export is the agent; `start()` returns it too.
    sources: [
      { path: [], use: 'value' },
      { path: ['start'], use: 'call' },
    ],
    typeNames: ['Agent'],
    receiverWords: [],
    passThroughMethods: [],
    methods: [{ kind: 'span', path: [], names: ['startTransaction', 'startSpan'], lifecycle: { ends: 'returned', endMethod: 'end' } }],
    decorators: [],
    source: { url: 'https://www.elastic.co/docs/reference/apm/agents/nodejs/agent-api', version: 'elastic-apm-node 4' },
  },
  {
    name: 'Powertools for AWS Lambda',
    modules: ['@aws-lambda-powertools/tracer', '@aws-lambda-powertools/metrics'],
    typePackages: ['@aws-lambda-powertools/tracer', '@aws-lambda-powertools/metrics'],
    sources: [
      { path: ['Tracer'], use: 'new' },
      { path: ['Metrics'], use: 'new' },
    ],
    typeNames: ['Tracer', 'Metrics'],
    receiverWords: [],
    passThroughMethods: [],
    methods: [
      // Decorator factories (`@tracer.captureLambdaHandler()`, `@tracer.captureMethod()`): each call opens and closes a subsegment.
      { kind: 'span', path: [], names: ['captureLambdaHandler', 'captureMethod'], lifecycle: { ends: 'automatic' } },
      { kind: 'metric', path: [], names: ['addMetric'] },
    ],
    decorators: [],
    source: { url: 'https://docs.aws.amazon.com/powertools/typescript/latest/features/tracer/', version: '@aws-lambda-powertools/tracer 2' },
  },
  {
    name: 'metrics or tracing facade',
    // An application's own wrapper (`this.metrics.checkoutCompleted()`, `statsd.increment()`) that the rule cannot
    // follow without type information: a call on a receiver named like this is taken as instrumentation.
    modules: [],
    typePackages: [],
    sources: [],
    typeNames: [],
    receiverWords: ['metrics', 'telemetry', 'statsd', 'dogstatsd', 'instrumentation'],
    passThroughMethods: [],
    methods: [{ kind: 'metric', path: [], names: 'any' }],
    decorators: [],
    source: { url: 'https://github.com/balanced-tools/balanced/blob/main/eslint-plugin/docs/rules/instrument-critical-path.md#what-counts-as-instrumentation', version: 'n/a' },
  },
] as const satisfies readonly TracerEntry[];

/**
 * Words in the name of a higher-order function or decorator that the rule cannot read (imported without type
 * information, or declared in a package's `.d.ts`) that mark it as instrumenting what it wraps: `withSpan(fn)`,
 * `traced(fn)`, `@Instrument()`. A wrapper the rule can read is judged by its body instead.
 */
export const tracingWrapperWords = [
  'span', 'trace', 'traced', 'traceable', 'tracing', 'instrument', 'instrumented', 'telemetry', 'otel', 'metric', 'metrics',
  'metered', 'measure', 'measured', 'timed', 'monitor', 'monitored', 'observe', 'observed',
] as const satisfies readonly string[];
