import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule';
import { applyFullJitter } from '../util/jitter-fixes';
import type { RandomnessContext } from '../util/randomness';
import { combineRandomness } from '../util/randomness-sources';
import { findRecursiveRetry, type RecursiveRetry } from '../util/recursive-retries';
import { findLibraryJitterProblem } from '../util/retry-library-jitter';
import { matchRetryLibraryCall, matchRetrySettingsObject, type RetryLibraryCall } from '../util/retry-library-calls';
import { findRetryLoop, type RetryLoop } from '../util/retry-loops';
import { getLoopHeadLocation } from '../util/retry-locations';
import { findAwaitsBetweenAttempts } from '../util/retry-pauses';
import { findWaits, getWait, type RetryWait } from '../util/retry-waits';
import { isScriptFile } from '../util/service-code';
import { isTestFile } from '../util/test-files';
import { getTypeInformation } from '../util/type-information';

export type Options = [{ jitterHelpers?: string[] }];
export type MessageId = 'fixedDelay' | 'noDelay' | 'libraryWithoutJitter' | 'libraryWithoutDelay' | 'applyFullJitter' | 'useLibraryJitter';

const RETRY_STORM =
  'when a dependency fails, every client retries at the same instants and the synchronized wave hits it again as it recovers (a retry storm)';

export default createRule<Options, MessageId>({
  name: 'retry-requires-jitter',
  meta: {
    type: 'problem',
    docs: { description: 'Require retry delays to include random jitter.', recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      fixedDelay: `This retry waits a fixed delay between attempts: ${RETRY_STORM}. Randomize the delay, for example with full jitter (\`Math.random() * delay\`).`,
      noDelay: `This retry tries again immediately after a failure, with no wait: ${RETRY_STORM}. Wait between attempts, with exponential backoff and full jitter.`,
      libraryWithoutJitter: `{{library}} retries here without jitter ({{reason}}): ${RETRY_STORM}. Set \`{{setting}}\`.`,
      libraryWithoutDelay: `{{library}} retries here with no delay between attempts ({{reason}}): ${RETRY_STORM}. Set \`{{setting}}\` to back off with jitter.`,
      applyFullJitter: 'Apply full jitter: wait `Math.random() * delay`.',
      useLibraryJitter: 'Set `{{setting}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          jitterHelpers: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Names of functions that add random jitter themselves: a sleep helper that randomizes its delay, or a function that computes a jittered delay. Needed without type information when such a helper is imported and its name does not say "jitter" or "random".',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ jitterHelpers: [] }],
  },
  create(context, [options]) {
    // Tests and scripts run as one process: their retries cannot synchronize with other clients'.
    if (isTestFile(context.filename) || isScriptFile(context.filename)) return {};
    const { sourceCode } = context;
    const randomness: RandomnessContext = {
      sourceCode,
      typeInformation: getTypeInformation(context),
      jitterHelpers: new Set(options.jitterHelpers),
    };
    const isWaitCall = (call: TSESTree.CallExpression): boolean => getWait(randomness, call) !== undefined;

    const checkHandWrittenRetry = (loc: TSESTree.SourceLocation, waits: readonly RetryWait[], awaitsBetweenAttempts: number): void => {
      if (waits.length === 0) {
        if (awaitsBetweenAttempts === 0) context.report({ loc, messageId: 'noDelay' });
        return;
      }
      if (combineRandomness(waits.map((wait) => wait.randomness)) !== 'fixed') return;
      const delays = [...new Set(waits.map((wait) => wait.delay).filter((delay) => delay !== undefined))];
      context.report({
        loc,
        messageId: 'fixedDelay',
        suggest: delays.length > 0 ? [{ messageId: 'applyFullJitter', fix: (fixer) => delays.map((delay) => applyFullJitter(fixer, sourceCode, delay)) }] : [],
      });
    };

    const checkLoop = (loop: RetryLoop): void =>
      checkHandWrittenRetry(getLoopHeadLocation(sourceCode, loop.loop), findWaits(randomness, loop.loop.body), findAwaitsBetweenAttempts(sourceCode, loop).length);

    const checkRecursion = (retry: RecursiveRetry): void => {
      const waits = retry.failureRegions.flatMap((region) => findWaits(randomness, region));
      const awaits = retry.failureRegions.flatMap((region) => findAwaitsBetweenAttempts(sourceCode, retry, region));
      checkHandWrittenRetry(retry.name.loc, waits, awaits.length);
    };

    const checkLibrary = (match: RetryLibraryCall | undefined): void => {
      const problem = match && findLibraryJitterProblem(randomness, match);
      if (!match || !problem) return;
      const fix = problem.fix;
      context.report({
        node: problem.node,
        messageId: problem.kind === 'no-delay' ? 'libraryWithoutDelay' : 'libraryWithoutJitter',
        data: { library: match.library.name, reason: problem.reason, setting: problem.setting },
        suggest: fix ? [{ messageId: 'useLibraryJitter', data: { setting: problem.setting }, fix: (fixer: TSESLint.RuleFixer) => fix(fixer) }] : [],
      });
    };

    return {
      'ForStatement, WhileStatement, DoWhileStatement'(node: TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement) {
        const loop = findRetryLoop(sourceCode, node);
        if (loop) checkLoop(loop);
      },
      'FunctionDeclaration, FunctionExpression, ArrowFunctionExpression'(node: TSESTree.FunctionLike) {
        const retry = findRecursiveRetry(sourceCode, node, isWaitCall);
        if (retry) checkRecursion(retry);
      },
      CallExpression: (node) => checkLibrary(matchRetryLibraryCall(sourceCode, randomness.typeInformation, node)),
      'Property, AssignmentExpression': (node: TSESTree.Property | TSESTree.AssignmentExpression) => checkLibrary(matchRetrySettingsObject(sourceCode, node)),
    };
  },
});
