import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, isFunction, isWithin } from './ast';
import { findThisClassBody, resolveFunction } from './function-resolution';
import { findOutcomeVariables, flipOutcome, getCheckedOutcome, hasAwait } from './retry-control-flow';
import { isConnectionLossListener, isRejectionHandler } from './retry-triggers';
import { walkSubtree } from './walk-subtree';

/** A function that runs itself again after an attempt failed, directly or through a helper that schedules it. */
export interface RecursiveRetry {
  readonly fn: TSESTree.FunctionLike;
  /** The function's name as written: where a report goes. */
  readonly name: TSESTree.Node;
  /** What runs it again: a call (`send(msg, attempt + 1)`), or the function handed to a timer (`setTimeout(connect, 5000)`). */
  readonly retryCalls: readonly TSESTree.Node[];
  /** Where each failure is handled before the retry: catch bodies, `.catch()` callbacks, failure branches, listeners, timers. */
  readonly failureRegions: readonly TSESTree.Node[];
  /** Variables holding an attempt's outcome (the caught error, the response). */
  readonly outcomeVariables: ReadonlySet<TSESLint.Scope.Variable>;
  /**
   * Whether it only runs again once a connection was lost (a `close` or `error` listener) or through a scheduling
   * helper (`scheduleReconnect()`): the supervision of a long-lived connection, which keeps one timer pending and no
   * caller waiting, so `no-unbounded-retry` leaves it alone.
   */
  readonly reconnects: boolean;
}

type IsWaitCall = (call: TSESTree.CallExpression) => boolean;

/** How code names a function: `this.connect` for a method, a variable for a function declaration or a `const` arrow. */
type FunctionIdentity =
  | { readonly name: TSESTree.Node; readonly method: string; readonly classBody: TSESTree.ClassBody }
  | { readonly name: TSESTree.Identifier; readonly variable: TSESLint.Scope.Variable };

interface FailureRegion {
  readonly region: TSESTree.Node;
  readonly trigger: 'failure' | 'connection-loss';
}

/**
 * Recognises retry by recursion: `fetchWithRetry` calling itself from the `catch` of an awaited attempt, from a
 * `.catch()` (or `.then(_, onRejected)`) callback, or from a branch taken when a status check fails, possibly
 * through a timer callback (`setTimeout(() => send(msg, attempt + 1), delay)`, `setTimeout(connect, 5000)`); a
 * `connect()` that schedules itself from a listener of a lost connection (`ws.on('close', ...)`); and a helper that
 * schedules such a function on a timer (`scheduleReconnect()`). `isWaitCall` tells which calls wait. Recursion over
 * data (pagination, trees) is not in a failure path and is ignored.
 */
export function findRecursiveRetry(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike, isWaitCall: IsWaitCall): RecursiveRetry | undefined {
  const identity = getFunctionIdentity(sourceCode, fn);
  if (!identity || !fn.body) return undefined;
  return findSelfRetry(sourceCode, fn, identity, isWaitCall) ?? findScheduledRetry(sourceCode, fn, identity, isWaitCall);
}

function findSelfRetry(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike, identity: FunctionIdentity, isWaitCall: IsWaitCall): RecursiveRetry | undefined {
  const retryCalls: TSESTree.Node[] = [];
  const regions: FailureRegion[] = [];
  for (const invocation of findInvocations(sourceCode, identity, fn, isWaitCall)) {
    // `getUser(id, false)`, `load(url, 'replica')`: a literal switches mode (a fallback), it does not try the same again.
    if (invocation.type === AST_NODE_TYPES.CallExpression && invocation.arguments.some((argument) => argument.type === AST_NODE_TYPES.Literal)) continue;
    const failure = findFailureRegion(sourceCode, fn, invocation, isWaitCall);
    if (!failure) continue;
    retryCalls.push(invocation);
    regions.push(failure);
  }
  if (retryCalls.length === 0) return undefined;
  const reconnects = regions.every((failure) => failure.trigger === 'connection-loss');
  return { fn, name: identity.name, retryCalls, failureRegions: [...new Set(regions.map((failure) => failure.region))], outcomeVariables: getOutcomeVariables(sourceCode, fn), reconnects };
}

/**
 * `scheduleReconnect() { setTimeout(() => this.connect(), delay) }` where `connect()` calls `scheduleReconnect()`
 * after a failure or a lost connection: the pair retries, and the wait (and the report) is in the helper.
 */
function findScheduledRetry(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike, identity: FunctionIdentity, isWaitCall: IsWaitCall): RecursiveRetry | undefined {
  const retryCalls: TSESTree.Node[] = [];
  const timers: TSESTree.CallExpression[] = [];
  walkSubtree(sourceCode, fn.body ?? fn, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && isWaitCall(node)) {
      const scheduled = findScheduledInvocations(sourceCode, node, fn).find(({ target }) => callsBackAfterFailure(sourceCode, identity, target, isWaitCall));
      if (scheduled) {
        retryCalls.push(scheduled.invocation);
        timers.push(node);
      }
    }
    return !isFunction(node);
  });
  if (retryCalls.length === 0) return undefined;
  return { fn, name: identity.name, retryCalls, failureRegions: timers, outcomeVariables: getOutcomeVariables(sourceCode, fn), reconnects: true };
}

/** The functions of this file (other than `scheduler`) that a timer runs: `setTimeout(() => this.connect(), d)`, `setTimeout(connect, d)`. */
function findScheduledInvocations(
  sourceCode: Readonly<TSESLint.SourceCode>,
  timer: TSESTree.CallExpression,
  scheduler: TSESTree.FunctionLike,
): { invocation: TSESTree.Node; target: TSESTree.FunctionLike }[] {
  const [callback] = timer.arguments;
  if (!callback || callback.type === AST_NODE_TYPES.SpreadElement) return [];
  const candidates: TSESTree.Node[] = [];
  if (isFunction(callback)) {
    walkSubtree(sourceCode, callback, (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) candidates.push(node);
      return !isFunction(node);
    });
  } else {
    candidates.push(callback);
  }
  return candidates.flatMap((invocation) => {
    const callee = invocation.type === AST_NODE_TYPES.CallExpression ? invocation.callee : invocation;
    const resolved = resolveFunction(sourceCode, undefined, getUnboundFunction(callee));
    return resolved?.where === 'this-file' && resolved.node !== scheduler && resolved.node !== callback ? [{ invocation, target: resolved.node }] : [];
  });
}

/** `this.connect` for `this.connect.bind(this)`; the expression itself otherwise. */
function getUnboundFunction(expression: TSESTree.Node): TSESTree.Node {
  if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.MemberExpression) return expression;
  return getStaticPropertyName(expression.callee) === 'bind' ? expression.callee.object : expression;
}

/** Whether `target` invokes the function named by `identity` after a failure or a lost connection. */
function callsBackAfterFailure(sourceCode: Readonly<TSESLint.SourceCode>, identity: FunctionIdentity, target: TSESTree.FunctionLike, isWaitCall: IsWaitCall): boolean {
  return findInvocations(sourceCode, identity, target, isWaitCall).some((invocation) => findFailureRegion(sourceCode, target, invocation, isWaitCall, true) !== undefined);
}

function getOutcomeVariables(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike): Set<TSESLint.Scope.Variable> {
  return fn.body ? findOutcomeVariables(sourceCode, fn.body) : new Set();
}

/** The function's name and how code refers to it: by variable for functions and `const` arrows, `this.name` for methods. */
function getFunctionIdentity(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike): FunctionIdentity | undefined {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && !parent.static && parent.kind === 'method') {
    const method = getStaticPropertyName(parent);
    return method === undefined ? undefined : { name: parent.key, method, classBody: parent.parent };
  }
  const declarator = parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier ? parent : undefined;
  const name = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id : (declarator?.id as TSESTree.Identifier | undefined);
  const variable = name && sourceCode.getDeclaredVariables(declarator ?? fn).find((candidate) => candidate.name === name.name);
  return name && variable ? { name, variable } : undefined;
}

/**
 * The places in `region` that run the function again: calls to it, and the function itself handed to a timer
 * (`setTimeout(connect, 5000)`, `setTimeout(this.connect.bind(this), 5000)`).
 */
function findInvocations(sourceCode: Readonly<TSESLint.SourceCode>, identity: FunctionIdentity, region: TSESTree.FunctionLike, isWaitCall: IsWaitCall): TSESTree.Node[] {
  const references: TSESTree.Node[] = [];
  if ('variable' in identity) {
    references.push(...identity.variable.references.map((reference) => reference.identifier).filter((identifier) => isWithin(identifier, region)));
  } else if (region.body) {
    walkSubtree(sourceCode, region.body, (node) => {
      const isThisMethod =
        node.type === AST_NODE_TYPES.MemberExpression &&
        node.object.type === AST_NODE_TYPES.ThisExpression &&
        getStaticPropertyName(node) === identity.method &&
        findThisClassBody(node) === identity.classBody;
      if (isThisMethod) references.push(node);
      return true;
    });
  }
  return references.flatMap((reference) => {
    const parent = reference.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference) return [parent];
    const handed = getBoundFunction(reference);
    return handed.parent?.type === AST_NODE_TYPES.CallExpression && handed.parent.arguments[0] === handed && isWaitCall(handed.parent) ? [handed] : [];
  });
}

/** `this.connect.bind(this)` for `this.connect`; the reference itself otherwise. */
function getBoundFunction(reference: TSESTree.Node): TSESTree.Node {
  const member = reference.parent;
  const call = member?.parent;
  const isBind = member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference && getStaticPropertyName(member) === 'bind';
  return isBind && call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : reference;
}

/**
 * Walks up from an invocation to the function and returns the failure handler it sits in, if any. A listener of a
 * lost connection counts only when a timer stands between it and the invocation (`setTimeout(() => this.connect())`):
 * `stream.on('end', () => next(i + 1))` moves on to the next item, it does not reconnect.
 */
function findFailureRegion(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: TSESTree.FunctionLike,
  invocation: TSESTree.Node,
  isWaitCall: IsWaitCall,
  isScheduled = false,
): FailureRegion | undefined {
  const parent = invocation.parent;
  let waited = isScheduled || (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === invocation && isWaitCall(parent));
  let child: TSESTree.Node = invocation;
  for (let node: TSESTree.Node | undefined = invocation.parent; node && node !== fn; child = node, node = node.parent) {
    if (node.type === AST_NODE_TYPES.CatchClause && child === node.body) {
      return hasAwait(sourceCode, node.parent.block) ? { region: node.body, trigger: 'failure' } : undefined;
    }
    if ((node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) && child !== node.test) {
      const outcome = getCheckedOutcome(sourceCode, node.test);
      if ((child === node.consequent ? outcome : flipOutcome(outcome)) === 'failure') return { region: child, trigger: 'failure' };
    }
    if (isFunction(node)) {
      if (isRejectionHandler(node)) return { region: node, trigger: 'failure' };
      if (isConnectionLossListener(node)) return waited ? { region: node, trigger: 'connection-loss' } : undefined;
      if (!isWaitCallback(node, isWaitCall)) return undefined;
      waited = true;
    }
  }
  return undefined;
}

/** A callback that runs after a pause: passed to a wait (`setTimeout(cb, d)`, `delay(cb, d)`, `sleep(d).then(cb)`) or a promise executor around one. */
function isWaitCallback(fn: TSESTree.FunctionLike, isWaitCall: IsWaitCall): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    if (isWaitCall(parent)) return true;
    // `sleep(delay).then(() => retry())`
    const callee = parent.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(callee) === 'then' && callee.object.type === AST_NODE_TYPES.CallExpression && isWaitCall(callee.object);
  }
  return parent?.type === AST_NODE_TYPES.NewExpression && parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Promise';
}

