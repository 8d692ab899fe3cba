import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { callGuards } from '../catalogs/call-guards';
import type { CallGuardEntry } from '../catalogs/types';
import { getCalleeName, getMemberPath, getStaticPropertyName, skipTypeWrappers } from './ast';
import { matchesModule, matchesPath } from './catalog-patterns';
import { resolveFunction } from './function-resolution';
import { resolveQualifiedName } from './module-bindings';
import { traceInitializer } from './value-origin';

/**
 * Collects the code that runs under a circuit breaker or a timeout wrapper in one file: the arguments of guard calls
 * (`pTimeout(fetch(url), ...)`, `policy.execute(() => fetch(url))`, `Promise.race([...])`, a wrapper named in the
 * rule's `guards` option), the action given to `new CircuitBreaker(action)`, and the body of a function such an
 * argument names or calls directly (`new CircuitBreaker(this.charge.bind(this))`, `pTimeout(this.loadRates(), ...)`).
 * Guards can be declared after the calls they guard, so callers ask `isGuarded` once the whole file was visited.
 */
export interface GuardRegions {
  /** Call on every `CallExpression` and `NewExpression` of the file. */
  visit(node: TSESTree.CallExpression | TSESTree.NewExpression): void;
  isGuarded(node: TSESTree.Node): boolean;
}

const guards: readonly CallGuardEntry[] = callGuards;

/** Names of instance methods that guard, to skip other calls cheaply. */
const guardMethods = new Set(guards.flatMap((entry) => entry.shapes.flatMap((shape) => (shape.use === 'method' ? [shape.method] : []))));

export function createGuardRegions(sourceCode: Readonly<TSESLint.SourceCode>, userGuards: readonly string[]): GuardRegions {
  const ranges: TSESTree.Range[] = [];
  const userGuardPaths = userGuards.map((guard) => guard.split('.'));
  return {
    visit(node) {
      const guarded = findGuardedArguments(sourceCode, node) ?? (matchesUserGuard(node, userGuardPaths) ? node.arguments : undefined);
      for (const argument of guarded ?? []) {
        ranges.push(argument.range);
        for (const body of findFunctionsRunBy(sourceCode, argument)) ranges.push(body.range);
      }
    },
    isGuarded(node) {
      return ranges.some(([start, end]) => node.range[0] >= start && node.range[1] <= end);
    },
  };
}

/** The arguments a catalog guard runs under its protection, or undefined when the call is no guard. */
function findGuardedArguments(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.CallExpressionArgument[] | undefined {
  const use = node.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
  const qualified = resolveQualifiedName(sourceCode, node.callee);
  if (qualified) {
    for (const entry of guards) {
      if (!entry.modules.some((module) => matchesModule(module, qualified.module))) continue;
      for (const shape of entry.shapes) {
        if (shape.use !== use || !matchesPath(shape.path, qualified.path)) continue;
        return shape.guardedArguments ? node.arguments.filter((_, index) => shape.guardedArguments?.includes(index)) : node.arguments;
      }
    }
  }
  const callee = skipTypeWrappers(node.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
  if (use !== 'call' || callee.type !== AST_NODE_TYPES.MemberExpression || method === undefined || !guardMethods.has(method)) return undefined;
  const entry = guards.find((candidate) => candidate.shapes.some((shape) => shape.use === 'method' && shape.method === method));
  return entry && mayBeGuardInstance(sourceCode, callee.object, entry) ? node.arguments : undefined;
}

/**
 * Whether `breaker.fire()` / `policy.execute()` is called on the guard library's instance. A receiver made by another
 * module is not; one the rule cannot trace (a parameter, an injected field, an import) may be, and counts, so the
 * rule stays silent rather than report a call that is probably guarded.
 */
function mayBeGuardInstance(sourceCode: Readonly<TSESLint.SourceCode>, receiver: TSESTree.Node, entry: CallGuardEntry): boolean {
  const initializer = traceInitializer(sourceCode, receiver);
  if (!initializer) return true;
  const made = skipTypeWrappers(initializer);
  if (made.type !== AST_NODE_TYPES.CallExpression && made.type !== AST_NODE_TYPES.NewExpression) return false;
  const qualified = resolveQualifiedName(sourceCode, made.callee);
  if (!qualified) return true;
  const use = made.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
  return (
    entry.modules.some((module) => matchesModule(module, qualified.module)) &&
    entry.instanceSources.some((source) => source.use === use && matchesPath(source.path, qualified.path))
  );
}

/** `withTimeout(...)` or `this.resilience.run(...)` against the `guards` option (`withTimeout`, `resilience.run`). */
function matchesUserGuard(node: TSESTree.CallExpression | TSESTree.NewExpression, guardPaths: readonly string[][]): boolean {
  if (guardPaths.length === 0) return false;
  const path = getMemberPath(node.callee) ?? [getCalleeName(node) ?? ''];
  return guardPaths.some((guard) => guard.length <= path.length && guard.every((name, index) => path[path.length - guard.length + index] === name));
}

/**
 * Functions in this file that an argument hands to the guard or calls right away: `action`, `this.charge.bind(this)`,
 * `this.loadRates()`, or the single call an arrow forwards to (`(order) => this.charge(order)`).
 */
function findFunctionsRunBy(sourceCode: Readonly<TSESLint.SourceCode>, argument: TSESTree.Node): TSESTree.Node[] {
  let node = skipTypeWrappers(argument);
  if (node.type === AST_NODE_TYPES.ArrowFunctionExpression && node.expression) node = skipTypeWrappers(node.body);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = skipTypeWrappers(node.argument);
  if (node.type === AST_NODE_TYPES.CallExpression) node = skipTypeWrappers(node.callee);
  // `this.charge.bind(this)` hands over `this.charge`.
  if (node.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(node) === 'bind') node = skipTypeWrappers(node.object);
  const resolved = resolveFunction(sourceCode, undefined, node);
  return resolved?.where === 'this-file' ? [resolved.node] : [];
}
