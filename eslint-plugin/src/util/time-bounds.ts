import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { TimeBoundOption } from '../catalogs/types';
import { getStaticPropertyName, getStaticValue, skipTypeWrappers } from './ast';
import { GLOBAL_MODULE, isQualifiedName, resolveQualifiedName } from './module-bindings';
import { findOption } from './option-lookup';

/**
 * What the options of a call (or of the instance it is made on) say about its duration:
 * - `bounded`: a timeout, abort signal or deadline is set;
 * - `unknown`: the rule cannot tell (a value from a parameter, a spread it cannot see), so it stays silent;
 * - `absent`: nothing is set, and the library's default applies;
 * - `disabled`: a timeout is explicitly turned off (`timeout: 0`, `Infinity`, `false`); `setting` is its source text;
 * - `never-aborted`: the only signal comes from an AbortController that nothing ever aborts.
 */
export type TimeBoundState =
  | { readonly kind: 'bounded' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'disabled'; readonly setting: string; readonly value: TSESTree.Node }
  | { readonly kind: 'never-aborted'; readonly controller: string; readonly signal: TSESTree.Node };

export const ABSENT: TimeBoundState = { kind: 'absent' };

/** Which state wins when several options are read: any bound bounds the call, and doubt silences the rule. */
const PRECEDENCE: readonly TimeBoundState['kind'][] = ['bounded', 'unknown', 'never-aborted', 'disabled', 'absent'];

/** The state several independent options give together (`{ timeout: 0, signal }` is bounded by the signal). */
export function combineTimeBounds(states: readonly TimeBoundState[]): TimeBoundState {
  let best: TimeBoundState = ABSENT;
  for (const state of states) {
    if (PRECEDENCE.indexOf(state.kind) < PRECEDENCE.indexOf(best.kind)) best = state;
  }
  return best;
}

/** Reads every bounding option of `bounds` from an options expression. */
export function evaluateTimeBounds(sourceCode: Readonly<TSESLint.SourceCode>, options: TSESTree.Node, bounds: readonly TimeBoundOption[]): TimeBoundState {
  return combineTimeBounds(
    bounds.map((bound) => {
      const lookup = findOption(sourceCode, options, bound.path);
      if (lookup.kind !== 'found') return lookup;
      return bound.kind === 'duration' ? classifyDuration(sourceCode, lookup.value) : classifyPresence(sourceCode, lookup.value);
    }),
  );
}

/** A timeout in milliseconds: positive and finite bounds the call; `0`, negative, `Infinity` and `false` turn it off. */
export function classifyDuration(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node): TimeBoundState {
  const known = getStaticValue(sourceCode, value);
  if (!known) return { kind: 'unknown' };
  if (known.value === undefined || known.value === null) return ABSENT;
  if (known.value === false || (typeof known.value === 'number' && !(Number.isFinite(known.value) && known.value > 0))) {
    return { kind: 'disabled', setting: describeSetting(sourceCode, value), value };
  }
  return typeof known.value === 'number' ? { kind: 'bounded' } : { kind: 'unknown' };
}

/** A signal, cancel token or deadline: set means bounded, unless it is `Infinity` or a signal nobody can abort. */
function classifyPresence(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node): TimeBoundState {
  const known = getStaticValue(sourceCode, value);
  if (known && (known.value === undefined || known.value === null || known.value === false)) return ABSENT;
  if (known?.value === Infinity) return { kind: 'disabled', setting: describeSetting(sourceCode, value), value };
  const controller = findNeverAbortedController(sourceCode, value);
  return controller === undefined ? { kind: 'bounded' } : { kind: 'never-aborted', controller, signal: value };
}

/** How a turned-off timeout reads in the code: `timeout: 0`, `api.defaults.timeout = 0`, `.timeout(0)`. */
function describeSetting(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node): string {
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === value) return sourceCode.getText(parent);
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value) return sourceCode.getText(parent);
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee.type === AST_NODE_TYPES.MemberExpression) {
    return `.${getStaticPropertyName(parent.callee) ?? ''}(${sourceCode.getText(value)})`;
  }
  return sourceCode.getText(value);
}

/**
 * The name of the AbortController a `controller.signal` expression reads, when that controller is a local constant made
 * by `new AbortController()` and every use of it reads `.signal`: no one can ever call `abort()`, so the signal never fires.
 * Any other use (an `abort()` call, passing the controller on) means someone may abort it, and the signal counts.
 */
function findNeverAbortedController(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node): string | undefined {
  const node = skipTypeWrappers(value);
  if (node.type !== AST_NODE_TYPES.MemberExpression || getStaticPropertyName(node) !== 'signal') return undefined;
  const object = skipTypeWrappers(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(object), object);
  const definition = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = definition.node.init && skipTypeWrappers(definition.node.init);
  if (init?.type !== AST_NODE_TYPES.NewExpression || !isQualifiedName(resolveQualifiedName(sourceCode, init.callee), GLOBAL_MODULE, ['AbortController'])) return undefined;
  const onlyReadsSignal = variable.references.every((reference) => {
    if (reference.init) return true;
    const parent = reference.identifier.parent;
    return (
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === reference.identifier &&
      getStaticPropertyName(parent) === 'signal' &&
      !(parent.parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent)
    );
  });
  return onlyReadsSignal ? object.name : undefined;
}

/**
 * Assignments to a client's mutable defaults after it was made: `api.defaults.timeout = 5000` or
 * `api.defaults = { timeout: 5000 }`, found through the references of the variable `identifier` names.
 * The last assignment in the file wins; `absent` when there is none.
 */
export function findDefaultsAssignment(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
  defaultsProperty: string,
  bounds: readonly TimeBoundOption[],
): TimeBoundState {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  let latest: { readonly range: number; readonly state: TimeBoundState } | undefined;
  for (const reference of variable?.references ?? []) {
    const assignment = findDefaultsAssignmentAt(reference.identifier, defaultsProperty);
    if (!assignment || (latest && latest.range > assignment.node.range[0])) continue;
    const state = evaluateAssignedDefaults(sourceCode, assignment.path, assignment.node.right, bounds);
    if (state) latest = { range: assignment.node.range[0], state };
  }
  return latest?.state ?? ABSENT;
}

/** `<identifier>.defaults.a.b = value` → `{ path: ['a', 'b'], node }`. */
function findDefaultsAssignmentAt(identifier: TSESTree.Node, defaultsProperty: string): { path: string[]; node: TSESTree.AssignmentExpression } | undefined {
  const defaults = identifier.parent;
  if (defaults?.type !== AST_NODE_TYPES.MemberExpression || defaults.object !== identifier || getStaticPropertyName(defaults) !== defaultsProperty) return undefined;
  const path: string[] = [];
  let current: TSESTree.Node = defaults;
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) {
    const name = getStaticPropertyName(current.parent);
    if (name === undefined) return undefined;
    path.push(name);
    current = current.parent;
  }
  const assignment = current.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== current || assignment.operator !== '=') return undefined;
  return { path, node: assignment };
}

/** What assigning `value` at `path` inside the defaults does to each bound (undefined when it touches none). */
function evaluateAssignedDefaults(
  sourceCode: Readonly<TSESLint.SourceCode>,
  path: readonly string[],
  value: TSESTree.Expression,
  bounds: readonly TimeBoundOption[],
): TimeBoundState | undefined {
  const touched = bounds.filter((bound) => path.every((key, index) => bound.path[index] === key));
  if (touched.length === 0) return undefined;
  return combineTimeBounds(
    touched.map((bound) => {
      const rest = bound.path.slice(path.length);
      if (rest.length > 0) return evaluateTimeBounds(sourceCode, value, [{ path: rest, kind: bound.kind }]);
      return bound.kind === 'duration' ? classifyDuration(sourceCode, value) : classifyPresence(sourceCode, value);
    }),
  );
}

/**
 * Bounds set by a method of the request a call returns: superagent's `.timeout(ms)` anywhere in the chain, or
 * `req.setTimeout(ms)` on the variable holding a `ClientRequest`.
 */
export function findRequestMethodBound(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, methods: readonly string[]): TimeBoundState {
  if (methods.length === 0) return ABSENT;
  const states: TimeBoundState[] = [];
  let current: TSESTree.Node = call;
  for (;;) {
    const chained = findChainedCall(current);
    if (!chained) break;
    if (methods.includes(chained.method)) states.push(classifyRequestBound(sourceCode, chained.call));
    current = chained.call;
  }
  const holder = current.parent;
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === current && holder.id.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(holder.id), holder.id);
    for (const reference of variable?.references ?? []) {
      const chained = findChainedCall(reference.identifier);
      if (chained && methods.includes(chained.method)) states.push(classifyRequestBound(sourceCode, chained.call));
    }
  }
  return combineTimeBounds(states);
}

/** `node.method(...)` around `node`, through `await`-free member chains. */
function findChainedCall(node: TSESTree.Node): { method: string; call: TSESTree.CallExpression } | undefined {
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) return undefined;
  const call = member.parent;
  const method = getStaticPropertyName(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || method === undefined) return undefined;
  return { method, call };
}

function classifyRequestBound(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): TimeBoundState {
  const [argument] = call.arguments;
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
  // superagent's `.timeout({ response, deadline })` bounds the phases it names.
  if (skipTypeWrappers(argument).type === AST_NODE_TYPES.ObjectExpression) return { kind: 'bounded' };
  return classifyDuration(sourceCode, argument);
}
