import type { RetryCallShape, RetryLibraryEntry } from './types';

/**
 * Retry libraries: how they are called, what bounds their attempts and whether their delays are random.
 * Read by `util/retry-library-calls.ts` for `retry-requires-jitter` and `no-unbounded-retry`. Each entry was
 * checked against the library's source at the version cited.
 */

/** ky's request calls: `ky(url, options)`, `ky.get(url, options)` and the other verbs, and the instance factories. */
const kyCalls = [
  { path: [], optionsArguments: [1] },
  { path: ['get'], optionsArguments: [1] },
  { path: ['post'], optionsArguments: [1] },
  { path: ['put'], optionsArguments: [1] },
  { path: ['patch'], optionsArguments: [1] },
  { path: ['delete'], optionsArguments: [1] },
  { path: ['head'], optionsArguments: [1] },
  { path: ['create'], optionsArguments: [0] },
  { path: ['extend'], optionsArguments: [0] },
] as const satisfies readonly RetryCallShape[];

/** got's request calls, which take `(url, options)` or `(options)`, and `extend`. */
const gotCalls = [
  { path: [], optionsArguments: [1, 0] },
  { path: ['get'], optionsArguments: [1, 0] },
  { path: ['post'], optionsArguments: [1, 0] },
  { path: ['put'], optionsArguments: [1, 0] },
  { path: ['patch'], optionsArguments: [1, 0] },
  { path: ['delete'], optionsArguments: [1, 0] },
  { path: ['head'], optionsArguments: [1, 0] },
  { path: ['extend'], optionsArguments: [0] },
] as const satisfies readonly RetryCallShape[];

export const retryLibraries = [
  {
    name: 'p-retry',
    modules: ['p-retry'],
    calls: [
      { path: [], optionsArguments: [1] },
      { path: ['makeRetriable'], optionsArguments: [1] },
    ],
    // v7 removed `forever` (it throws); `retries: Infinity` is the way to retry forever.
    attempts: { option: 'retries', default: 10, deadlineOptions: ['maxRetryTime', 'signal'] },
    jitter: { kind: 'boolean-option', option: 'randomize', default: false },
    delayFunctionOptions: [],
    defaults: '10 retries, exponential from 1 s (factor 2), `randomize: false`: no jitter.',
    source: { url: 'https://github.com/sindresorhus/p-retry/blob/v7.1.1/index.js', version: '7.1.1' },
  },
  {
    name: 'retry',
    modules: ['retry'],
    calls: [
      { path: ['operation'], optionsArguments: [0] },
      { path: ['timeouts'], optionsArguments: [0] },
      { path: ['wrap'], optionsArguments: [1] },
    ],
    attempts: { option: 'retries', default: 10, foreverOption: 'forever', deadlineOptions: ['maxRetryTime'] },
    jitter: { kind: 'boolean-option', option: 'randomize', default: false },
    delayFunctionOptions: [],
    defaults: '10 retries, exponential from 1 s (factor 2), `randomize: false`: no jitter.',
    source: { url: 'https://github.com/tim-kos/node-retry/blob/v0.13.1/lib/retry.js', version: '0.13.1' },
  },
  {
    name: 'promise-retry',
    modules: ['promise-retry'],
    calls: [{ path: [], optionsArguments: [1, 0] }],
    attempts: { option: 'retries', default: 10, foreverOption: 'forever', deadlineOptions: ['maxRetryTime'] },
    jitter: { kind: 'boolean-option', option: 'randomize', default: false },
    delayFunctionOptions: [],
    defaults: "`retry`'s defaults: 10 retries, exponential from 1 s, `randomize: false`: no jitter.",
    source: { url: 'https://github.com/IndigoUnited/node-promise-retry/blob/v2.0.1/index.js', version: '2.0.1' },
  },
  {
    name: 'async-retry',
    modules: ['async-retry'],
    calls: [{ path: [], optionsArguments: [1] }],
    attempts: { option: 'retries', default: 10, foreverOption: 'forever', deadlineOptions: ['maxRetryTime'] },
    // async-retry sets `randomize: true` unless the caller passes the key.
    jitter: { kind: 'boolean-option', option: 'randomize', default: true },
    delayFunctionOptions: [],
    defaults: '10 retries, exponential from 1 s, `randomize: true`: jittered.',
    source: { url: 'https://github.com/vercel/async-retry/blob/1.3.3/lib/index.js', version: '1.3.3' },
  },
  {
    name: 'exponential-backoff',
    modules: ['exponential-backoff'],
    calls: [{ path: ['backOff'], optionsArguments: [1] }],
    attempts: { option: 'numOfAttempts', default: 10, deadlineOptions: [] },
    jitter: { kind: 'strategy-option', option: 'jitter', default: 'none', jitteredValues: ['full'], fixValue: 'full' },
    delayFunctionOptions: [],
    defaults: "10 attempts, exponential from 100 ms, `jitter: 'none'`.",
    source: { url: 'https://github.com/coveooss/exponential-backoff/blob/v3.1.3/src/options.ts', version: '3.1.3' },
  },
  {
    name: 'cockatiel',
    modules: ['cockatiel'],
    calls: [{ path: ['retry'], optionsArguments: [1] }],
    // `retry(policy, opts)` fills `maxAttempts: Infinity` and `backoff: new ConstantBackoff(0)` when they are absent.
    attempts: { option: 'maxAttempts', default: Infinity, deadlineOptions: [] },
    jitter: {
      kind: 'backoff-option',
      option: 'backoff',
      strategies: [
        { className: 'ConstantBackoff', jitter: 'never' },
        { className: 'IterableBackoff', jitter: 'delays-argument' },
        { className: 'DelegateBackoff', jitter: 'delay-function-argument' },
        // The default generator is `decorrelatedJitterGenerator`.
        { className: 'ExponentialBackoff', jitter: 'generator-option', generatorOption: 'generator', unjitteredGenerators: ['noJitterGenerator'] },
      ],
      fixConstructor: 'ExponentialBackoff',
      fixGenerator: 'decorrelatedJitterGenerator',
    },
    delayFunctionOptions: [],
    defaults: '`retry(policy, {})` retries forever (`maxAttempts: Infinity`) with no delay (`ConstantBackoff(0)`); `new ExponentialBackoff()` uses decorrelated jitter.',
    source: { url: 'https://github.com/connor4312/cockatiel/blob/v3.2.1/src/Policy.ts', version: '3.2.1' },
  },
  {
    name: 'axios-retry',
    modules: ['axios-retry'],
    calls: [{ path: [], optionsArguments: [1] }],
    attempts: { option: 'retries', default: 3, deadlineOptions: [] },
    // The default `retryDelay` is `noDelay` (only a `Retry-After` header makes it wait); `exponentialDelay`
    // adds up to 20 % random; `linearDelay()` adds none.
    jitter: {
      kind: 'delay-function-option',
      option: 'retryDelay',
      jitteredExports: ['exponentialDelay'],
      unjitteredFactories: ['linearDelay'],
      fixExport: 'exponentialDelay',
    },
    delayFunctionOptions: [],
    defaults: '3 retries with no delay between them (`retryDelay` defaults to `noDelay`); `exponentialDelay` adds 0–20 % random.',
    source: { url: 'https://github.com/softonic/axios-retry/blob/v4.5.0/src/index.ts', version: '4.5.0' },
  },
  {
    name: 'ky',
    modules: ['ky'],
    calls: kyCalls,
    instances: { factories: [['create'], ['extend']], typeNames: ['KyInstance'], calls: kyCalls },
    settings: { option: 'retry', numberMeans: 'limit' },
    attempts: { option: 'limit', default: 2, deadlineOptions: [] },
    jitter: { kind: 'boolean-option', option: 'jitter', default: false },
    delayFunctionOptions: ['delay'],
    defaults: '2 retries, exponential from 300 ms, no jitter (`retry.jitter` is undefined).',
    source: { url: 'https://github.com/sindresorhus/ky/blob/v1.14.3/source/types/retry.ts', version: '1.14.3' },
  },
  {
    name: 'got',
    modules: ['got'],
    calls: gotCalls,
    instances: { factories: [['extend']], typeNames: ['Got'], calls: gotCalls },
    settings: { option: 'retry' },
    attempts: { option: 'limit', default: 2, deadlineOptions: [] },
    // calculateRetryDelay adds `Math.random() * noise` to every computed delay.
    jitter: { kind: 'noise-option', option: 'noise', default: 100 },
    delayFunctionOptions: ['calculateDelay'],
    defaults: '2 retries, exponential from 1 s plus up to 100 ms of random `noise`: jittered.',
    source: { url: 'https://github.com/sindresorhus/got/blob/v14.6.6/source/core/calculate-retry-delay.ts', version: '14.6.6' },
  },
  {
    name: 'retry-axios',
    modules: ['retry-axios'],
    // `rax.attach(instance)` takes no options: the settings are `instance.defaults.raxConfig` or a request's `raxConfig`.
    calls: [{ path: ['attach'], optionsArguments: [] }],
    settingsProperty: 'raxConfig',
    attempts: { option: 'retry', default: 3, deadlineOptions: [] },
    jitter: {
      kind: 'strategy-option',
      option: 'jitter',
      default: 'none',
      jitteredValues: ['full', 'equal'],
      fixValue: 'full',
      // `jitter` is applied to exponential backoff only; `static` and `linear` delays are never randomized.
      requires: { option: 'backoffType', value: 'exponential', default: 'exponential' },
    },
    delayFunctionOptions: [],
    defaults: "3 retries, exponential from 100 ms, `jitter: 'none'`.",
    source: { url: 'https://github.com/JustinBeckwith/retry-axios/blob/v4.0.3/src/index.ts', version: '4.0.3' },
  },
  {
    name: '@lifeomic/attempt',
    modules: ['@lifeomic/attempt'],
    calls: [{ path: ['retry'], optionsArguments: [1] }],
    // `maxAttempts: 0` retries forever; `timeout` bounds one attempt, not the retry; `beforeAttempt` may abort it.
    attempts: { option: 'maxAttempts', default: 3, deadlineOptions: ['beforeAttempt'], unlimitedValues: [0] },
    jitter: { kind: 'boolean-option', option: 'jitter', default: false },
    delayFunctionOptions: ['calculateDelay'],
    defaults: '3 attempts, a constant 200 ms delay (`factor: 0`), `jitter: false`.',
    source: { url: 'https://github.com/lifeomic/attempt/blob/v3.1.0/src/index.ts', version: '3.1.0' },
  },
  {
    name: 'ts-retry-promise',
    modules: ['ts-retry-promise'],
    calls: [
      { path: ['retry'], optionsArguments: [1] },
      { path: ['retryDecorator'], optionsArguments: [1] },
      { path: ['customizeRetry'], optionsArguments: [0] },
      { path: ['customizeDecorator'], optionsArguments: [0] },
    ],
    // `retries: 'INFINITELY'` still stops at the overall `timeout`, 60 s unless it is `'INFINITELY'` too.
    attempts: { option: 'retries', default: 10, deadlineOptions: ['timeout'], defaultDeadlines: ['timeout'], unlimitedValues: ['INFINITELY'] },
    // `backoff` is `'FIXED'` (default), `'LINEAR'`, `'EXPONENTIAL'` or a function `(attempt, delay) => ms`: none jitters.
    jitter: { kind: 'delay-function-only', option: 'backoff', fixFunction: '(attempt, delay) => Math.random() * delay * 2 ** attempt' },
    delayFunctionOptions: ['backoff'],
    defaults: "10 retries, a fixed 100 ms delay (`backoff: 'FIXED'`), no jitter option, a 60 s overall `timeout`.",
    source: { url: 'https://github.com/normartin/ts-retry-promise/blob/v0.8.1/src/retry-promise.ts', version: '0.8.1' },
  },
] as const satisfies readonly RetryLibraryEntry[];
