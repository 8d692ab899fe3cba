import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunction, isWithin } from './ast';
import type { RecursiveRetry } from './recursive-retries';
import { branchLeaves } from './retry-control-flow';
import type { RetryLoop } from './retry-loops';
import { walkSubtree } from './walk-subtree';

/**
 * The `await`s a retry performs between two attempts, other than the attempt itself and what runs once it
 * succeeded. When a retry has no recognised wait but awaits something here (`await this.backoff()`,
 * `await refreshToken()`), that call may well pause, so a "no delay at all" report would be a guess.
 */
export function findAwaitsBetweenAttempts(sourceCode: Readonly<TSESLint.SourceCode>, retry: RetryLoop | RecursiveRetry, region?: TSESTree.Node): TSESTree.AwaitExpression[] {
  if ('loop' in retry) {
    const { loop, tryStatement } = retry;
    return collectAwaits(sourceCode, loop.body, (node) => (tryStatement ? isWithin(node, tryStatement.block) : isAttemptOrSuccess(node, retry)));
  }
  return region ? collectAwaits(sourceCode, region, (node) => retry.retryCalls.some((call) => isWithin(call, node.argument))) : [];
}

function collectAwaits(sourceCode: Readonly<TSESLint.SourceCode>, region: TSESTree.Node, isExcluded: (node: TSESTree.AwaitExpression) => boolean): TSESTree.AwaitExpression[] {
  const awaits: TSESTree.AwaitExpression[] = [];
  walkSubtree(sourceCode, region, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression && !isExcluded(node)) awaits.push(node);
    return !isFunction(node);
  });
  return awaits;
}

/** In a status-check retry: the awaited attempt stored for the check (`const res = await fetch()`), or work after success (`return await res.json()`). */
function isAttemptOrSuccess(node: TSESTree.AwaitExpression, retry: RetryLoop): boolean {
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator || (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node)) return true;
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== retry.loop; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ReturnStatement) return true;
    if (current.parent?.type === AST_NODE_TYPES.IfStatement && current !== current.parent.test && branchLeaves(current as TSESTree.Statement, retry.loop)) return true;
  }
  return false;
}
