import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction, getStaticPropertyName, skipTypeWrappers } from './ast';
import { createSinkMatcher } from './logger-sinks';
import { isQualifiedName, resolveQualifiedName } from './module-bindings';
import { walkSubtree } from './walk-subtree';

/**
 * How a started span ends: `ended` on every path (normal, early return and throw), `never-ended`,
 * `not-ended-on-every-path`, or `handed-off` when the code gives the span away (returns it, passes it to a function,
 * stores it, or uses it in a callback), so whoever receives it owns ending it.
 */
export type SpanEndVerdict = 'ended' | 'never-ended' | 'not-ended-on-every-path' | 'handed-off';

export interface SpanLifetime {
  readonly verdict: SpanEndVerdict;
  /** The calls that end the span (`span.end()`), in source order. */
  readonly endCalls: readonly TSESTree.CallExpression[];
}

/** What a span lives in: the variable holding it, the statements that run after it started, and the function running them. */
export interface SpanScope {
  readonly variable: TSESLint.Scope.Variable;
  readonly statements: readonly TSESTree.Statement[];
  readonly owner: TSESTree.FunctionLike | undefined;
  /** The methods that end the span (`end`, dd-trace's `finish`). */
  readonly endMethods: readonly string[];
}

const OTEL_API = '@opentelemetry/api';

/** The OpenTelemetry calls that put a span in a context without taking it over. */
const CONTEXT_SETTERS: readonly (readonly string[])[] = [['trace', 'setSpan'], ['trace', 'setSpanContext']];

interface Flow {
  /** `end()` has run on this path. */
  readonly ended: boolean;
  /** This path left the statements (return, throw, break, continue). */
  readonly terminated: boolean;
}

/** Whether a throw or return at this point is covered by an enclosing `try` of the span's statements. */
interface Guard {
  readonly throwSafe: boolean;
  readonly returnSafe: boolean;
}

/**
 * Decides whether a span is ended on every path through the statements after it started. The walk is structural:
 * `if` merges both branches, a `try` whose `finally` ends the span covers everything inside it, a `catch` that ends
 * it covers throws from its `try`, and loops may run zero times. Any call, `await` or `new` may throw.
 */
export function analyzeSpanLifetime(sourceCode: Readonly<TSESLint.SourceCode>, scope: SpanScope): SpanLifetime {
  const endCalls: TSESTree.CallExpression[] = [];
  const spanMethodCalls = new Set<TSESTree.Node>();
  for (const reference of scope.variable.references) {
    if (reference.init) continue;
    const use = classifyReference(sourceCode, reference, scope);
    if (use === 'handed-off') return { verdict: 'handed-off', endCalls: [] };
    if (use.call) spanMethodCalls.add(use.call);
    if (use.isEnd && use.call) endCalls.push(use.call);
  }
  if (endCalls.length === 0) return { verdict: 'never-ended', endCalls };
  const context: PathContext = { sourceCode, endCalls: new Set(endCalls), spanMethodCalls, isLogCall: createSinkMatcher({ sourceCode, configured: [] }), leaks: [] };
  const flow = runList(context, scope.statements, { ended: false, terminated: false }, { throwSafe: false, returnSafe: false });
  const isLeaking = context.leaks.length > 0 || (!flow.ended && !flow.terminated);
  return { verdict: isLeaking ? 'not-ended-on-every-path' : 'ended', endCalls: endCalls.sort((a, b) => a.range[0] - b.range[0]) };
}

/** A reference is an end call, another method call on the span, a context setter, or a hand-off. */
function classifyReference(
  sourceCode: Readonly<TSESLint.SourceCode>,
  reference: TSESLint.Scope.Reference,
  scope: SpanScope,
): 'handed-off' | { call: TSESTree.CallExpression | undefined; isEnd: boolean } {
  const identifier = reference.identifier as TSESTree.Identifier;
  if (reference.isWrite() || getEnclosingFunction(identifier) !== scope.owner) return 'handed-off';
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const call = parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent ? parent.parent : undefined;
    return { call, isEnd: call !== undefined && scope.endMethods.includes(getStaticPropertyName(parent) ?? '') };
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(identifier)) {
    const callee = resolveQualifiedName(sourceCode, parent.callee);
    if (CONTEXT_SETTERS.some((setter) => isQualifiedName(callee, OTEL_API, setter))) return { call: undefined, isEnd: false };
  }
  return 'handed-off';
}

/** What the path walk knows about the span: its end calls, and its other method calls (which never throw). */
interface PathContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly endCalls: ReadonlySet<TSESTree.CallExpression>;
  readonly spanMethodCalls: ReadonlySet<TSESTree.Node>;
  /** Recognises calls of loggers and telemetry APIs (`logger.info`, `console.log`), which never throw. */
  readonly isLogCall: (call: TSESTree.CallExpression) => unknown;
  /** Where a path leaves the statements with the span open (filled by the walk). */
  readonly leaks: TSESTree.Node[];
}

function runList(context: PathContext, statements: readonly TSESTree.Statement[], start: Flow, guard: Guard): Flow {
  let flow = start;
  for (const statement of statements) {
    if (flow.ended || flow.terminated) break;
    flow = runStatement(context, statement, flow, guard);
  }
  return flow;
}

function runStatement(context: PathContext, statement: TSESTree.Statement, flow: Flow, guard: Guard): Flow {
  if (isEndStatement(context, statement)) return { ended: true, terminated: false };
  switch (statement.type) {
    case AST_NODE_TYPES.BlockStatement:
      return runList(context, statement.body, flow, guard);
    case AST_NODE_TYPES.IfStatement: {
      checkThrow(context, statement.test, guard);
      const consequent = runStatement(context, statement.consequent, flow, guard);
      const alternate = statement.alternate ? runStatement(context, statement.alternate, flow, guard) : flow;
      return merge(consequent, alternate);
    }
    case AST_NODE_TYPES.ReturnStatement:
      checkThrow(context, statement.argument, guard);
      if (!guard.returnSafe) context.leaks.push(statement);
      return { ended: flow.ended, terminated: true };
    case AST_NODE_TYPES.ThrowStatement:
      if (!guard.throwSafe) context.leaks.push(statement);
      return { ended: flow.ended, terminated: true };
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return { ended: flow.ended, terminated: true };
    case AST_NODE_TYPES.TryStatement:
      return runTry(context, statement, flow, guard);
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return runLoop(context, statement, flow, guard);
    case AST_NODE_TYPES.SwitchStatement:
      checkThrow(context, statement.discriminant, guard);
      for (const switchCase of statement.cases) runList(context, switchCase.consequent, flow, guard);
      return flow;
    case AST_NODE_TYPES.LabeledStatement:
      return runStatement(context, statement.body, flow, guard);
    case AST_NODE_TYPES.FunctionDeclaration:
      return flow;
    default:
      checkThrow(context, statement, guard);
      return flow;
  }
}

/** A loop may run zero times: what its body does to the span does not carry past it. */
function runLoop(
  context: PathContext,
  loop: TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement | TSESTree.ForInStatement | TSESTree.ForOfStatement,
  flow: Flow,
  guard: Guard,
): Flow {
  const heads = loop.type === AST_NODE_TYPES.ForStatement ? [loop.init, loop.test, loop.update] : loop.type === AST_NODE_TYPES.ForInStatement || loop.type === AST_NODE_TYPES.ForOfStatement ? [loop.right] : [loop.test];
  for (const head of heads) checkThrow(context, head, guard);
  runStatement(context, loop.body, flow, guard);
  return flow;
}

function runTry(context: PathContext, statement: TSESTree.TryStatement, flow: Flow, guard: Guard): Flow {
  const finallyEnds = statement.finalizer !== null && runList({ ...context, leaks: [] }, statement.finalizer.body, flow, { throwSafe: true, returnSafe: true }).ended;
  const outer: Guard = { throwSafe: guard.throwSafe || finallyEnds, returnSafe: guard.returnSafe || finallyEnds };
  const tried = runList(context, statement.block.body, flow, { ...outer, throwSafe: outer.throwSafe || statement.handler !== null });
  // A throw can happen before anything in the `try` ran: the `catch` starts from the state before it.
  const after = statement.handler ? merge(tried, runList(context, statement.handler.body.body, flow, outer)) : tried;
  if (finallyEnds) return { ended: true, terminated: after.terminated };
  return statement.finalizer ? runList(context, statement.finalizer.body, after, guard) : after;
}

function isEndStatement(context: PathContext, statement: TSESTree.Statement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  let expression: TSESTree.Node = skipTypeWrappers(statement.expression);
  if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') expression = skipTypeWrappers(expression.argument);
  return context.endCalls.has(expression as TSESTree.CallExpression);
}

function checkThrow(context: PathContext, node: TSESTree.Node | null | undefined, guard: Guard): void {
  if (node && !guard.throwSafe && mayThrow(context, node)) context.leaks.push(node);
}

/**
 * Calls, `await`, `new` and `yield` may throw; the span's own methods, the OpenTelemetry API and loggers never do (by
 * design, so instrumentation and logging cannot break the code they observe: `trace.setSpan(context.active(), span)`
 * and `logger.info({ id }, 'capturing')` are safe). Their arguments may still throw.
 */
function mayThrow(context: PathContext, node: TSESTree.Node): boolean {
  let found = isThrowingExpression(context, node);
  if (!found) {
    walkSubtree(context.sourceCode, node, (child) => {
      if (found || isFunction(child)) return false;
      found = isThrowingExpression(context, child);
      return !found;
    });
  }
  return found;
}

function isThrowingExpression(context: PathContext, node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.CallExpression &&
      !context.spanMethodCalls.has(node) &&
      resolveQualifiedName(context.sourceCode, node.callee)?.module !== OTEL_API &&
      context.isLogCall(node) === undefined) ||
    node.type === AST_NODE_TYPES.NewExpression ||
    node.type === AST_NODE_TYPES.AwaitExpression ||
    node.type === AST_NODE_TYPES.YieldExpression ||
    node.type === AST_NODE_TYPES.TaggedTemplateExpression
  );
}

function merge(a: Flow, b: Flow): Flow {
  return { ended: (a.ended || a.terminated) && (b.ended || b.terminated), terminated: a.terminated && b.terminated };
}

function isFunction(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression;
}
