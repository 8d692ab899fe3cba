import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, isFunction, skipTypeWrappers } from './ast';
import { resolveFunction } from './function-resolution';
import { GLOBAL_MODULE, isQualifiedName, resolveQualifiedName, type QualifiedName } from './module-bindings';
import { getDeclarationRandomness } from './randomness-across-files';
import { getRandomness, type RandomnessContext } from './randomness';
import { combineRandomness, type Randomness } from './randomness-sources';
import { walkSubtree } from './walk-subtree';
import { splitWords } from './words';

/** A pause between two attempts of a retry. */
export interface RetryWait {
  /** The call that waits, as written in the retry (`sleep(1000)`, `setTimeout(resolve, delay)`). */
  readonly call: TSESTree.CallExpression;
  /** The expression that sets the delay, where a jitter fix applies; undefined when it is not written in this file. */
  readonly delay: TSESTree.Expression | undefined;
  /** Whether the delay has a random component (including jitter added inside a sleep helper). */
  readonly randomness: Randomness;
}

/** Timer functions and the argument holding their delay in milliseconds. */
const TIMERS: readonly { readonly name: QualifiedName; readonly delayArgument: number }[] = [
  { name: { module: GLOBAL_MODULE, path: ['setTimeout'] }, delayArgument: 1 },
  // Browser code often spells the global out (and TypeScript's DOM `window.setTimeout` returns a number, not a Timeout).
  { name: { module: GLOBAL_MODULE, path: ['window', 'setTimeout'] }, delayArgument: 1 },
  { name: { module: 'timers', path: ['setTimeout'] }, delayArgument: 1 },
  { name: { module: 'timers/promises', path: ['setTimeout'] }, delayArgument: 0 },
  { name: { module: 'timers/promises', path: ['scheduler', 'wait'] }, delayArgument: 0 },
];

/**
 * Names that say a function sleeps for its first argument (`sleep`, `delay`, `wait`, `pause`, `sleepMs`, `delayFor`),
 * as opposed to `waitForReady()`. A helper that cannot be read (an import without type information) and carries
 * one of these names is taken to wait exactly that long, with no jitter of its own: the documented convention.
 */
const SLEEP_WORDS = new Set(['sleep', 'delay', 'wait', 'pause', 'snooze']);
const SLEEP_SUFFIXES = new Set(['ms', 'millis', 'milliseconds', 'seconds', 'for', 'async', 'promise']);

/** How many helpers deep a wait is looked for (`backoff()` → `sleep()` → `setTimeout`). */
const MAX_HELPER_DEPTH = 3;

/** The wait a call performs, if it is one: a timer, `timers/promises`, or a helper that waits (resolved or named so). */
export function getWait(context: RandomnessContext, call: TSESTree.CallExpression, depth = 0): RetryWait | undefined {
  const qualified = resolveQualifiedName(context.sourceCode, call.callee);
  const timer = qualified && TIMERS.find((candidate) => isQualifiedName(qualified, candidate.name.module, candidate.name.path));
  if (timer) return waitFor(context, call, call.arguments[timer.delayArgument]);
  const resolved = depth < MAX_HELPER_DEPTH ? resolveFunction(context.sourceCode, context.typeInformation, call.callee) : undefined;
  if (resolved?.where === 'this-file') return getHelperWait(context, call, resolved.node, depth);
  const name = getCalleeName(call);
  const [first] = call.arguments;
  if (name === undefined || !isSleepName(name) || !first || isFunction(first) || isParameter(context, call.callee)) return undefined;
  if (context.jitterHelpers.has(name)) return { call, delay: undefined, randomness: 'random' };
  if (resolved && context.typeInformation) {
    const helperRandomness = getDeclarationRandomness(context.typeInformation, resolved.declaration, context.jitterHelpers);
    if (helperRandomness === 'random') return { call, delay: undefined, randomness: 'random' };
  }
  return waitFor(context, call, first);
}

/** The waits in a region of code: timer calls and helpers, including those inside `new Promise(executor)`, but not in other nested functions. */
export function findWaits(context: RandomnessContext, region: TSESTree.Node, depth = 0): RetryWait[] {
  const waits: RetryWait[] = [];
  const visit = (node: TSESTree.Node): boolean => {
    if (isFunction(node)) return isPromiseExecutor(node);
    if (node.type !== AST_NODE_TYPES.CallExpression) return true;
    const wait = getWait(context, node, depth);
    if (wait) waits.push(wait);
    return !wait;
  };
  // The region itself may be a callback (`.catch(() => ...)`): its own body is searched whatever its type.
  if (isFunction(region) || visit(region)) walkSubtree(context.sourceCode, region, visit);
  return waits;
}

export function isSleepName(name: string): boolean {
  const [first, second, ...rest] = splitWords(name);
  return first !== undefined && SLEEP_WORDS.has(first) && rest.length === 0 && (second === undefined || SLEEP_SUFFIXES.has(second));
}

function waitFor(context: RandomnessContext, call: TSESTree.CallExpression, delay: TSESTree.CallExpressionArgument | undefined): RetryWait {
  if (!delay || delay.type === AST_NODE_TYPES.SpreadElement) return { call, delay: undefined, randomness: delay ? 'unknown' : 'fixed' };
  return { call, delay, randomness: getRandomness(context, delay) };
}

/**
 * A helper of this file that waits: `sleep(ms)` forwarding its parameter to a timer takes its delay from the call
 * (`sleep(1000)`), while `backoff(attempt)` computing its own delay is judged, and fixed, inside the helper.
 */
function getHelperWait(context: RandomnessContext, call: TSESTree.CallExpression, helper: TSESTree.FunctionLike, depth: number): RetryWait | undefined {
  const [inner] = helper.body ? findWaits(context, helper.body, depth + 1) : [];
  if (!inner) return undefined;
  const parameterIndex = inner.delay ? getParameterIndex(context, helper, inner.delay) : -1;
  if (parameterIndex === -1) {
    const argumentsRandomness = call.arguments.map((argument) => getRandomness(context, argument));
    return { call, delay: inner.delay, randomness: combineRandomness([inner.randomness, ...argumentsRandomness.filter((value) => value === 'random')]) };
  }
  const argument = call.arguments[parameterIndex];
  if (argument) return waitFor(context, call, argument);
  return inner.randomness === 'fixed' ? { call, delay: undefined, randomness: 'fixed' } : { ...inner, call };
}

/** The position of the helper parameter an expression names (`ms` in `setTimeout(resolve, ms)`), or -1. */
function getParameterIndex(context: RandomnessContext, helper: TSESTree.FunctionLike, expression: TSESTree.Expression): number {
  const node = skipTypeWrappers(expression);
  if (node.type !== AST_NODE_TYPES.Identifier) return -1;
  const definition = ASTUtils.findVariable(context.sourceCode.getScope(node), node)?.defs[0];
  if (definition?.type !== 'Parameter' || definition.node !== helper) return -1;
  return helper.params.findIndex((parameter) => parameter === definition.name || (parameter.type === AST_NODE_TYPES.AssignmentPattern && parameter.left === definition.name));
}

function isPromiseExecutor(fn: TSESTree.FunctionLike): boolean {
  const parent = fn.parent;
  return (
    parent?.type === AST_NODE_TYPES.NewExpression &&
    parent.arguments[0] === fn &&
    parent.callee.type === AST_NODE_TYPES.Identifier &&
    parent.callee.name === 'Promise'
  );
}

/** An injected function (`pause` in `retry(op, pause)`): whatever its name, what it does is the caller's choice. */
function isParameter(context: RandomnessContext, callee: TSESTree.Node): boolean {
  return callee.type === AST_NODE_TYPES.Identifier && ASTUtils.findVariable(context.sourceCode.getScope(callee), callee)?.defs[0]?.type === 'Parameter';
}
