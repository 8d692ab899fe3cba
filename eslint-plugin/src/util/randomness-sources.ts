import { serverRetryDelays } from '../catalogs/server-retry-delays';
import { splitWords } from './words';
import { GLOBAL_MODULE, type QualifiedName } from './module-bindings';

/**
 * Whether a value varies randomly from one run to the next: `random` when a randomness source reaches it,
 * `fixed` when everything it is computed from is known and none is random, `unknown` otherwise
 * (rules stay silent on `unknown`).
 */
export type Randomness = 'random' | 'fixed' | 'unknown';

/** `random` wins over `unknown`, which wins over `fixed`. */
export function combineRandomness(values: Iterable<Randomness>): Randomness {
  let result: Randomness = 'fixed';
  for (const value of values) {
    if (value === 'random') return 'random';
    if (value === 'unknown') result = 'unknown';
  }
  return result;
}

/** Calls that return random values: `Math.random` and the Web Crypto and `node:crypto` generators. */
export const RANDOM_SOURCES: readonly QualifiedName[] = [
  { module: GLOBAL_MODULE, path: ['Math', 'random'] },
  { module: GLOBAL_MODULE, path: ['crypto', 'getRandomValues'] },
  { module: GLOBAL_MODULE, path: ['crypto', 'randomUUID'] },
  ...['randomInt', 'randomBytes', 'randomFillSync', 'randomUUID', 'getRandomValues'].map((name) => ({ module: 'crypto', path: [name] })),
  { module: 'crypto', path: ['webcrypto', 'getRandomValues'] },
];

/** The function names of `RANDOM_SOURCES`, for code seen without import resolution (other modules' bodies). */
export const RANDOM_SOURCE_NAMES: ReadonlySet<string> = new Set(RANDOM_SOURCES.map((source) => source.path.at(-1) ?? ''));

/** Words that name a jitter helper (`withJitter`, `jitteredDelay`, `randomBetween`, `_.random`). */
const JITTER_WORDS = new Set(['jitter', 'jittered', 'random', 'randomize', 'randomized', 'rand']);

/**
 * Whether a function's name says it adds randomness. Used only when its body cannot be read (an import without
 * type information, a declaration file), where assuming it jitters keeps the rule silent.
 */
export function isJitterHelperName(name: string, jitterHelpers: ReadonlySet<string>): boolean {
  return jitterHelpers.has(name) || splitWords(name).some((word) => JITTER_WORDS.has(word));
}

const SERVER_DELAY_HEADERS: ReadonlySet<string> = new Set(serverRetryDelays.flatMap((entry) => entry.headers));

/**
 * Whether a value is a delay the server chose: a `Retry-After` (or rate-limit reset) header read by name, or a
 * property or parameter named after one (`retryAfter`, `retry_after_ms`, `rateLimitReset`). Waiting what the server
 * says is the server's schedule, not a fixed one this code could randomize.
 */
export function isServerRetryDelay(name: string): boolean {
  if (SERVER_DELAY_HEADERS.has(name.toLowerCase())) return true;
  const words = splitWords(name);
  return serverRetryDelays.some((entry) => entry.nameWords.some((leading) => leading.every((word, index) => words[index] === word)));
}
