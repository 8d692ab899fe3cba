import type { HttpClientEntry, OutboundCallShape, TimeBoundOption } from './types';

/**
 * Libraries that make outbound network calls: how a call looks, which options bound its duration, and what the
 * library does when none is given. Read by `util/outbound-calls.ts` for `no-unguarded-outbound-call`. Each entry
 * was checked against the library's own source or documentation at the version cited.
 */

const signal: TimeBoundOption = { path: ['signal'], kind: 'presence' };

/** axios' request methods, on the default export and on instances: `(config)`, `(url, config)`, `(url, data, config)`. */
const axiosCalls: readonly OutboundCallShape[] = [
  { path: [], optionsArguments: [0, 1] },
  { path: ['request'], optionsArguments: [0] },
  { path: ['get'], optionsArguments: [1] },
  { path: ['delete'], optionsArguments: [1] },
  { path: ['head'], optionsArguments: [1] },
  { path: ['options'], optionsArguments: [1] },
  { path: ['post'], optionsArguments: [2] },
  { path: ['put'], optionsArguments: [2] },
  { path: ['patch'], optionsArguments: [2] },
  { path: ['postForm'], optionsArguments: [2] },
  { path: ['putForm'], optionsArguments: [2] },
  { path: ['patchForm'], optionsArguments: [2] },
];

const axiosBounds: readonly TimeBoundOption[] = [{ path: ['timeout'], kind: 'duration' }, signal, { path: ['cancelToken'], kind: 'presence' }];

/** got's request methods, on the default export and on instances: `(url, options)` or `(options)`. */
const gotCalls: readonly OutboundCallShape[] = [
  { path: [], optionsArguments: [0, 1] },
  { path: ['get'], optionsArguments: [0, 1] },
  { path: ['post'], optionsArguments: [0, 1] },
  { path: ['put'], optionsArguments: [0, 1] },
  { path: ['patch'], optionsArguments: [0, 1] },
  { path: ['head'], optionsArguments: [0, 1] },
  { path: ['delete'], optionsArguments: [0, 1] },
  { path: ['stream'], optionsArguments: [0, 1] },
];

/**
 * got's `timeout` is an object of phase limits. `request`, `response`, `socket` and `read` end a call to a dependency
 * that accepted the connection and then hung; `lookup`, `connect`, `secureConnect` and `send` do not.
 */
const gotBounds: readonly TimeBoundOption[] = [
  { path: ['timeout', 'request'], kind: 'duration' },
  { path: ['timeout', 'response'], kind: 'duration' },
  { path: ['timeout', 'socket'], kind: 'duration' },
  { path: ['timeout', 'read'], kind: 'duration' },
  signal,
];

/** ky's request methods, on the default export and on instances: `(input, options)`. */
const kyCalls: readonly OutboundCallShape[] = [
  { path: [], optionsArguments: [1] },
  { path: ['get'], optionsArguments: [1] },
  { path: ['post'], optionsArguments: [1] },
  { path: ['put'], optionsArguments: [1] },
  { path: ['patch'], optionsArguments: [1] },
  { path: ['head'], optionsArguments: [1] },
  { path: ['delete'], optionsArguments: [1] },
];

const kyBounds: readonly TimeBoundOption[] = [{ path: ['timeout'], kind: 'duration' }, signal];

/** undici's per-request limits; both default to 300 s, which is no bound for a service answering its own callers. */
const undiciBounds: readonly TimeBoundOption[] = [
  signal,
  { path: ['headersTimeout'], kind: 'duration' },
  { path: ['bodyTimeout'], kind: 'duration' },
  // A custom dispatcher carries its own limits, which the rule cannot read here.
  { path: ['dispatcher'], kind: 'presence' },
];

/** superagent's request methods take no options object: a request is configured by chained methods. */
const superagentCalls: readonly OutboundCallShape[] = [[], ['get'], ['post'], ['put'], ['patch'], ['del'], ['delete'], ['head'], ['options']].map((path) => ({
  path,
  optionsArguments: [],
}));

/** request's calls, on the module and on `request.defaults()` instances: `(options)`, `(url, options)`, each with an optional callback. */
const requestCalls: readonly OutboundCallShape[] = ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options'].map((method) => ({
  path: [method],
  optionsArguments: [0, 1],
}));

/** ofetch's `timeout` aborts the request through its own signal; a `signal` of the caller's replaces it. */
const ofetchBounds: readonly TimeBoundOption[] = [{ path: ['timeout'], kind: 'duration' }, signal];

/**
 * needle's `response_timeout` (until the headers) and `read_timeout` (the body) end a call to a dependency that
 * accepted the connection and hung; its `open_timeout` (alias `timeout`, 10 s by default) only limits connecting.
 */
const needleBounds: readonly TimeBoundOption[] = [
  { path: ['response_timeout'], kind: 'duration' },
  { path: ['read_timeout'], kind: 'duration' },
  signal,
];

/** Methods of gRPC's own `Client` class, which are not calls to the service. */
const grpcClientMethods = ['close', 'getChannel', 'waitForReady', 'makeUnaryRequest', 'makeClientStreamRequest', 'makeServerStreamRequest', 'makeBidiStreamRequest'];

const abortSignalSuggestion = { kind: 'option', path: ['signal'], value: 'abort-signal' } as const;

export const httpClients = [
  {
    name: 'fetch',
    modules: ['<global>'],
    calls: [{ path: ['fetch'], optionsArguments: [1], requestArgument: 0 }],
    // Node's fetch takes undici's `dispatcher` (an `Agent` with `headersTimeout`/`bodyTimeout`), whose limits the rule cannot read here.
    bounds: [signal, { path: ['dispatcher'], kind: 'presence' }],
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    relativeUrlMeansBrowser: true,
    // Cookies and CORS are the page's business: Node.js ignores both.
    browserOnlyOptions: ['credentials', 'mode'],
    defaultBehaviour: "Node's fetch (undici) has no overall timeout, only 300 s header and body inactivity limits",
    remedy: 'pass `signal: AbortSignal.timeout(ms)` in its options',
    suggestion: abortSignalSuggestion,
    sources: [
      { url: 'https://nodejs.org/docs/latest-v20.x/api/globals.html#fetch', version: 'Node.js 20' },
      { url: 'https://github.com/nodejs/undici/blob/v7.30.2/lib/dispatcher/client.js', version: '7.30.2' },
    ],
  },
  {
    name: 'undici',
    modules: ['undici'],
    calls: [
      { path: ['request'], optionsArguments: [1] },
      { path: ['fetch'], optionsArguments: [1], requestArgument: 0 },
    ],
    instances: {
      exportedInstances: [],
      sources: [
        { use: 'new', path: ['Client'], optionsArgument: 1 },
        { use: 'new', path: ['Pool'], optionsArgument: 1 },
        { use: 'new', path: ['Agent'], optionsArgument: 0 },
      ],
      derivations: [],
      calls: [{ path: ['request'], optionsArguments: [0] }],
      bounds: undiciBounds,
    },
    bounds: undiciBounds,
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'undici has no overall timeout, only `headersTimeout` and `bodyTimeout` of 300 s each',
    remedy: 'pass `signal: AbortSignal.timeout(ms)`, or set `headersTimeout` and `bodyTimeout` on the request or the `Client`/`Pool`',
    suggestion: abortSignalSuggestion,
    sources: [
      { url: 'https://github.com/nodejs/undici/blob/v7.30.2/docs/docs/api/Client.md', version: '7.30.2' },
      { url: 'https://github.com/nodejs/undici/blob/v7.30.2/lib/dispatcher/client.js', version: '7.30.2' },
    ],
  },
  {
    name: 'node-fetch',
    modules: ['node-fetch'],
    calls: [{ path: [], optionsArguments: [1], requestArgument: 0 }],
    // node-fetch 2 had a `timeout` option (default 0); version 3 removed it in favour of `signal`.
    bounds: [signal, { path: ['timeout'], kind: 'duration' }],
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'node-fetch has no timeout (version 3 removed the `timeout` option)',
    remedy: 'pass `signal: AbortSignal.timeout(ms)` in its options',
    suggestion: abortSignalSuggestion,
    sources: [{ url: 'https://github.com/node-fetch/node-fetch/blob/v3.3.2/docs/v3-UPGRADE-GUIDE.md', version: '3.3.2' }],
  },
  {
    name: 'axios',
    modules: ['axios'],
    calls: [],
    instances: {
      exportedInstances: [[]],
      // `import { create } from 'axios'` as well as `axios.create()`, which also inherits `axios.defaults`.
      sources: [{ use: 'call', path: ['create'], optionsArgument: 0 }],
      derivations: [{ method: 'create', optionsArgument: 0, inheritsOptions: true }],
      calls: axiosCalls,
      bounds: axiosBounds,
      defaultsProperty: 'defaults',
      baseUrlOption: ['baseURL'],
    },
    bounds: axiosBounds,
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'axios waits forever by default (`timeout: 0`)',
    remedy: 'set `timeout` (ms) or `signal: AbortSignal.timeout(ms)` in the request config, or `timeout` in `axios.create({ timeout })`',
    suggestion: { kind: 'option', path: ['timeout'], value: 'milliseconds' },
    sources: [{ url: 'https://github.com/axios/axios/blob/v1.21.1/lib/defaults/index.js', version: '1.21.1' }],
  },
  {
    name: 'got',
    modules: ['got'],
    calls: [],
    instances: {
      exportedInstances: [[], ['got']],
      sources: [],
      derivations: [{ method: 'extend', optionsArgument: 0, inheritsOptions: true }],
      calls: gotCalls,
      bounds: gotBounds,
    },
    bounds: gotBounds,
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'got has no timeout by default',
    remedy: 'set `timeout: { request: ms }` in its options or in `got.extend({ timeout })`',
    suggestion: { kind: 'option', path: ['timeout', 'request'], value: 'milliseconds' },
    sources: [{ url: 'https://github.com/sindresorhus/got/blob/v14.6.6/source/core/options.ts', version: '14.6.6' }],
  },
  {
    name: 'ky',
    modules: ['ky'],
    calls: [],
    instances: {
      exportedInstances: [[]],
      sources: [],
      derivations: [
        { method: 'extend', optionsArgument: 0, inheritsOptions: true },
        { method: 'create', optionsArgument: 0, inheritsOptions: false },
      ],
      calls: kyCalls,
      bounds: kyBounds,
      baseUrlOption: ['prefixUrl'],
    },
    bounds: kyBounds,
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    // `timeout: options.timeout ?? 10_000`: only `timeout: false` (or 0 / Infinity) turns it off.
    boundedByDefault: true,
    defaultBehaviour: 'ky waits forever once its default 10 s `timeout` is turned off',
    remedy: 'set `timeout` (ms) instead of `false`',
    suggestion: { kind: 'option', path: ['timeout'], value: 'milliseconds' },
    sources: [{ url: 'https://github.com/sindresorhus/ky/blob/v1.14.3/source/core/Ky.ts', version: '1.14.3' }],
  },
  {
    name: 'ofetch',
    // `ohmyfetch` is the package's former name, with the same API.
    modules: ['ofetch', 'ohmyfetch'],
    calls: [],
    instances: {
      exportedInstances: [['ofetch'], ['$fetch']],
      sources: [],
      // `create(defaults)` merges the new defaults over those of the instance it is called on.
      derivations: [{ method: 'create', optionsArgument: 0, inheritsOptions: true }],
      calls: [
        { path: [], optionsArguments: [1] },
        { path: ['raw'], optionsArguments: [1] },
      ],
      bounds: ofetchBounds,
      baseUrlOption: ['baseURL'],
    },
    bounds: ofetchBounds,
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'ofetch sets no timeout unless `timeout` is given',
    remedy: 'set `timeout` (ms) in its options or in `ofetch.create({ timeout })`',
    suggestion: { kind: 'option', path: ['timeout'], value: 'milliseconds' },
    sources: [{ url: 'https://github.com/unjs/ofetch/blob/v1.5.1/src/fetch.ts', version: '1.5.1' }],
  },
  {
    name: 'request',
    // The deprecated `request` and its promise wrappers, which take the same options.
    modules: ['request', 'request-promise', 'request-promise-native'],
    calls: [],
    instances: {
      exportedInstances: [[]],
      sources: [],
      derivations: [{ method: 'defaults', optionsArgument: 0, inheritsOptions: true }],
      calls: [{ path: [], optionsArguments: [0, 1] }, ...requestCalls],
      bounds: [{ path: ['timeout'], kind: 'duration' }],
    },
    bounds: [{ path: ['timeout'], kind: 'duration' }],
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'request has no timeout by default (it waits as long as the operating system keeps the socket open)',
    remedy: 'set `timeout` (ms) in its options or in `request.defaults({ timeout })`',
    suggestion: { kind: 'option', path: ['timeout'], value: 'milliseconds' },
    sources: [{ url: 'https://github.com/request/request/blob/v2.88.2/README.md#requestoptions-callback', version: '2.88.2' }],
  },
  {
    name: 'needle',
    modules: ['needle'],
    // The promise form `needle(method, url, data?, options?)` is left out: whether its third argument is the data or the
    // options depends on the method and on how many arguments follow, which the rule cannot always tell.
    calls: [
      { path: ['get'], optionsArguments: [1] },
      { path: ['head'], optionsArguments: [1] },
      { path: ['post'], optionsArguments: [2] },
      { path: ['put'], optionsArguments: [2] },
      { path: ['patch'], optionsArguments: [2] },
      { path: ['delete'], optionsArguments: [2] },
      { path: ['request'], optionsArguments: [3] },
    ],
    bounds: needleBounds,
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'needle only limits connecting (`open_timeout`, 10 s): `response_timeout` and `read_timeout` default to 0, no limit',
    remedy: 'set `response_timeout` and `read_timeout` (ms) in its options',
    suggestion: { kind: 'option', path: ['response_timeout'], value: 'milliseconds' },
    sources: [{ url: 'https://github.com/tomas/needle/blob/v3.5.0/README.md#request-options', version: '3.5.0' }],
  },
  {
    name: 'superagent',
    modules: ['superagent'],
    calls: superagentCalls,
    bounds: [],
    requestBoundMethods: ['timeout'],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'superagent has no timeout unless `.timeout()` is chained',
    remedy: 'chain `.timeout(ms)` (or `.timeout({ response, deadline })`) on the request',
    suggestion: { kind: 'method', method: 'timeout' },
    sources: [{ url: 'https://github.com/ladjs/superagent/blob/v10.4.2/docs/index.md#timeouts', version: '10.4.2' }],
  },
  {
    name: 'node:http',
    modules: ['http', 'https'],
    calls: [
      { path: ['request'], optionsArguments: [0, 1] },
      { path: ['get'], optionsArguments: [0, 1] },
    ],
    // `timeout` is a socket idle timeout: it only emits 'timeout', but code that sets it handles that event.
    bounds: [signal, { path: ['timeout'], kind: 'duration' }],
    requestBoundMethods: ['setTimeout'],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: 'Node.js HTTP requests have no timeout by default',
    remedy: 'pass `signal: AbortSignal.timeout(ms)` in the request options',
    suggestion: abortSignalSuggestion,
    sources: [{ url: 'https://nodejs.org/docs/latest-v20.x/api/http.html#httprequestoptions-callback', version: 'Node.js 20' }],
  },
  {
    name: '@grpc/grpc-js',
    modules: ['@grpc/grpc-js'],
    calls: [],
    instances: {
      exportedInstances: [],
      sources: [],
      constructedWith: { argumentFrom: [['credentials'], ['ChannelCredentials']], optionsArgument: 2 },
      derivations: [],
      calls: [{ path: ['*'], optionsArguments: [1, 2], requiresCallback: true, excludedNames: grpcClientMethods }],
      // An interceptor or a service config can set every call's deadline; the rule cannot read them, so it stays silent.
      bounds: [
        { path: ['interceptors'], kind: 'presence' },
        { path: ['interceptor_providers'], kind: 'presence' },
        { path: ['grpc.service_config'], kind: 'presence' },
      ],
    },
    bounds: [{ path: ['deadline'], kind: 'presence' }],
    requestBoundMethods: [],
    skippedArgumentTypes: ['Metadata'],
    boundedByDefault: false,
    defaultBehaviour: 'gRPC sets no deadline by default (`Infinity`)',
    remedy: 'pass call options with `deadline: Date.now() + ms`',
    suggestion: { kind: 'option', path: ['deadline'], value: 'deadline' },
    sources: [
      { url: 'https://grpc.io/docs/guides/deadlines/', version: '@grpc/grpc-js 1.14.7' },
      { url: 'https://github.com/grpc/grpc-node/blob/%40grpc/grpc-js%401.14.7/packages/grpc-js/src/client.ts', version: '1.14.7' },
    ],
  },
  {
    name: 'AWS SDK v3',
    modules: ['@aws-sdk/client-*'],
    calls: [],
    instances: {
      exportedInstances: [],
      sources: [{ use: 'new', path: ['*'], optionsArgument: 0 }],
      derivations: [],
      calls: [{ path: ['send'], optionsArguments: [1] }],
      bounds: [
        { path: ['requestHandler', 'requestTimeout'], kind: 'duration' },
        { path: ['requestHandler', 'socketTimeout'], kind: 'duration' },
      ],
    },
    bounds: [
      { path: ['abortSignal'], kind: 'presence' },
      { path: ['requestTimeout'], kind: 'duration' },
    ],
    requestBoundMethods: [],
    skippedArgumentTypes: [],
    boundedByDefault: false,
    defaultBehaviour: "the AWS SDK's Node.js handler has no request timeout by default (`requestTimeout: 0`)",
    remedy: 'pass `{ abortSignal: AbortSignal.timeout(ms) }` to `send`, or give the client `requestHandler: { requestTimeout: ms, throwOnRequestTimeout: true }`',
    suggestion: { kind: 'option', path: ['abortSignal'], value: 'abort-signal' },
    sources: [
      { url: 'https://github.com/smithy-lang/smithy-typescript/blob/main/packages/types/src/http/httpHandlerInitialization.ts', version: '@smithy/types 4.20.0' },
      { url: 'https://github.com/smithy-lang/smithy-typescript/blob/main/packages/node-http-handler/src/node-http-handler.ts', version: '@smithy/node-http-handler 4.14.2' },
    ],
  },
] satisfies readonly HttpClientEntry[];
