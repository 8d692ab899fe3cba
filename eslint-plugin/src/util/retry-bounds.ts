import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, getStaticValue, isFunction } from './ast';
import type { RecursiveRetry } from './recursive-retries';
import { jumpsTo } from './retry-control-flow';
import type { RetryLoop } from './retry-loops';
import { walkSubtree } from './walk-subtree';

/**
 * Whether a hand-written retry gives up: after an attempt counter reaches a limit, a deadline passes, or a
 * cancellation is seen. A check of the attempt's own outcome (`if (res.ok) return`, `if (!isRetryable(err)) throw`)
 * decides success or failure, never when to stop trying. When a condition reads anything else (a counter, the clock,
 * `this.stopped`, a call on external state), it may be a bound and the retry counts as bounded: the rules stay silent
 * when unsure.
 */
export function isLoopBounded(sourceCode: Readonly<TSESLint.SourceCode>, retry: RetryLoop): boolean {
  const { loop, outcomeVariables } = retry;
  if (loop.test && !isAlwaysTrue(sourceCode, loop.test) && isBoundingCondition(sourceCode, loop.test, outcomeVariables)) return true;
  return hasBoundingExit(sourceCode, loop.body, loop, outcomeVariables);
}

export function isRecursionBounded(sourceCode: Readonly<TSESLint.SourceCode>, retry: RecursiveRetry): boolean {
  const { fn, retryCalls, outcomeVariables } = retry;
  if (retryCalls.some((call) => passesProgress(sourceCode, fn, call))) return true;
  if (retryCalls.some((call) => getGuards(call, fn).some((guard) => isBoundingCondition(sourceCode, guard, outcomeVariables)))) return true;
  return retry.failureRegions.some((region) => hasBoundingExit(sourceCode, region, fn, outcomeVariables));
}

/** A `return`, `throw`, `break` or `continue` guarded by a bounding condition, or a `signal.throwIfAborted()`. */
function hasBoundingExit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  region: TSESTree.Node,
  owner: TSESTree.Node,
  outcomeVariables: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  let found = false;
  walkSubtree(sourceCode, region, (node) => {
    if (isCancellationCheck(node)) found = true;
    else if (isJump(node, owner)) found ||= getGuards(node, owner).some((guard) => isBoundingCondition(sourceCode, guard, outcomeVariables));
    return !found && !isFunction(node);
  });
  return found;
}

function isJump(node: TSESTree.Node, owner: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return !isFunction(owner) && jumpsTo(node, owner as Parameters<typeof jumpsTo>[1]);
    default:
      return false;
  }
}

function isCancellationCheck(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(node.callee) === 'throwIfAborted';
}

/** The conditions that must hold for `node` to run, up to `owner`: `if` tests and `a ? node : b` / `a && node` tests. */
function getGuards(node: TSESTree.Node, owner: TSESTree.Node): TSESTree.Expression[] {
  const guards: TSESTree.Expression[] = [];
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && current !== owner; child = current, current = current.parent) {
    if ((current.type === AST_NODE_TYPES.IfStatement || current.type === AST_NODE_TYPES.ConditionalExpression) && child !== current.test) guards.push(current.test);
    if (current.type === AST_NODE_TYPES.LogicalExpression && child === current.right) guards.push(current.left);
  }
  return guards;
}

function isAlwaysTrue(sourceCode: Readonly<TSESLint.SourceCode>, test: TSESTree.Expression): boolean {
  const value = getStaticValue(sourceCode, test);
  return value !== undefined && !!value.value;
}

/**
 * Whether a condition may stop the retry: it reads something other than the attempt's outcome and constants.
 * Calls are neutral only when they look at the outcome (`isRetryable(err)`, `CODES.includes(err.code)`); a call on
 * nothing or on other state (`Date.now()`, `elapsed(start)`, `shouldStop()`) may be a deadline.
 */
export function isBoundingCondition(
  sourceCode: Readonly<TSESLint.SourceCode>,
  condition: TSESTree.Node,
  outcomeVariables: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  const visit = (node: TSESTree.Node): 'outcome' | 'neutral' | 'bounding' => {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return 'neutral';
      case AST_NODE_TYPES.ThisExpression:
        return 'bounding';
      case AST_NODE_TYPES.Identifier:
        return classifyIdentifier(sourceCode, node, outcomeVariables);
      case AST_NODE_TYPES.MemberExpression:
        return combine([visit(node.object), node.computed ? visit(node.property) : 'neutral']);
      case AST_NODE_TYPES.CallExpression: {
        const callee = node.callee.type === AST_NODE_TYPES.Identifier ? 'neutral' : visit(node.callee);
        const args = node.arguments.map(visit);
        if (callee === 'bounding' || args.includes('bounding')) return 'bounding';
        return callee === 'outcome' || args.includes('outcome') ? 'outcome' : 'bounding';
      }
      case AST_NODE_TYPES.BinaryExpression:
        return node.operator === 'instanceof' ? visit(node.left) : combine([visit(node.left), visit(node.right)]);
      case AST_NODE_TYPES.LogicalExpression:
        return combine([visit(node.left), visit(node.right)]);
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.AwaitExpression:
        return visit(node.argument);
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
        return visit(node.expression);
      case AST_NODE_TYPES.TemplateLiteral:
        return combine(node.expressions.map(visit));
      default:
        return 'bounding';
    }
  };
  return visit(condition) === 'bounding';
}

function combine(parts: readonly ('outcome' | 'neutral' | 'bounding')[]): 'outcome' | 'neutral' | 'bounding' {
  if (parts.includes('bounding')) return 'bounding';
  return parts.includes('outcome') ? 'outcome' : 'neutral';
}

/** Outcome variables, constants and `undefined` do not bound; counters, clocks and other state may. */
function classifyIdentifier(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
  outcomeVariables: ReadonlySet<TSESLint.Scope.Variable>,
): 'outcome' | 'neutral' | 'bounding' {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length === 0) return identifier.name === 'undefined' ? 'neutral' : 'bounding';
  if (outcomeVariables.has(variable)) return 'outcome';
  const definition = variable.defs[0];
  const isConstant =
    definition?.type === 'ImportBinding' ||
    (definition?.type === 'Variable' && definition.parent.kind === 'const' && variable.references.every((reference) => !reference.isWrite() || reference.init));
  return isConstant ? 'neutral' : 'bounding';
}

/**
 * Whether a self-call passes something other than its own parameters back unchanged (`attempt + 1`, `retries - 1`,
 * `{ ...opts, attempt }`). The function handed to a timer (`setTimeout(connect, 5000)`) runs again with no arguments.
 */
function passesProgress(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike, call: TSESTree.Node): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  // `this.connect.bind(this)` passes only what follows `this`.
  const isBind = call.callee.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(call.callee) === 'bind';
  return call.arguments.slice(isBind ? 1 : 0).some((argument, index) => {
    const parameter = fn.params[index];
    const name = parameter?.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    if (name?.type !== AST_NODE_TYPES.Identifier || argument.type !== AST_NODE_TYPES.Identifier) return true;
    const variable = ASTUtils.findVariable(sourceCode.getScope(argument), argument);
    const isSameParameter = variable?.defs[0]?.type === 'Parameter' && variable.defs[0].name === name;
    const isReassigned = variable?.references.some((reference) => reference.isWrite()) ?? true;
    return !isSameParameter || isReassigned;
  });
}
