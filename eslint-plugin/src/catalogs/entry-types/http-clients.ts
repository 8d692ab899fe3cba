// Catalog entry types: http-clients and call-guards: outbound calls, what bounds their duration, and what guards them (read by util/outbound-calls.ts).

import type { CatalogSource } from './catalog-source';

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
