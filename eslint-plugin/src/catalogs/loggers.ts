import type { LoggerEntry, LoggerMethods } from './types';

/**
 * Where log and telemetry records go: logging libraries, their child loggers, and the telemetry APIs whose attributes
 * leave the process (`balanced/no-pii-in-logs`, through `util/logger-sinks.ts`). Versions are those installed as
 * devDependencies and type-checked by the tests.
 */

// The level methods most libraries share; a receiver recognised only by its name (`this.logger`) logs through these.
const COMMON_LEVELS = ['trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'log', 'verbose', 'silly', 'notice', 'critical'];

// pino's levels, shared by bunyan and Fastify's logger (which is a pino logger).
const PINO_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

// Sentry's scope API, the same on the SDK namespace and on a `Scope`. `setUser({ id })` is the documented way to
// identify a user without personal data, so its safe-fields fix keeps the id under `id`.
// https://docs.sentry.io/platforms/javascript/guides/node/enriching-events/
const SENTRY_METHODS = [
  { names: ['captureMessage', 'captureException', 'captureEvent', 'addBreadcrumb', 'setTags', 'setExtras'], arguments: 'all' },
  { names: ['setUser'], arguments: 'all', idKey: 'id' },
  { names: ['setTag', 'setExtra', 'setContext'], arguments: 'key-value' },
] satisfies readonly LoggerMethods[];

export const loggers = [
  {
    name: 'console',
    kind: 'log',
    modules: ['console'],
    globals: ['console'],
    typePackages: [],
    typeNames: [],
    sources: [{ path: [], use: 'value' }],
    isCallable: false,
    receiverWords: [],
    methods: [{ names: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table'], arguments: 'all' }],
    childMethods: [],
    source: { url: 'https://nodejs.org/api/console.html', version: 'Node.js 20' },
  },
  {
    name: 'pino',
    kind: 'log',
    modules: ['pino'],
    globals: [],
    typePackages: ['pino'],
    typeNames: ['Logger', 'BaseLogger'],
    sources: [
      { path: [], use: 'call' },
      { path: ['pino'], use: 'call' },
    ],
    isCallable: false,
    receiverWords: [],
    methods: [{ names: PINO_LEVELS, arguments: 'all' }],
    childMethods: ['child'],
    // `pino({ redact: ['user.email'] })` or `{ redact: { paths, censor, remove } }`; children inherit it.
    redactOption: 'redact',
    // `pino.stdSerializers.req` writes id, method, url, query, params, headers, remoteAddress and remotePort;
    // `res` writes statusCode and headers; `err` the error's type, message and stack.
    // https://github.com/pinojs/pino-std-serializers#readme
    serializers: {
      option: 'serializers',
      standardExport: ['stdSerializers'],
      standardWrites: { req: [['headers', 'authorization'], ['headers', 'cookie'], ['remoteAddress']], res: [['headers', 'set-cookie']], err: [] },
    },
    source: { url: 'https://github.com/pinojs/pino/blob/main/docs/api.md', version: 'pino 10.4.0' },
  },
  {
    // Fastify's `app.log`, `request.log` and `reply.log` are pino loggers configured by `Fastify({ logger })`.
    name: 'Fastify logger',
    kind: 'log',
    modules: ['fastify'],
    globals: [],
    typePackages: ['fastify'],
    typeNames: ['FastifyBaseLogger'],
    sources: [],
    isCallable: false,
    receiverWords: [],
    methods: [{ names: PINO_LEVELS, arguments: 'all' }],
    childMethods: ['child'],
    source: { url: 'https://fastify.dev/docs/latest/Reference/Logging/', version: 'fastify 5.12.8' },
  },
  {
    name: 'winston',
    kind: 'log',
    modules: ['winston'],
    globals: [],
    typePackages: ['winston'],
    typeNames: ['Logger'],
    // The module is a default logger too: `winston.info('...')`.
    sources: [
      { path: [], use: 'value' },
      { path: ['createLogger'], use: 'call' },
      { path: ['loggers', 'get'], use: 'call' },
      { path: ['loggers', 'add'], use: 'call' },
    ],
    isCallable: false,
    receiverWords: [],
    methods: [
      // npm levels, then the syslog levels a `levels: winston.config.syslog.levels` logger has.
      { names: ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly', 'emerg', 'alert', 'crit', 'warning', 'notice'], arguments: 'all' },
    ],
    childMethods: ['child'],
    source: { url: 'https://github.com/winstonjs/winston#readme', version: 'winston 3.19.0' },
  },
  {
    name: 'bunyan',
    kind: 'log',
    modules: ['bunyan'],
    globals: [],
    typePackages: ['bunyan'],
    typeNames: ['Logger'],
    sources: [
      { path: ['createLogger'], use: 'call' },
      { path: [], use: 'new' },
    ],
    isCallable: false,
    receiverWords: [],
    methods: [{ names: PINO_LEVELS, arguments: 'all' }],
    childMethods: ['child'],
    source: { url: 'https://github.com/trentm/node-bunyan#readme', version: 'bunyan 2.0.5' },
  },
  {
    name: 'log4js',
    kind: 'log',
    modules: ['log4js'],
    globals: [],
    typePackages: ['log4js'],
    typeNames: ['Logger'],
    sources: [{ path: ['getLogger'], use: 'call' }],
    isCallable: false,
    receiverWords: [],
    methods: [
      { names: ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log'], arguments: 'all' },
      // `logger.addContext('user', value)` writes the value on every later record of that logger.
      { names: ['addContext'], arguments: 'key-value' },
    ],
    childMethods: [],
    source: { url: 'https://log4js-node.github.io/log4js-node/api.html', version: 'log4js 6.9.1' },
  },
  {
    name: 'consola',
    kind: 'log',
    modules: ['consola', 'consola/basic', 'consola/core'],
    globals: [],
    typePackages: ['consola'],
    typeNames: ['ConsolaInstance'],
    sources: [
      { path: [], use: 'value' },
      { path: ['consola'], use: 'value' },
      { path: ['createConsola'], use: 'call' },
    ],
    isCallable: false,
    receiverWords: [],
    methods: [
      { names: ['log', 'info', 'start', 'success', 'ready', 'warn', 'error', 'fail', 'fatal', 'debug', 'trace', 'verbose', 'box'], arguments: 'all' },
    ],
    childMethods: ['withTag', 'withDefaults', 'create'],
    source: { url: 'https://github.com/unjs/consola#readme', version: 'consola 3.4.2' },
  },
  {
    // `new Logger(Service.name)` and the static `Logger.log(...)`; `LoggerService` is what DI injects.
    name: 'NestJS Logger',
    kind: 'log',
    modules: ['@nestjs/common'],
    globals: [],
    typePackages: ['@nestjs/common'],
    typeNames: ['Logger', 'LoggerService', 'ConsoleLogger'],
    sources: [
      { path: ['Logger'], use: 'new' },
      { path: ['ConsoleLogger'], use: 'new' },
      { path: ['Logger'], use: 'value' },
    ],
    isCallable: false,
    receiverWords: [],
    methods: [{ names: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'], arguments: 'all' }],
    childMethods: [],
    source: { url: 'https://docs.nestjs.com/techniques/logger', version: '@nestjs/common 11.2.10' },
  },
  {
    // `const log = debug('app:http'); log('...')`; `log.extend('sub')` makes a namespaced child.
    name: 'debug',
    kind: 'log',
    modules: ['debug'],
    globals: [],
    typePackages: ['debug'],
    typeNames: ['Debugger'],
    sources: [
      { path: [], use: 'call' },
      { path: ['debug'], use: 'call' },
    ],
    isCallable: true,
    receiverWords: [],
    methods: [],
    childMethods: ['extend'],
    source: { url: 'https://github.com/debug-js/debug#readme', version: 'debug 4.4.3' },
  },
  {
    name: 'util.debuglog',
    kind: 'log',
    modules: ['util'],
    globals: [],
    typePackages: [],
    typeNames: ['DebugLogger'],
    sources: [{ path: ['debuglog'], use: 'call' }],
    isCallable: true,
    receiverWords: [],
    methods: [],
    childMethods: [],
    source: { url: 'https://nodejs.org/api/util.html#utildebuglogsection-callback', version: 'Node.js 20' },
  },
  {
    // Loggers injected by a framework or imported from the application's own logging module, recognised by name:
    // `this.logger.info()`, `req.log.warn()`, `log('...')`.
    name: 'logger',
    kind: 'log',
    modules: [],
    globals: [],
    typePackages: [],
    typeNames: [],
    sources: [],
    isCallable: true,
    receiverWords: ['logger', 'log'],
    methods: [{ names: COMMON_LEVELS, arguments: 'all' }],
    childMethods: ['child'],
    source: { url: 'https://github.com/pinojs/pino-http#readme', version: 'pino-http 11 (req.log)' },
  },
  {
    name: 'OpenTelemetry spans',
    kind: 'telemetry',
    modules: ['@opentelemetry/api'],
    globals: [],
    typePackages: ['@opentelemetry/api'],
    typeNames: ['Span'],
    sources: [{ method: 'startSpan' }, { method: 'getActiveSpan' }, { method: 'getSpan' }],
    isCallable: false,
    // The callback parameter of `tracer.startActiveSpan('name', (span) => ...)`.
    receiverWords: ['span'],
    methods: [
      { names: ['setAttribute'], arguments: 'key-value' },
      { names: ['setAttributes', 'addEvent', 'setStatus', 'updateName'], arguments: 'all' },
    ],
    childMethods: [],
    source: { url: 'https://open-telemetry.github.io/opentelemetry-js/interfaces/_opentelemetry_api.Span.html', version: '@opentelemetry/api 1.9.1' },
  },
  {
    name: 'OpenTelemetry metrics',
    kind: 'telemetry',
    modules: ['@opentelemetry/api'],
    globals: [],
    typePackages: ['@opentelemetry/api'],
    typeNames: ['Counter', 'UpDownCounter', 'Histogram', 'Gauge', 'ObservableResult'],
    sources: [{ method: 'createCounter' }, { method: 'createUpDownCounter' }, { method: 'createHistogram' }, { method: 'createGauge' }],
    isCallable: false,
    receiverWords: ['counter', 'histogram', 'gauge'],
    // `counter.add(1, attributes)`, `histogram.record(ms, attributes)`, `result.observe(value, attributes)`.
    methods: [{ names: ['add', 'record', 'observe'], arguments: 'all' }],
    childMethods: [],
    source: { url: 'https://open-telemetry.github.io/opentelemetry-js/interfaces/_opentelemetry_api.Counter.html', version: '@opentelemetry/api 1.9.1' },
  },
  {
    name: 'prom-client',
    kind: 'telemetry',
    modules: ['prom-client'],
    globals: [],
    typePackages: ['prom-client'],
    typeNames: ['Counter', 'Gauge', 'Histogram', 'Summary'],
    sources: [
      { path: ['Counter'], use: 'new' },
      { path: ['Gauge'], use: 'new' },
      { path: ['Histogram'], use: 'new' },
      { path: ['Summary'], use: 'new' },
    ],
    isCallable: false,
    receiverWords: [],
    // Label values: `counter.inc({ route })`, `counter.labels({ route }).inc()`, `histogram.observe({ route }, 0.2)`.
    methods: [{ names: ['inc', 'dec', 'set', 'observe', 'labels', 'startTimer'], arguments: 'all' }],
    childMethods: [],
    source: { url: 'https://github.com/siimon/prom-client#readme', version: 'prom-client 15.1.3' },
  },
  {
    name: 'Sentry',
    kind: 'telemetry',
    modules: ['@sentry/node', '@sentry/core', '@sentry/browser', '@sentry/react', '@sentry/nextjs', '@sentry/nestjs', '@sentry/bun', '@sentry/aws-serverless'],
    globals: [],
    typePackages: ['@sentry/core'],
    typeNames: ['Scope'],
    sources: [{ path: [], use: 'value' }, { method: 'getCurrentScope' }, { method: 'getIsolationScope' }, { method: 'getGlobalScope' }],
    isCallable: false,
    // The callback parameter of `Sentry.withScope((scope) => ...)`.
    receiverWords: ['scope'],
    methods: SENTRY_METHODS,
    childMethods: [],
    source: { url: 'https://docs.sentry.io/platforms/javascript/guides/node/apis/', version: '@sentry/node 11.12.0' },
  },
] satisfies readonly LoggerEntry[];
