import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule';
import type { RandomnessContext } from '../util/randomness';
import { findRecursiveRetry } from '../util/recursive-retries';
import { isLoopBounded, isRecursionBounded } from '../util/retry-bounds';
import { findLibraryBoundProblem } from '../util/retry-library-bounds';
import { matchRetryLibraryCall, matchRetrySettingsObject, type RetryLibraryCall } from '../util/retry-library-calls';
import { getLoopHeadLocation } from '../util/retry-locations';
import { findRetryLoop } from '../util/retry-loops';
import { getWait } from '../util/retry-waits';
import { isScriptFile } from '../util/service-code';
import { isTestFile } from '../util/test-files';
import { getTypeInformation } from '../util/type-information';

export type Options = [];
export type MessageId = 'unboundedLoop' | 'unboundedRecursion' | 'unboundedLibrary';

const PILE_UP =
  'while the dependency keeps failing it retries forever, piling up work that never drains (open requests, memory, timers, log lines), and the failure never reaches the caller';

export default createRule<Options, MessageId>({
  name: 'no-unbounded-retry',
  meta: {
    type: 'problem',
    docs: { description: 'Require retry loops and retry libraries to stop after a bounded number of attempts or a deadline.', recommended: 'recommended' },
    messages: {
      unboundedLoop: `This retry loop has no attempt limit or deadline: ${PILE_UP}. Stop after a maximum number of attempts or a deadline, then surface the error.`,
      unboundedRecursion: `This function retries itself with no attempt counter or deadline: ${PILE_UP}. Pass an attempt count and give up after a limit or a deadline.`,
      unboundedLibrary: `{{library}} retries forever here ({{reason}}): ${PILE_UP}. Set a finite \`{{option}}\` or a deadline.`,
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    // A test or a script that retries forever is stopped by its runner or its operator.
    if (isTestFile(context.filename) || isScriptFile(context.filename)) return {};
    const { sourceCode } = context;
    const typeInformation = getTypeInformation(context);
    const waits: RandomnessContext = { sourceCode, typeInformation, jitterHelpers: new Set() };
    const isWaitCall = (call: TSESTree.CallExpression): boolean => getWait(waits, call) !== undefined;
    const checkLibrary = (match: RetryLibraryCall | undefined): void => {
      const problem = match && findLibraryBoundProblem(sourceCode, match);
      if (!match || !problem) return;
      context.report({ node: problem.node, messageId: 'unboundedLibrary', data: { library: match.library.name, reason: problem.reason, option: problem.option } });
    };

    return {
      'ForStatement, WhileStatement, DoWhileStatement'(node: TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement) {
        const loop = findRetryLoop(sourceCode, node);
        if (loop && !isLoopBounded(sourceCode, loop)) context.report({ loc: getLoopHeadLocation(sourceCode, node), messageId: 'unboundedLoop' });
      },
      'FunctionDeclaration, FunctionExpression, ArrowFunctionExpression'(node: TSESTree.FunctionLike) {
        const retry = findRecursiveRetry(sourceCode, node, isWaitCall);
        if (retry && !retry.reconnects && !isRecursionBounded(sourceCode, retry)) context.report({ node: retry.name, messageId: 'unboundedRecursion' });
      },
      CallExpression: (node) => checkLibrary(matchRetryLibraryCall(sourceCode, typeInformation, node)),
      'Property, AssignmentExpression': (node: TSESTree.Property | TSESTree.AssignmentExpression) => checkLibrary(matchRetrySettingsObject(sourceCode, node)),
    };
  },
});
