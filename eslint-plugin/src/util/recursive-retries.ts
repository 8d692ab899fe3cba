import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, isFunction, isWithin } from './ast';
import { findThisClassBody } from './function-resolution';
import { findOutcomeVariables, flipOutcome, getCheckedOutcome, hasAwait } from './retry-control-flow';
import { walkSubtree } from './walk-subtree';

/** A function that calls itself again after an attempt failed. */
export interface RecursiveRetry {
  readonly fn: TSESTree.FunctionLike;
  /** The function's name as written: where a report goes. */
  readonly name: TSESTree.Node;
  /** The calls to itself that retry. */
  readonly retryCalls: readonly TSESTree.CallExpression[];
  /** Where each failure is handled before the retry: catch bodies, `.catch()` callbacks, failure branches. */
  readonly failureRegions: readonly TSESTree.Node[];
  /** Variables holding an attempt's outcome (the caught error, the response). */
  readonly outcomeVariables: ReadonlySet<TSESLint.Scope.Variable>;
}

/**
 * Recognises retry by recursion: `fetchWithRetry` calling itself from the `catch` of an awaited attempt, from a
 * `.catch()` (or `.then(_, onRejected)`) callback, or from a branch taken when a status check fails, possibly
 * through a timer callback (`setTimeout(() => send(msg, attempt + 1), delay)`). `isWaitCall` tells which calls
 * wait, so their callbacks count as part of the retry. Recursion over data (pagination, trees) is not in a failure
 * path and is ignored.
 */
export function findRecursiveRetry(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: TSESTree.FunctionLike,
  isWaitCall: (call: TSESTree.CallExpression) => boolean,
): RecursiveRetry | undefined {
  const self = findSelfCalls(sourceCode, fn);
  if (!self) return undefined;
  const retryCalls: TSESTree.CallExpression[] = [];
  const failureRegions: TSESTree.Node[] = [];
  for (const call of self.calls) {
    // `getUser(id, false)`, `load(url, 'replica')`: a literal switches mode (a fallback), it does not try the same again.
    if (call.arguments.some((argument) => argument.type === AST_NODE_TYPES.Literal)) continue;
    const region = findFailureRegion(sourceCode, fn, call, isWaitCall);
    if (!region) continue;
    retryCalls.push(call);
    if (!failureRegions.includes(region)) failureRegions.push(region);
  }
  if (retryCalls.length === 0 || !fn.body) return undefined;
  return { fn, name: self.name, retryCalls, failureRegions, outcomeVariables: findOutcomeVariables(sourceCode, fn.body) };
}

/** The function's name and its calls to itself: by variable for functions and `const` arrows, `this.name()` for methods. */
function findSelfCalls(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike): { name: TSESTree.Node; calls: TSESTree.CallExpression[] } | undefined {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && !parent.static && parent.kind === 'method') {
    const methodName = getStaticPropertyName(parent);
    if (methodName === undefined || !fn.body) return undefined;
    const calls: TSESTree.CallExpression[] = [];
    walkSubtree(sourceCode, fn.body, (node) => {
      if (
        node.type === AST_NODE_TYPES.CallExpression &&
        node.callee.type === AST_NODE_TYPES.MemberExpression &&
        node.callee.object.type === AST_NODE_TYPES.ThisExpression &&
        getStaticPropertyName(node.callee) === methodName &&
        findThisClassBody(node) === parent.parent
      ) {
        calls.push(node);
      }
      return true;
    });
    return { name: parent.key, calls };
  }
  const declarator = parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier ? parent : undefined;
  const name = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id : declarator?.id;
  const variable = name && sourceCode.getDeclaredVariables(declarator ?? fn).find((candidate) => candidate.name === (name as TSESTree.Identifier).name);
  if (!name || !variable) return undefined;
  const calls = variable.references
    .map((reference) => reference.identifier.parent)
    .filter((call): call is TSESTree.CallExpression => call.type === AST_NODE_TYPES.CallExpression && isWithin(call, fn));
  return { name, calls: calls.filter((call) => call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === variable.name) };
}

/** Walks up from a self-call to the function and returns the failure handler it sits in, if any. */
function findFailureRegion(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: TSESTree.FunctionLike,
  call: TSESTree.CallExpression,
  isWaitCall: (call: TSESTree.CallExpression) => boolean,
): TSESTree.Node | undefined {
  let child: TSESTree.Node = call;
  for (let node: TSESTree.Node | undefined = call.parent; node && node !== fn; child = node, node = node.parent) {
    if (node.type === AST_NODE_TYPES.CatchClause && child === node.body) {
      return hasAwait(sourceCode, node.parent.block) ? node.body : undefined;
    }
    if ((node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) && child !== node.test) {
      const outcome = getCheckedOutcome(sourceCode, node.test);
      if ((child === node.consequent ? outcome : flipOutcome(outcome)) === 'failure') return child;
    }
    if (isFunction(node)) {
      if (isRejectionHandler(node)) return node;
      if (!isWaitCallback(node, isWaitCall)) return undefined;
    }
  }
  return undefined;
}

/** `.catch(handler)` or `.then(onFulfilled, handler)`. */
function isRejectionHandler(fn: TSESTree.FunctionLike): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticPropertyName(call.callee);
  return (method === 'catch' && call.arguments[0] === fn) || (method === 'then' && call.arguments[1] === fn);
}

/** A callback that runs after a pause: passed to a wait (`setTimeout(cb, d)`, `delay(cb, d)`, `sleep(d).then(cb)`) or a promise executor around one. */
function isWaitCallback(fn: TSESTree.FunctionLike, isWaitCall: (call: TSESTree.CallExpression) => boolean): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    if (isWaitCall(parent)) return true;
    // `sleep(delay).then(() => retry())`
    const callee = parent.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(callee) === 'then' && callee.object.type === AST_NODE_TYPES.CallExpression && isWaitCall(callee.object);
  }
  return parent?.type === AST_NODE_TYPES.NewExpression && parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Promise';
}
