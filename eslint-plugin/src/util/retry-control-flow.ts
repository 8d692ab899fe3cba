import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, isFunction, isWithin, skipTypeWrappers } from './ast';
import { walkSubtree } from './walk-subtree';

/**
 * Control-flow facts about hand-written retries, shared by the loop and the recursion detectors:
 * which statements leave a loop, which checks test an attempt's outcome, which variables hold it.
 */

export type LoopStatement = TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement;

const LOOP_TYPES = new Set<string>([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForInStatement,
]);

export function isLoop(node: TSESTree.Node): boolean {
  return LOOP_TYPES.has(node.type);
}

/** Whether a `break` or `continue` jumps out of (or round) `loop`: its label names it, or no closer loop (or switch, for `break`) encloses it. */
export function jumpsTo(statement: TSESTree.BreakStatement | TSESTree.ContinueStatement, loop: LoopStatement): boolean {
  if (statement.label) return loop.parent.type === AST_NODE_TYPES.LabeledStatement && loop.parent.label.name === statement.label.name;
  for (let current: TSESTree.Node | undefined = statement.parent; current && current !== loop; current = current.parent) {
    if (isLoop(current) || isFunction(current)) return false;
    if (statement.type === AST_NODE_TYPES.BreakStatement && current.type === AST_NODE_TYPES.SwitchStatement) return false;
  }
  return true;
}

/** `return`, `throw`, or a `break` out of `loop`. */
export function isLoopExit(statement: TSESTree.Node, loop: LoopStatement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  return statement.type === AST_NODE_TYPES.BreakStatement && jumpsTo(statement, loop);
}

/** Whether a statement leaves `loop` on every path (`throw e`, or `if (a) return; else break;`). */
export function alwaysExits(statement: TSESTree.Statement, loop: LoopStatement): boolean {
  if (isLoopExit(statement, loop)) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) return statement.body.some((child) => alwaysExits(child, loop));
  if (statement.type === AST_NODE_TYPES.IfStatement) return !!statement.alternate && alwaysExits(statement.consequent, loop) && alwaysExits(statement.alternate, loop);
  return false;
}

/** The statements a branch runs first-hand: a block's own statements, or the single statement. */
export function getTopLevelStatements(statement: TSESTree.Statement): readonly TSESTree.Statement[] {
  return statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement];
}

/** Whether a branch ends the attempt loop on its own: a `return` or `break` among its top-level statements. */
export function branchLeaves(statement: TSESTree.Statement | null | undefined, loop: LoopStatement): boolean {
  if (!statement) return false;
  return getTopLevelStatements(statement).some(
    (child) => child.type === AST_NODE_TYPES.ReturnStatement || (child.type === AST_NODE_TYPES.BreakStatement && jumpsTo(child, loop)),
  );
}

/** Whether a region holds a `continue` that goes round `loop`. */
export function continuesLoop(sourceCode: Readonly<TSESLint.SourceCode>, region: TSESTree.Node, loop: LoopStatement): boolean {
  let found = false;
  walkSubtree(sourceCode, region, (node) => {
    if (node.type === AST_NODE_TYPES.ContinueStatement && jumpsTo(node, loop)) found = true;
    return !found && !isFunction(node);
  });
  return found;
}

/** Whether a region awaits something itself (not in a nested function): the attempt of an async retry. */
export function hasAwait(sourceCode: Readonly<TSESLint.SourceCode>, region: TSESTree.Node): boolean {
  let found = region.type === AST_NODE_TYPES.AwaitExpression;
  walkSubtree(sourceCode, region, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression) found = true;
    return !found && !isFunction(node);
  });
  return found;
}

const STATUS_PROPERTIES = new Set(['status', 'statusCode']);
const MEMBERSHIP_METHODS = new Set(['includes', 'has']);

/** What a condition being true says about the attempt it checks. */
export type CheckedOutcome = 'success' | 'failure';

/**
 * Reads a condition as a check of an attempt's outcome: `res.ok` and `res.status < 500` hold on success,
 * `!res.ok`, `res.status === 503` and `RETRYABLE.includes(res.statusCode)` on failure, and the result of an
 * attempt whose rejection was caught with `.catch()` is there on success. Undefined for anything else:
 * `job.status === 'done'` compares with a string, which is polling for a state, not checking a failure.
 */
export function getCheckedOutcome(sourceCode: Readonly<TSESLint.SourceCode>, test: TSESTree.Node): CheckedOutcome | undefined {
  const node = skipTypeWrappers(test);
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' ? flipOutcome(getCheckedOutcome(sourceCode, node.argument)) : undefined;
    case AST_NODE_TYPES.MemberExpression:
      return getStaticPropertyName(node) === 'ok' ? 'success' : undefined;
    case AST_NODE_TYPES.Identifier:
      return isCaughtAttemptResult(sourceCode, node) ? 'success' : undefined;
    case AST_NODE_TYPES.BinaryExpression:
      return getStatusComparisonOutcome(node);
    case AST_NODE_TYPES.CallExpression: {
      const callee = node.callee;
      const [first] = node.arguments;
      const isMembership = callee.type === AST_NODE_TYPES.MemberExpression && MEMBERSHIP_METHODS.has(getStaticPropertyName(callee) ?? '');
      return isMembership && first && isStatusRead(first) ? 'failure' : undefined;
    }
    case AST_NODE_TYPES.LogicalExpression: {
      // `res.status === 503 && attempt < 3`: the side that checks the outcome decides.
      const left = getCheckedOutcome(sourceCode, node.left);
      const right = getCheckedOutcome(sourceCode, node.right);
      if (left && right) return left === right ? left : undefined;
      return left ?? right;
    }
    default:
      return undefined;
  }
}

export function flipOutcome(outcome: CheckedOutcome | undefined): CheckedOutcome | undefined {
  if (outcome === undefined) return undefined;
  return outcome === 'success' ? 'failure' : 'success';
}

/** `res.status === 200` and `res.status < 500` hold on success; `res.status >= 500` and `res.status === 429` on failure. */
function getStatusComparisonOutcome(comparison: TSESTree.BinaryExpression): CheckedOutcome | undefined {
  const { left, right } = comparison;
  const statusOnLeft = isStatusRead(left);
  const other = statusOnLeft ? right : left;
  if ((!statusOnLeft && !isStatusRead(right)) || other.type !== AST_NODE_TYPES.Literal || typeof other.value !== 'number') return undefined;
  const code = other.value;
  const operator = statusOnLeft ? comparison.operator : MIRRORED_OPERATORS[comparison.operator] ?? comparison.operator;
  switch (operator) {
    case '===':
    case '==':
      return code < 400 ? 'success' : 'failure';
    case '!==':
    case '!=':
      return code < 400 ? 'failure' : 'success';
    case '<':
    case '<=':
      return code <= 500 ? 'success' : undefined;
    case '>':
    case '>=':
      return code >= 399 ? 'failure' : undefined;
    default:
      return undefined;
  }
}

/** Statuses that mean "not there yet" (202 Accepted, 404 Not Found): a loop waiting them out polls, it does not retry a failure. */
const PENDING_STATUSES = new Set([202, 404]);

/** Whether a condition compares a status with a pending one (`res.status === 404`, `res.status !== 202`). */
export function comparesPendingStatus(sourceCode: Readonly<TSESLint.SourceCode>, test: TSESTree.Node): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): boolean => {
    if (node.type === AST_NODE_TYPES.BinaryExpression && (isStatusRead(node.left) || isStatusRead(node.right))) {
      const other = isStatusRead(node.left) ? node.right : node.left;
      found ||= other.type === AST_NODE_TYPES.Literal && typeof other.value === 'number' && PENDING_STATUSES.has(other.value);
    }
    return !found && !isFunction(node);
  };
  if (visit(test)) walkSubtree(sourceCode, test, visit);
  return found;
}

const MIRRORED_OPERATORS: Partial<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** `res.status`, `err.response?.statusCode`, or a `status` taken out of the response (`const { status } = await call()`). */
function isStatusRead(node: TSESTree.Node): boolean {
  const read = skipTypeWrappers(node);
  if (read.type === AST_NODE_TYPES.Identifier) return STATUS_PROPERTIES.has(read.name);
  return read.type === AST_NODE_TYPES.MemberExpression && STATUS_PROPERTIES.has(getStaticPropertyName(read) ?? '');
}

/** `const result = await attempt().catch(() => undefined)`: the variable is empty when the attempt failed. */
function isCaughtAttemptResult(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): boolean {
  const definition = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (definition?.type !== 'Variable' || !definition.node.init) return false;
  const init = skipTypeWrappers(definition.node.init);
  if (init.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const call = skipTypeWrappers(init.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticPropertyName(call.callee);
  return method === 'catch' || (method === 'then' && call.arguments.length >= 2);
}

/**
 * Variables that hold an attempt's outcome inside a retry: the caught error, the response, a `done` flag. Every
 * write to them in `region` stores an awaited result, a boolean, or another value read as is (`lastError = err`).
 * Checking them decides whether an attempt succeeded, so such a check is no attempt limit.
 */
export function findOutcomeVariables(sourceCode: Readonly<TSESLint.SourceCode>, region: TSESTree.Node): Set<TSESLint.Scope.Variable> {
  const candidates = new Set<TSESLint.Scope.Variable>();
  walkSubtree(sourceCode, region, (node) => {
    if (node.type === AST_NODE_TYPES.CatchClause) sourceCode.getDeclaredVariables(node).forEach((variable) => candidates.add(variable));
    if (node.type === AST_NODE_TYPES.VariableDeclarator || node.type === AST_NODE_TYPES.AssignmentExpression) {
      const target = node.type === AST_NODE_TYPES.VariableDeclarator ? node.id : node.left;
      const variable = target.type === AST_NODE_TYPES.Identifier ? ASTUtils.findVariable(sourceCode.getScope(target), target) : undefined;
      if (variable) candidates.add(variable);
    }
    return !isFunction(node);
  });
  return new Set([...candidates].filter((variable) => isOutcomeVariable(variable, region)));
}

function isOutcomeVariable(variable: TSESLint.Scope.Variable, region: TSESTree.Node): boolean {
  if (variable.defs[0]?.type === 'CatchClause') return true;
  const writes = variable.references.filter((reference) => reference.isWrite() && isWithin(reference.identifier, region));
  return (
    writes.length > 0 &&
    writes.every((reference) => {
      const writer = reference.identifier.parent;
      if (writer.type === AST_NODE_TYPES.VariableDeclarator) return !!writer.init && isOutcomeValue(writer.init);
      return writer.type === AST_NODE_TYPES.AssignmentExpression && writer.operator === '=' && isOutcomeValue(writer.right);
    })
  );
}

function isOutcomeValue(value: TSESTree.Expression): boolean {
  const node = skipTypeWrappers(value);
  switch (node.type) {
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
      return true;
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'boolean' || node.value === null;
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' && isOutcomeValue(node.argument);
    default:
      return false;
  }
}
