import type * as TsMorph from 'ts-morph';

/**
 * ts-morph, loaded on first use. It bundles its own TypeScript and takes about half a second to load, which every
 * ESLint run would otherwise pay at start-up although only the flag cleanup needs it (when a stale flag is found).
 * The refactor modules therefore import ts-morph's types only and take its values from here.
 */
export function loadTsMorph(): typeof TsMorph {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('ts-morph') as typeof TsMorph;
}
