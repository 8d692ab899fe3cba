import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, getMemberPath, getStaticPropertyName, isFunction, isWithin } from './ast';
import {
  alwaysExits,
  comparesPendingStatus,
  branchLeaves,
  continuesLoop,
  findOutcomeVariables,
  getTopLevelStatements,
  hasAwait,
  flipOutcome,
  getCheckedOutcome,
  type CheckedOutcome,
  isLoop,
  jumpsTo,
  type LoopStatement,
} from './retry-control-flow';
import { isSleepName } from './retry-waits';
import { walkSubtree } from './walk-subtree';
import { splitWords } from './words';

/** A loop that re-attempts an async operation after it failed. */
export interface RetryLoop {
  readonly loop: LoopStatement;
  /** The try statement whose catch lets the loop go round; undefined when failures are recognised by a status check. */
  readonly tryStatement: TSESTree.TryStatement | undefined;
  /** Variables holding an attempt's outcome (the caught error, the response, a `done` flag). */
  readonly outcomeVariables: ReadonlySet<TSESLint.Scope.Variable>;
}

/**
 * Recognises a hand-written retry loop (`for`, `while`, `do…while`; never `for…of`/`for…in`, which walk items):
 * - an awaited attempt in a `try` whose block leaves the loop on success (`return`, `break`, `done = true`, or
 *   `if (res.ok) return`) and whose `catch` lets the loop go round; or
 * - an awaited attempt whose result is checked for failure (`if (res.ok) return res`, `if (!res.ok) continue`,
 *   `do { ... } while (!res.ok)`).
 * Polling (`if (job.status === 'done') return`, waiting out a 202 or a 404), worker loops with no success exit, and
 * loops over items (`i < items.length`, `queue.shift()`, `items[i]`, a stepped page or port sent with each attempt)
 * are not retries.
 */
export function findRetryLoop(sourceCode: Readonly<TSESLint.SourceCode>, loop: LoopStatement): RetryLoop | undefined {
  if (iteratesOverItems(sourceCode, loop)) return undefined;
  const tryStatements: TSESTree.TryStatement[] = [];
  const checks: TSESTree.IfStatement[] = [];
  walkSubtree(sourceCode, loop.body, (node) => {
    if (node.type === AST_NODE_TYPES.TryStatement) tryStatements.push(node);
    if (node.type === AST_NODE_TYPES.IfStatement) checks.push(node);
    return !isFunction(node) && !isLoop(node);
  });
  const tryStatement = tryStatements.find((candidate) => isRetryingTry(sourceCode, candidate, loop));
  const checksOutcome =
    !tryStatement &&
    hasAwait(sourceCode, loop.body) &&
    (checks.some((check) => actsOnOutcome(sourceCode, check, loop, leavesOrContinues)) ||
      (loop.type !== AST_NODE_TYPES.ForStatement && getCheckedOutcome(sourceCode, loop.test) === 'failure'));
  if (!tryStatement && !checksOutcome) return undefined;
  if (checks.some((check) => comparesPendingStatus(sourceCode, check.test)) || variesTheAttempt(sourceCode, loop, tryStatement)) return undefined;
  return { loop, tryStatement, outcomeVariables: findOutcomeVariables(sourceCode, loop) };
}

/**
 * Whether an `if` leaves the loop when the attempt succeeded or goes round when it failed (`if (res.ok) return res`,
 * `if (res.status >= 500) continue`), as opposed to giving up on failure (`if (!res.ok) break`, the end of a
 * pagination) or acting on something other than the outcome.
 */
function actsOnOutcome(
  sourceCode: Readonly<TSESLint.SourceCode>,
  check: TSESTree.IfStatement,
  loop: LoopStatement,
  jumps: (branch: TSESTree.Statement | null, loop: LoopStatement) => 'leaves' | 'continues' | undefined,
): boolean {
  const outcome = getCheckedOutcome(sourceCode, check.test);
  const onBranch = (branch: TSESTree.Statement | null, branchOutcome: CheckedOutcome | undefined): boolean => {
    const jump = jumps(branch, loop);
    return (jump === 'leaves' && branchOutcome === 'success') || (jump === 'continues' && branchOutcome === 'failure');
  };
  return onBranch(check.consequent, outcome) || onBranch(check.alternate, flipOutcome(outcome));
}

function isRetryingTry(sourceCode: Readonly<TSESLint.SourceCode>, tryStatement: TSESTree.TryStatement, loop: LoopStatement): boolean {
  const handler = tryStatement.handler;
  if (!handler || !hasAwait(sourceCode, tryStatement.block)) return false;
  const goesRound = continuesLoop(sourceCode, handler.body, loop) || !alwaysExits(handler.body, loop);
  return goesRound && (leavesOnSuccess(sourceCode, tryStatement, loop) || leavesAfterCaughtFailures(sourceCode, tryStatement, loop));
}

/**
 * The try block itself ends the loop once the attempt succeeded: `return await op()`, `break`, `done = true`,
 * `if (res.ok) return`, or `if (isValid(data)) return data; else throw ...` (the throw sends failures to the catch).
 */
function leavesOnSuccess(sourceCode: Readonly<TSESLint.SourceCode>, tryStatement: TSESTree.TryStatement, loop: LoopStatement): boolean {
  const testedVariables = getTestedVariables(sourceCode, loop);
  return tryStatement.block.body.some((statement) => {
    if (branchLeaves(statement, loop)) return true;
    if (statement.type === AST_NODE_TYPES.IfStatement) return actsOnOutcome(sourceCode, statement, loop, leaves) || leavesOrThrows(statement, loop);
    return statement.type === AST_NODE_TYPES.ExpressionStatement && assignsAny(sourceCode, statement.expression, testedVariables);
  });
}

/** `try { res = await op() } catch { ...; continue } return res;`: the catch always goes round, the code after the try leaves. */
function leavesAfterCaughtFailures(sourceCode: Readonly<TSESLint.SourceCode>, tryStatement: TSESTree.TryStatement, loop: LoopStatement): boolean {
  const handler = tryStatement.handler;
  const parent = tryStatement.parent;
  if (!handler || !continuesLoop(sourceCode, handler.body, loop) || parent.type !== AST_NODE_TYPES.BlockStatement) return false;
  const next = parent.body[parent.body.indexOf(tryStatement) + 1];
  if (!next) return false;
  if (next.type === AST_NODE_TYPES.IfStatement) return actsOnOutcome(sourceCode, next, loop, leaves);
  return branchLeaves(next, loop);
}

/** `if (check) return result; else throw error` (either way round): the check decides the outcome, whatever it reads. */
function leavesOrThrows(check: TSESTree.IfStatement, loop: LoopStatement): boolean {
  const throws = (branch: TSESTree.Statement | null): boolean => !!branch && getTopLevelStatements(branch).some((child) => child.type === AST_NODE_TYPES.ThrowStatement);
  return (branchLeaves(check.consequent, loop) && throws(check.alternate)) || (throws(check.consequent) && branchLeaves(check.alternate, loop));
}

function leaves(branch: TSESTree.Statement | null, loop: LoopStatement): 'leaves' | undefined {
  return branchLeaves(branch, loop) ? 'leaves' : undefined;
}

function leavesOrContinues(branch: TSESTree.Statement | null, loop: LoopStatement): 'leaves' | 'continues' | undefined {
  if (!branch) return undefined;
  if (branchLeaves(branch, loop)) return 'leaves';
  const continues = getTopLevelStatements(branch).some((statement) => statement.type === AST_NODE_TYPES.ContinueStatement && jumpsTo(statement, loop));
  return continues ? 'continues' : undefined;
}

/**
 * Whether each round sends something different: a variable the loop steps (`page` in `for (let page = 1; ...)`,
 * `offset += size`) is passed to the attempt (`fetch(\`/orders?page=${page}\`)`). That walks through pages or items;
 * a retry re-sends the same request. The attempt is an awaited call in the try block, or whose result is kept.
 */
function variesTheAttempt(sourceCode: Readonly<TSESLint.SourceCode>, loop: LoopStatement, tryStatement: TSESTree.TryStatement | undefined): boolean {
  const stepped = findSteppedVariables(sourceCode, loop);
  if (stepped.size === 0) return false;
  let varies = false;
  walkSubtree(sourceCode, tryStatement?.block ?? loop.body, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression && isAttempt(node, tryStatement) && !isPause(sourceCode, node.argument)) {
      varies = referencesAny(sourceCode, node.argument, stepped);
    }
    return !varies && !isFunction(node);
  });
  return varies;
}

/** `sleep(ms)` or `new Promise((resolve) => setTimeout(resolve, ms))`: a pause, whose delay may well follow the attempt number. */
function isPause(sourceCode: Readonly<TSESLint.SourceCode>, awaited: TSESTree.Expression): boolean {
  if (awaited.type === AST_NODE_TYPES.CallExpression) return isSleepName(getCalleeName(awaited) ?? '');
  if (awaited.type !== AST_NODE_TYPES.NewExpression) return false;
  let hasTimer = false;
  walkSubtree(sourceCode, awaited, (node) => {
    hasTimer ||= node.type === AST_NODE_TYPES.CallExpression && getCalleeName(node) === 'setTimeout';
    return !hasTimer;
  });
  return hasTimer;
}

/** In a try block every awaited call may be the attempt; otherwise the attempt is the awaited call whose result is kept. */
function isAttempt(node: TSESTree.AwaitExpression, tryStatement: TSESTree.TryStatement | undefined): boolean {
  if (tryStatement) return true;
  const parent = node.parent;
  return parent.type === AST_NODE_TYPES.VariableDeclarator || (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node);
}

/** Variables declared in a `for` head or stepped in the loop (`i++`, `offset += size`). */
function findSteppedVariables(sourceCode: Readonly<TSESLint.SourceCode>, loop: LoopStatement): Set<TSESLint.Scope.Variable> {
  const stepped = new Set<TSESLint.Scope.Variable>(loop.type === AST_NODE_TYPES.ForStatement && loop.init?.type === AST_NODE_TYPES.VariableDeclaration ? sourceCode.getDeclaredVariables(loop.init) : []);
  const visit = (node: TSESTree.Node): boolean => {
    const target =
      node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : node.type === AST_NODE_TYPES.AssignmentExpression && node.operator !== '=' ? node.left : undefined;
    const variable = target?.type === AST_NODE_TYPES.Identifier ? ASTUtils.findVariable(sourceCode.getScope(target), target) : undefined;
    if (variable) stepped.add(variable);
    return !isFunction(node);
  };
  walkSubtree(sourceCode, loop, visit);
  return stepped;
}

function referencesAny(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, variables: ReadonlySet<TSESLint.Scope.Variable>): boolean {
  let found = false;
  const visit = (child: TSESTree.Node): boolean => {
    if (child.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(sourceCode.getScope(child), child);
      found ||= !!variable && variables.has(variable);
    }
    return !found;
  };
  if (visit(node)) walkSubtree(sourceCode, node, visit);
  return found;
}

/** The variables a loop's condition reads (`done` in `while (!done)`). */
function getTestedVariables(sourceCode: Readonly<TSESLint.SourceCode>, loop: LoopStatement): Set<TSESLint.Scope.Variable> {
  const variables = new Set<TSESLint.Scope.Variable>();
  const test = loop.test;
  if (!test) return variables;
  const collect = (node: TSESTree.Node): boolean => {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      if (variable) variables.add(variable);
    }
    return true;
  };
  if (collect(test)) walkSubtree(sourceCode, test, collect);
  return variables;
}

function assignsAny(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Expression, variables: ReadonlySet<TSESLint.Scope.Variable>): boolean {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.left.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(expression.left), expression.left);
  return !!variable && variables.has(variable);
}

const DEQUEUE_METHODS = new Set(['shift', 'pop', 'next', 'dequeue']);

/**
 * `for (let i = 0; i < urls.length; i++)`, `while (queue.length)`, `while ((job = queue.shift()))`, or a counter
 * used as an index (`endpoints[i]`): the loop moves through items (a fallback over endpoints, a batch), it does not
 * re-attempt one operation.
 */
function iteratesOverItems(sourceCode: Readonly<TSESLint.SourceCode>, loop: LoopStatement): boolean {
  const header = [loop.test, loop.type === AST_NODE_TYPES.ForStatement ? loop.update : null].filter((node) => node !== null);
  let found = false;
  for (const node of header) {
    const visit = (child: TSESTree.Node): boolean => {
      if (child.type === AST_NODE_TYPES.MemberExpression && ['length', 'size'].includes(getStaticPropertyName(child) ?? '')) found = true;
      if (child.type === AST_NODE_TYPES.CallExpression && child.callee.type === AST_NODE_TYPES.MemberExpression && DEQUEUE_METHODS.has(getStaticPropertyName(child.callee) ?? '')) {
        found = true;
      }
      return !found;
    };
    if (visit(node)) walkSubtree(sourceCode, node, visit);
  }
  return found || (loop.type === AST_NODE_TYPES.ForStatement && indexesWithCounter(sourceCode, loop));
}

/** Tables a retry indexes by attempt number (`DELAYS_MS[attempt]`), which are not items. */
const DELAY_TABLE_WORDS = new Set(['delay', 'delays', 'backoff', 'backoffs', 'wait', 'waits', 'interval', 'intervals', 'timeout', 'timeouts', 'ms']);

function indexesWithCounter(sourceCode: Readonly<TSESLint.SourceCode>, loop: TSESTree.ForStatement): boolean {
  if (loop.init?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  return sourceCode.getDeclaredVariables(loop.init).some((variable) =>
    variable.references.some((reference) => {
      const parent = reference.identifier.parent;
      if (parent.type !== AST_NODE_TYPES.MemberExpression || !parent.computed || parent.property !== reference.identifier || !isWithin(parent, loop.body)) return false;
      const table = getMemberPath(parent.object)?.at(-1);
      return table === undefined || !splitWords(table).some((word) => DELAY_TABLE_WORDS.has(word));
    }),
  );
}
