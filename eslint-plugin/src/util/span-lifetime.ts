import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction, getStaticPropertyName, skipTypeWrappers } from './ast';
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
  /** The span's end method (`end`, dd-trace's `finish`). */
  readonly endMethod: string;
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
  const checker = createPathChecker(sourceCode, new Set(endCalls), spanMethodCalls);
  const leaks: TSESTree.Node[] = [];
  const flow = checker.runList(scope.statements, { ended: false, terminated: false }, { throwSafe: false, returnSafe: false }, leaks);
  const isLeaking = leaks.length > 0 || (!flow.ended && !flow.terminated);
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
    return { call, isEnd: call !== undefined && getStaticPropertyName(parent) === scope.endMethod };
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(identifier)) {
    const callee = resolveQualifiedName(sourceCode, parent.callee);
    if (CONTEXT_SETTERS.some((setter) => isQualifiedName(callee, OTEL_API, setter))) return { call: undefined, isEnd: false };
  }
  return 'handed-off';
}

function createPathChecker(
  sourceCode: Readonly<TSESLint.SourceCode>,
  endCalls: ReadonlySet<TSESTree.CallExpression>,
  spanMethodCalls: ReadonlySet<TSESTree.Node>,
): { runList: (statements: readonly TSESTree.Statement[], flow: Flow, guard: Guard, leaks: TSESTree.Node[]) => Flow } {
  /**
   * Calls, `await`, `new` and `yield` may throw; the span's own methods and the OpenTelemetry API never do (by design,
   * so instrumentation cannot break the code it observes: `trace.setSpan(context.active(), span)` is safe).
   */
  const mayThrow = (node: TSESTree.Node): boolean => {
    let found = isThrowingExpression(node);
    if (!found) {
      walkSubtree(sourceCode, node, (child) => {
        if (found || isFunction(child)) return false;
        found = isThrowingExpression(child);
        return !found;
      });
    }
    return found;
  };
  const isThrowingExpression = (node: TSESTree.Node): boolean =>
    (node.type === AST_NODE_TYPES.CallExpression && !spanMethodCalls.has(node) && resolveQualifiedName(sourceCode, node.callee)?.module !== OTEL_API) ||
    node.type === AST_NODE_TYPES.NewExpression ||
    node.type === AST_NODE_TYPES.AwaitExpression ||
    node.type === AST_NODE_TYPES.YieldExpression ||
    node.type === AST_NODE_TYPES.TaggedTemplateExpression;
  const isEndStatement = (statement: TSESTree.Statement): boolean => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    let expression: TSESTree.Node = skipTypeWrappers(statement.expression);
    if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') expression = skipTypeWrappers(expression.argument);
    return endCalls.has(expression as TSESTree.CallExpression);
  };
  const check = (node: TSESTree.Node | null | undefined, guard: Guard, leaks: TSESTree.Node[]): void => {
    if (node && !guard.throwSafe && mayThrow(node)) leaks.push(node);
  };

  const runList = (statements: readonly TSESTree.Statement[], start: Flow, guard: Guard, leaks: TSESTree.Node[]): Flow => {
    let flow = start;
    for (const statement of statements) {
      if (flow.ended || flow.terminated) break;
      flow = runStatement(statement, flow, guard, leaks);
    }
    return flow;
  };

  const runStatement = (statement: TSESTree.Statement, flow: Flow, guard: Guard, leaks: TSESTree.Node[]): Flow => {
    if (isEndStatement(statement)) return { ended: true, terminated: false };
    switch (statement.type) {
      case AST_NODE_TYPES.BlockStatement:
        return runList(statement.body, flow, guard, leaks);
      case AST_NODE_TYPES.IfStatement: {
        check(statement.test, guard, leaks);
        const consequent = runStatement(statement.consequent, flow, guard, leaks);
        const alternate = statement.alternate ? runStatement(statement.alternate, flow, guard, leaks) : flow;
        return merge(consequent, alternate);
      }
      case AST_NODE_TYPES.ReturnStatement:
        check(statement.argument, guard, leaks);
        if (!guard.returnSafe) leaks.push(statement);
        return { ended: flow.ended, terminated: true };
      case AST_NODE_TYPES.ThrowStatement:
        if (!guard.throwSafe) leaks.push(statement);
        return { ended: flow.ended, terminated: true };
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement:
        return { ended: flow.ended, terminated: true };
      case AST_NODE_TYPES.TryStatement:
        return runTry(statement, flow, guard, leaks);
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        check(statement.test, guard, leaks);
        runStatement(statement.body, flow, guard, leaks);
        return flow;
      case AST_NODE_TYPES.ForStatement:
        check(statement.init, guard, leaks);
        check(statement.test, guard, leaks);
        check(statement.update, guard, leaks);
        runStatement(statement.body, flow, guard, leaks);
        return flow;
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        check(statement.right, guard, leaks);
        runStatement(statement.body, flow, guard, leaks);
        return flow;
      case AST_NODE_TYPES.SwitchStatement:
        check(statement.discriminant, guard, leaks);
        for (const switchCase of statement.cases) runList(switchCase.consequent, flow, guard, leaks);
        return flow;
      case AST_NODE_TYPES.LabeledStatement:
        return runStatement(statement.body, flow, guard, leaks);
      case AST_NODE_TYPES.FunctionDeclaration:
        return flow;
      default:
        check(statement, guard, leaks);
        return flow;
    }
  };

  const runTry = (statement: TSESTree.TryStatement, flow: Flow, guard: Guard, leaks: TSESTree.Node[]): Flow => {
    const finallyEnds = statement.finalizer !== null && runList(statement.finalizer.body, flow, { throwSafe: true, returnSafe: true }, []).ended;
    const outer: Guard = { throwSafe: guard.throwSafe || finallyEnds, returnSafe: guard.returnSafe || finallyEnds };
    const tried = runList(statement.block.body, flow, { ...outer, throwSafe: outer.throwSafe || statement.handler !== null }, leaks);
    // A throw can happen before anything in the `try` ran: the `catch` starts from the state before it.
    const after = statement.handler ? merge(tried, runList(statement.handler.body.body, flow, outer, leaks)) : tried;
    if (finallyEnds) return { ended: true, terminated: after.terminated };
    return statement.finalizer ? runList(statement.finalizer.body, after, guard, leaks) : after;
  };

  return { runList };
}

function merge(a: Flow, b: Flow): Flow {
  return { ended: (a.ended || a.terminated) && (b.ended || b.terminated), terminated: a.terminated && b.terminated };
}

function isFunction(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression;
}
