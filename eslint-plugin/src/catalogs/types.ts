/**
 * The shapes of Balanced's library catalogs. Each catalog under `src/catalogs/` is one `readonly` array of
 * entries checked with `satisfies readonly <Entry>[]`: data only (no functions, no rule logic), each entry
 * citing the documentation or source it was checked against. The matchers in `src/util/` read them, and the
 * language server imports them from the plugin; there is no second copy.
 */

/** Where a library's behaviour was checked: a link to its docs or source, and the version read. */
export interface CatalogSource {
  readonly url: string;
  readonly version: string;
}

// ---- flag-sdks: feature-flag SDKs and their evaluation methods (read by src/flags/) ----

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

// ---- retry-libraries: retry libraries, their attempt limits and jitter settings (read by util/retry-library-calls.ts) ----

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

// ---- server-retry-delays and connection-loss-events: what else a retry reacts to (read by util/randomness.ts, util/retry-triggers.ts) ----

/** A way a server tells clients when to retry: a delay read from it is the server's choice, not the retry's. */
export interface ServerRetryDelayEntry {
  /** The convention's name, for the docs (`Retry-After`). */
  readonly name: string;
  /** Response header names, lower case (`retry-after`). */
  readonly headers: readonly string[];
  /** Leading words of the property and parameter names that clients and SDKs copy the delay into (`retryAfter`, `retry_after_ms`). */
  readonly nameWords: readonly (readonly string[])[];
  readonly source: CatalogSource;
}

/** How a connection, socket or stream of one library reports that it was lost. */
export interface ConnectionLossEntry {
  /** The library or API, for the docs (`ws`, `socket.io-client`). */
  readonly name: string;
  /** Event names passed to `on`, `once`, `addEventListener` and the like (`close`, `end`). */
  readonly events: readonly string[];
  /** Handler properties assigned a listener (`onclose`). */
  readonly handlerProperties: readonly string[];
  readonly source: CatalogSource;
}

// ---- tracers: span and metric APIs that count as instrumentation (read by src/util/instrumentation-calls.ts) ----

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

// ---- web-frameworks: how HTTP route handlers are registered (read by src/util/route-handlers.ts) ----

/** An HTTP method as route shapes name it; `ALL` is a handler for every method (Express `all`, a Pages API route). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ALL';

/** How an application or router object is created from a framework module: `express.Router()`, `new Hono()`, `new Router({ prefix })`. */
export interface RouterSource {
  /** Properties read from the module's main export (`[]` is the default or namespace import itself). */
  readonly path: readonly string[];
  readonly use: 'call' | 'new';
  /** Property of the first argument's options object that prefixes every route of the router (Koa `prefix`). */
  readonly prefixOption?: string;
}

/** Fastify's `route({ method, url, handler })`: a method taking one route object, and the object's property names. */
export interface RouteObjectShape {
  readonly method: string;
  readonly methodProperty: string;
  readonly pathProperty: string;
  readonly handlerProperty: string;
}

/** Frameworks whose routes are registered by calls on an application or router: `router.post('/checkout', handler)`. */
export interface RouterFrameworkEntry {
  readonly kind: 'router';
  readonly name: string;
  readonly modules: readonly string[];
  /** npm packages declaring the router types; typed linting confirms receivers against them. */
  readonly typePackages: readonly string[];
  readonly routers: readonly RouterSource[];
  /** Type names of applications and routers, recognised on parameter annotations (`app: FastifyInstance`) and with type information. */
  readonly routerTypeNames: readonly string[];
  /**
   * Methods registering a handler for one HTTP method. The path is the last of the leading string arguments (Koa takes
   * an optional route name first); the function arguments are middleware and the last one handles the request.
   */
  readonly methods: Readonly<Record<string, HttpMethod>>;
  /** Property of an options object argument that holds the handler (Fastify `post('/x', { handler })`). */
  readonly handlerOption?: string;
  readonly routeObject?: RouteObjectShape;
  /** Methods that fix the path for chained registrations (Express `router.route('/checkout').post(handler)`). */
  readonly pathChainMethods: readonly string[];
  /** Methods that mount a sub-router under a path prefix (`app.use('/api', router)`, Hono `app.route('/api', sub)`). */
  readonly mountMethods: readonly string[];
  /** Methods that return the router with a path prefix (Hono `new Hono().basePath('/api')`). */
  readonly basePathMethods: readonly string[];
  readonly source: CatalogSource;
}

/** Frameworks whose routes are files: Next.js `app/api/checkout/route.ts` exporting `POST`. */
export interface FileRouteFrameworkEntry {
  readonly kind: 'file';
  readonly name: string;
  /** Path segments of the folder under which files are routes (`['app']`, `['pages', 'api']`); the last occurrence in a path counts. */
  readonly rootSegments: readonly string[];
  /** The route file's base name (`route`), or undefined when every file is a route named by its base name (`index` is the folder). */
  readonly fileBaseName?: string;
  readonly extensions: readonly string[];
  /** Kept in the route path (`pages/api` routes are served under `/api`). */
  readonly pathPrefix: string;
  /** Exported names that handle requests, and the method each handles (`default` handles every method). */
  readonly handlerExports: Readonly<Record<string, HttpMethod>>;
  /** Prefixes of folder names that add no path segment: route groups `(shop)`, parallel routes `@modal`, private folders `_lib`. */
  readonly ignoredFolderPrefixes: readonly string[];
  readonly source: CatalogSource;
}

/** Frameworks whose routes are decorated controller methods: NestJS `@Post('pay')` under `@Controller('orders')`. */
export interface DecoratorRouteFrameworkEntry {
  readonly kind: 'decorator';
  readonly name: string;
  readonly modules: readonly string[];
  readonly controllerDecorators: readonly string[];
  /** Property of an options-object argument holding the controller path (`@Controller({ path: 'orders' })`). */
  readonly controllerPathProperty: string;
  readonly methodDecorators: Readonly<Record<string, HttpMethod>>;
  readonly source: CatalogSource;
}

/**
 * Front-end frameworks: a file that imports one is client code (a component, a store, a thunk), where a function
 * named `checkout` or `submitOrder` calls the server rather than being its critical path.
 */
export interface ClientFrameworkEntry {
  readonly kind: 'client';
  readonly name: string;
  readonly modules: readonly string[];
  readonly source: CatalogSource;
}

/**
 * RPC frameworks whose procedures are properties of a router object: tRPC
 * `createTRPCRouter({ createCheckout: protectedProcedure.input(schema).mutation(async ({ input }) => ...) })`.
 */
export interface ProcedureFrameworkEntry {
  readonly kind: 'procedure';
  readonly name: string;
  /** Names of the calls that build a router from an object of procedures (`router`, `t.router`, `createTRPCRouter`). */
  readonly routerFactories: readonly string[];
  /** A word of the builder a procedure chain starts from (`protectedProcedure`, `t.procedure`). */
  readonly builderWord: string;
  /** Chain methods that define a procedure which changes state; queries and subscriptions read. */
  readonly writeMethods: readonly string[];
  readonly source: CatalogSource;
}

export type WebFrameworkEntry = RouterFrameworkEntry | FileRouteFrameworkEntry | DecoratorRouteFrameworkEntry | ProcedureFrameworkEntry | ClientFrameworkEntry;

// ---- critical-vocabulary: words that name critical operations (read by src/util/critical-names.ts) ----

/** One critical operation and the words that name it. Names are matched on words (`splitWords`), never on substrings. */
export interface CriticalTerm {
  /** What the operation is, shown in messages (`payment`, `signup`). */
  readonly topic: string;
  /** Word sequences that name it, space-separated (`sign up` matches `signUp` and `sign_up`). */
  readonly phrases: readonly string[];
  /**
   * Set when a phrase is ambiguous in code: it then counts only with one of these words in the name, its class, its
   * file or its route (`register` needs `user` or `account`: `registerRoutes` is framework plumbing, not a signup).
   */
  readonly qualifiers?: readonly string[];
  /** Set when a route needs one of the `qualifiers` among its own words too (`/webhooks/stripe`, not `/webhooks/github`). */
  readonly routesNeedQualifier?: boolean;
  /** Words that give the phrase another meaning when they appear in the same name (`capture` + `exception`, `payment` + `method`). */
  readonly unless?: readonly string[];
}

/** Words that make a matching name something other than the operation itself (a read, a predicate, a schema, a button). */
export interface NonCriticalNameWords {
  /** First words of reads, predicates, pure transformations and framework hooks (`get`, `is`, `format`, `use`, `on`). */
  readonly leadingVerbs: readonly string[];
  /** Last words of names that denote a thing rather than the operation (`PaymentSchema`, `checkoutRouter`, `loginPage`). */
  readonly trailingNouns: readonly string[];
  /** Class-name and file-name endings whose members are persistence, mapping or plumbing (`PaymentRepository.save`, `db.ts`). */
  readonly classSuffixes: readonly string[];
}

// ---- http-clients and call-guards: outbound calls, what bounds their duration, and what guards them (read by util/outbound-calls.ts) ----

/**
 * An option that bounds how long a request may take, at `path` inside an options object:
 * `['timeout']` for axios, `['timeout', 'request']` for got, `['requestHandler', 'requestTimeout']` for an AWS client.
 * A `duration` is milliseconds, and `0`, `Infinity`, `false` or a negative number turn it off; a `presence` option
 * (an abort signal, a cancel token, a gRPC deadline) bounds the call whenever it is set, except to `Infinity`.
 */
export interface TimeBoundOption {
  readonly path: readonly string[];
  readonly kind: 'duration' | 'presence';
}

/** One way a request is started, from the module export or from an instance, and where its options object sits. */
export interface OutboundCallShape {
  /** Properties from the export or instance to the function (`[]` calls it itself: `axios(config)`); `*` stands for any one name. */
  readonly path: readonly string[];
  /**
   * Argument positions that may hold the options object, in order: a URL (string, template, `new URL()`) or an argument
   * of a `skippedArgumentTypes` type moves on to the next position, a callback ends the search.
   */
  readonly optionsArguments: readonly number[];
  /** Only calls whose last argument is a callback match (gRPC unary calls; its streaming calls return a stream). */
  readonly requiresCallback?: boolean;
  /** Names a `*` never matches (methods of gRPC's own `Client` class). */
  readonly excludedNames?: readonly string[];
  /** An argument that may be a `Request` object carrying its own options: `fetch(new Request(url, { signal }))`. */
  readonly requestArgument?: number;
}

/** How an instance is made from the module: `axios.create()` is `{ use: 'call', path: ['create'] }`, `new Client()` is `use: 'new'`; `*` matches any export. */
export interface ClientInstanceSource {
  readonly use: 'call' | 'new';
  readonly path: readonly string[];
  readonly optionsArgument: number;
}

/** A method that makes a new instance from an existing one (`got.extend()`, axios `instance.create()`). */
export interface ClientInstanceDerivation {
  readonly method: string;
  readonly optionsArgument: number;
  /** Whether the new instance keeps the options of the one it came from (ky's `extend` does, its `create` starts afresh). */
  readonly inheritsOptions: boolean;
}

/** Clients whose requests are made on instances that carry default options for every call. */
export interface ClientInstances {
  /** Module exports that are themselves instances with the library's defaults: `[[]]` for `axios`, `[[], ['got']]` for got's named export. */
  readonly exportedInstances: readonly (readonly string[])[];
  readonly sources: readonly ClientInstanceSource[];
  /**
   * Clients recognised by what they are constructed with rather than by their class: gRPC clients are classes generated
   * at run time (`new proto.Greeter(address, grpc.credentials.createInsecure(), options)`), so any constructor given a
   * value made by one of the module paths `argumentFrom` (a path prefix) makes a client, with its options at `optionsArgument`.
   */
  readonly constructedWith?: { readonly argumentFrom: readonly (readonly string[])[]; readonly optionsArgument: number };
  readonly derivations: readonly ClientInstanceDerivation[];
  readonly calls: readonly OutboundCallShape[];
  /** Options given when the instance is made that bound every call made on it. */
  readonly bounds: readonly TimeBoundOption[];
  /** A mutable defaults object whose assignments bound later calls (`api.defaults.timeout = 5000` in axios). */
  readonly defaultsProperty?: string;
  /** The option holding the base URL of every call: a root-relative one (`baseURL: '/api'`) only resolves in a browser. */
  readonly baseUrlOption?: readonly string[];
}

/**
 * What the "Add a timeout" suggestion writes, in the client's own idiom: an `option` at `path` whose value is the
 * milliseconds, `AbortSignal.timeout(ms)` or a gRPC deadline `Date.now() + ms`; or a `method` chained on the request
 * (superagent `.timeout(ms)`).
 */
export type TimeoutSuggestion =
  | { readonly kind: 'option'; readonly path: readonly string[]; readonly value: 'milliseconds' | 'abort-signal' | 'deadline' }
  | { readonly kind: 'method'; readonly method: string };

/** A library that makes outbound network calls, how its calls look, and what bounds their duration. */
export interface HttpClientEntry {
  /** Display name used in messages and docs (`axios`, `global fetch`). */
  readonly name: string;
  /** Module specifiers that import it, without `node:`; a trailing `*` matches any suffix (`@aws-sdk/client-*`); `<global>` for globals. */
  readonly modules: readonly string[];
  /** Calls on the module export that are not instance calls (`fetch()`, `http.request()`). */
  readonly calls: readonly OutboundCallShape[];
  readonly instances?: ClientInstances;
  /** Call options that bound the call. */
  readonly bounds: readonly TimeBoundOption[];
  /** Methods of the returned request whose first argument bounds it (superagent `.timeout(ms)`, `ClientRequest#setTimeout(ms)`). */
  readonly requestBoundMethods: readonly string[];
  /** Type names of arguments that are neither a URL nor the options (gRPC `Metadata`), constructed from the module or known by type. */
  readonly skippedArgumentTypes: readonly string[];
  /** Whether a call with no option at all is bounded by the library (ky's 10 s). */
  readonly boundedByDefault: boolean;
  /**
   * Whether a root-relative URL (`fetch('/api/orders')`) at the shape's `requestArgument` means the call runs in a browser:
   * true for the global `fetch`, which Node.js rejects with such a URL, so the call cannot be service code.
   */
  readonly relativeUrlMeansBrowser?: boolean;
  /** Call options only a browser honours (fetch's `credentials`, `mode`): a call that sets one runs in a browser. */
  readonly browserOnlyOptions?: readonly string[];
  /** What the library does when no option is given, as a clause for messages (`axios waits forever: its default is \`timeout: 0\``). */
  readonly defaultBehaviour: string;
  /** How to bound a call, naming the library's options, as a clause for messages. */
  readonly remedy: string;
  readonly suggestion: TimeoutSuggestion;
  /** Where the defaults were checked; several when the behaviour spans packages (the AWS SDK and its HTTP handler). */
  readonly sources: readonly CatalogSource[];
}

/**
 * How a guard is reached: `{ use: 'call' }` calls a module export (`pTimeout(promise, options)`), `{ use: 'new' }`
 * constructs one (`new CircuitBreaker(action)`), and `{ use: 'method' }` calls a method on an instance the module
 * made (`breaker.fire()`, `policy.execute(fn)`). Outbound calls inside `guardedArguments` (all when absent) are guarded.
 */
export type CallGuardShape =
  | { readonly use: 'call' | 'new'; readonly path: readonly string[]; readonly guardedArguments?: readonly number[] }
  | { readonly use: 'method'; readonly method: string };

/** A circuit breaker or timeout wrapper: an outbound call run through it is bounded. */
export interface CallGuardEntry {
  readonly name: string;
  readonly modules: readonly string[];
  readonly shapes: readonly CallGuardShape[];
  /** Module paths whose call (`use: 'call'`) or construction (`use: 'new'`) makes an instance for the `method` shapes; `*` matches any export. */
  readonly instanceSources: readonly { readonly use: 'call' | 'new'; readonly path: readonly string[] }[];
  readonly source: CatalogSource;
}

// ---- loggers and pii-fields: where log and telemetry records go, and which names are personal data (read by util/logger-sinks.ts and util/pii-names.ts) ----

/**
 * How code obtains a logger or a telemetry object from a library:
 * - `{ path, use: 'value' }`: the export is one (`import { consola } from 'consola'`, `import * as Sentry from '@sentry/node'`);
 * - `{ path, use: 'call' | 'new' }`: calling or constructing the export makes one (`pino()`, `winston.createLogger()`, `new Logger()`);
 * - `{ method }`: a method with this name on any receiver returns one (`meter.createCounter()`, `tracer.startSpan()`),
 *   for objects reached through values the rule cannot follow.
 */
export type LoggerSource = { readonly path: readonly string[]; readonly use: 'value' | 'call' | 'new' } | { readonly method: string };

/** Methods of a logger or telemetry object that write a record, and how their arguments carry data. */
export interface LoggerMethods {
  readonly names: readonly string[];
  /**
   * `all`: every argument is written (`logger.info(obj, msg)`, `counter.add(1, attributes)`); `key-value`: the first
   * argument is a key naming the second (`span.setAttribute('user.email', value)`, `Sentry.setTag('email', value)`).
   */
  readonly arguments: 'all' | 'key-value';
  /** The key a person's id goes under when a fix keeps only an object's safe fields (`setUser({ id: user.id })`); by default `<name>Id`. */
  readonly idKey?: string;
}

/** A logging library or a telemetry API whose calls write records that leave the process. */
export interface LoggerEntry {
  /** Display name used in messages and docs (`pino`, `OpenTelemetry spans`). */
  readonly name: string;
  /** `log` records go to log pipelines; `telemetry` records (span attributes, metric labels, error reports) go to vendors. */
  readonly kind: 'log' | 'telemetry';
  /** Module specifiers that import it. */
  readonly modules: readonly string[];
  /** Unshadowed globals that are loggers themselves (`console`). */
  readonly globals: readonly string[];
  /** npm packages whose declarations give its loggers their types; typed linting confirms receivers against them. */
  readonly typePackages: readonly string[];
  /** Declared type names of its loggers (`Logger`, `Span`, `FastifyBaseLogger`). */
  readonly typeNames: readonly string[];
  readonly sources: readonly LoggerSource[];
  /** Whether a logger it makes is itself the function that logs (`const log = debug('app'); log('...')`). */
  readonly isCallable: boolean;
  /**
   * Without type information or a visible creation, a receiver (or, for callable loggers, a function) still counts when
   * the last word of its name is one of these (`this.logger.info()`, `req.log.warn()`, `checkoutSpan.setAttribute()`).
   */
  readonly receiverWords: readonly string[];
  readonly methods: readonly LoggerMethods[];
  /** Methods that return a child logger whose arguments (its bindings) are written on every record it makes (`logger.child({ userId })`). */
  readonly childMethods: readonly string[];
  /** Option of the factory's first argument listing record paths the library censors (pino `redact`: an array, or `{ paths }`). */
  readonly redactOption?: string;
  /** Functions the logger writes some record keys through instead of their values (pino `serializers`). */
  readonly serializers?: LoggerSerializers;
  readonly source: CatalogSource;
}

/**
 * A logger option mapping record keys to serializer functions: the value under such a key is written as its serializer
 * returns it. A team's own serializer decides what is written; the library's own ones write known fields.
 */
export interface LoggerSerializers {
  /** The option of the factory's first argument (and of a child call's second): `pino({ serializers: { user: toLogUser } })`. */
  readonly option: string;
  /** Where the library exports its own serializers, below the module (`['stdSerializers']` for `pino.stdSerializers`). */
  readonly standardExport: readonly string[];
  /** The record fields, as key paths, each of the library's serializers writes that may be personal (`req` writes `headers.authorization`). */
  readonly standardWrites: Readonly<Record<string, readonly (readonly string[])[]>>;
}

/** What a personal-data name denotes. Names are matched on words (`splitWords`), never on substrings. */
export interface PiiFieldEntry {
  readonly kind: 'field';
  /** What such a value is, in messages: `an email address`, `a password`. */
  readonly description: string;
  /** Secrets (credentials) are reported as secrets rather than personal data. */
  readonly isSecret: boolean;
  /** Space-separated word sequences that name it (`date of birth` matches `dateOfBirth` and `date_of_birth`). */
  readonly phrases: readonly string[];
  /**
   * Set when a phrase alone is too common in code: it then counts only when a word before it in the name, or the
   * object it is read from, is one of these (`name` on `user.name` or in `customerName`, not `file.name`).
   */
  readonly onlyWith?: readonly string[];
  /** Words that give the phrase a non-personal meaning anywhere in the name or the object it is read from (`serverAddress`, `nextPageToken`). */
  readonly unless?: readonly string[];
  /** Whether a hashed or encrypted form still counts (a password hash can be cracked offline; an email hash cannot be read). */
  readonly isSensitiveWhenHashed: boolean;
  readonly source: CatalogSource;
}

/** Words that make a name describe personal data rather than hold it; each decision is listed in the docs. */
export interface PiiQualifierEntry {
  readonly kind: 'qualifier';
  /**
   * - `leading`: as the first word of a name, it makes the name a flag or a count (`isPhoneValid`, `hasEmail`, `numAddresses`);
   * - `redacted`: anywhere in a name, the value is already redacted (`maskedEmail`, `cardLast4`);
   * - `hashed`: anywhere in a name, the value is hashed or encrypted (`emailHash`), which does not protect fields that are
   *   sensitive when hashed (`passwordHash`);
   * - `same-value`: after the personal phrase, these words keep the value itself (`phoneNumber`, `emailRaw`, `addressLine1`).
   *   Any other word after the phrase is the head of the name and names something else (`emailVerified`, `tokenCount`);
   * - `container`: after a holder's words, these name the same record in another form (`createUserDto`, `customerData`).
   */
  readonly role: 'leading' | 'redacted' | 'hashed' | 'same-value' | 'container';
  /** Words, or space-separated word sequences (`last 4`). */
  readonly words: readonly string[];
  /** Why, for the docs. */
  readonly reason: string;
}

/** Names that look personal but are identifiers, like ids (`username`, `userName`): not reported unless configured. */
export interface PiiIdentifierEntry {
  readonly kind: 'identifier';
  readonly phrases: readonly string[];
  readonly reason: string;
}

/**
 * Values that hold personal data as a whole, recognised without type information (with it, their types decide):
 * records named after a person (`user`, `currentCustomer`, `req.user`) and request data (`req.body`, `req.headers`).
 */
export interface PiiHolderEntry {
  readonly kind: 'holder';
  /** What the value is, in messages: `a user record`, `the request body`. */
  readonly description: string;
  /**
   * Last words (or word sequences) of identifiers and properties that name such a value (`user` matches `user`,
   * `currentUser`, `req.user`), also before container words (`createUserDto`, `customerData`).
   */
  readonly words: readonly string[];
  /** Set when the words name such a value only before a container word (`loginDto`), because alone they name something else (`login`). */
  readonly needsContainerWord?: boolean;
  /** Member paths of such values, matched at the end of a path (`request.body` matches `ctx.request.body`). */
  readonly paths: readonly string[];
}

/** Calls whose result no longer carries the personal data given to them (`redact(x)`, `maskEmail(x)`, `crypto.createHash(...)`). */
export interface PiiRedactorEntry {
  readonly kind: 'redactor';
  /** Words of a function or method name (in the callee or anywhere in its call chain) that make it a redactor. */
  readonly words: readonly string[];
  readonly reason: string;
}

export type PiiWordEntry = PiiFieldEntry | PiiQualifierEntry | PiiIdentifierEntry | PiiHolderEntry | PiiRedactorEntry;
