import type { CallGuardEntry } from './types';

/**
 * Circuit breakers and timeout wrappers: an outbound call run through one of them is bounded, so
 * `no-unguarded-outbound-call` does not report it. Read by `util/call-guards.ts`; users name their own wrappers
 * with the rule's `guards` option.
 */
export const callGuards = [
  {
    name: 'opossum',
    modules: ['opossum'],
    // `new CircuitBreaker(action, { timeout })` runs `action` under the breaker (default timeout 10 s); `fire(...args)` calls it.
    shapes: [
      { use: 'new', path: [], guardedArguments: [0] },
      { use: 'method', method: 'fire' },
    ],
    instanceSources: [{ use: 'new', path: [] }],
    source: { url: 'https://github.com/nodeshift/opossum/blob/v9.0.0/lib/circuit.js', version: '9.0.0' },
  },
  {
    name: 'cockatiel',
    modules: ['cockatiel'],
    // Every policy (`circuitBreaker`, `timeout`, `wrap`, `retry`, ...) runs the function given to `execute`.
    shapes: [{ use: 'method', method: 'execute' }],
    instanceSources: [{ use: 'call', path: ['*'] }],
    source: { url: 'https://github.com/connor4312/cockatiel/blob/v3.2.1/readme.md', version: '3.2.1' },
  },
  {
    name: 'p-timeout',
    modules: ['p-timeout'],
    shapes: [{ use: 'call', path: [], guardedArguments: [0] }],
    instanceSources: [],
    source: { url: 'https://github.com/sindresorhus/p-timeout/blob/v7.0.2/readme.md', version: '7.0.2' },
  },
  {
    name: 'Promise.race',
    modules: ['<global>'],
    // A race against a timer settles when the timer does; the rule does not try to prove the other racer is one.
    shapes: [{ use: 'call', path: ['Promise', 'race'] }],
    instanceSources: [],
    source: { url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise/race', version: 'ECMAScript 2015' },
  },
] satisfies readonly CallGuardEntry[];
