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
