import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findRetrySetting, getSettingValue, type RetryLibraryCall } from './retry-library-calls';

/** A retry-library call that never stops retrying. */
export interface LibraryBoundProblem {
  /** What in the call makes it endless, for the message (`` `retries: Infinity` ``). */
  readonly reason: string;
  /** The option that caps the attempts, named in the message's fix. */
  readonly option: string;
  /** Where to report: the offending option, else the options object, else the callee. */
  readonly node: TSESTree.Node;
}

/**
 * Judges a retry-library call's attempt limit against its catalog entry: `retries: Infinity`, `forever: true`, or a
 * library whose default is endless (cockatiel's `maxAttempts`). A deadline or cancellation option (`maxRetryTime`,
 * `signal`) bounds it. Silent when a setting cannot be read.
 */
export function findLibraryBoundProblem(sourceCode: Readonly<TSESLint.SourceCode>, match: RetryLibraryCall): LibraryBoundProblem | undefined {
  const { attempts } = match.library;
  const fallbackNode = match.settings.kind === 'object' ? match.settings.object : (match.call?.callee ?? match.site);
  const isUnlimited = (value: unknown): boolean => value === Infinity || (attempts.unlimitedValues ?? []).some((unlimited) => unlimited === value);
  for (const name of attempts.deadlineOptions) {
    const deadline = getSettingValue(sourceCode, findRetrySetting(sourceCode, match, name));
    const isEndless =
      deadline === undefined ? !attempts.defaultDeadlines?.includes(name) : deadline !== 'unknown' && (deadline.value === undefined || isUnlimited(deadline.value));
    if (!isEndless) return undefined;
  }
  if (attempts.foreverOption) {
    const forever = findRetrySetting(sourceCode, match, attempts.foreverOption);
    const value = getSettingValue(sourceCode, forever);
    if (value === 'unknown') return undefined;
    if (forever.kind === 'found' && value?.value === true) return { reason: `\`${attempts.foreverOption}: true\``, option: attempts.option, node: forever.value.parent };
  }
  const limit = findRetrySetting(sourceCode, match, attempts.option);
  if (limit.kind === 'unknown') return undefined;
  if (limit.kind === 'absent') {
    return attempts.default === Infinity ? { reason: `\`${attempts.option}\` is not set and defaults to \`Infinity\``, option: attempts.option, node: fallbackNode } : undefined;
  }
  const value = getSettingValue(sourceCode, limit);
  if (value === 'unknown' || !isUnlimited(value?.value)) return undefined;
  const written = match.settings.kind === 'number' ? match.library.settings?.option ?? attempts.option : attempts.option;
  const setting = `\`${written}: ${sourceCode.getText(limit.value)}\``;
  // `maxAttempts: 0` or `'INFINITELY'` do not read as "forever" on their own.
  return { reason: value?.value === Infinity ? setting : `${setting} means no limit`, option: attempts.option, node: limit.value.parent };
}
