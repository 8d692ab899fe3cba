import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, getStaticValue, skipTypeWrappers } from './ast';
import { GLOBAL_MODULE, isQualifiedName, resolveQualifiedName } from './module-bindings';
import { findInitializer } from './value-origin';

/**
 * What an options argument says about one option: the expression it is set to, that it is certainly not set, or that
 * the rule cannot tell (a parameter, a call result, a spread of something it cannot see), in which case rules stay silent.
 */
export type OptionLookup =
  | { readonly kind: 'found'; readonly value: TSESTree.Expression }
  | { readonly kind: 'absent' }
  | { readonly kind: 'unknown' };

/** How many variables, spreads and nested objects a lookup follows before it gives up. */
const MAX_STEPS = 8;

/**
 * Reads the option at `path` (`['timeout', 'request']`) from an options expression: an object literal, a variable or
 * class field initialised with one, through spreads (`{ ...defaults, timeout }`, the last key winning as at run time)
 * and through `new Handler({ ... })`, whose first argument configures the object it makes.
 */
export function findOption(sourceCode: Readonly<TSESLint.SourceCode>, options: TSESTree.Node, path: readonly string[]): OptionLookup {
  let current: TSESTree.Node = options;
  let found: OptionLookup = { kind: 'unknown' };
  for (const key of path) {
    const assigned = findAssignedOption(sourceCode, current, key);
    if (assigned) {
      found = assigned;
      if (found.kind !== 'found') return found;
      current = found.value;
      continue;
    }
    const object = resolveObjectLiteral(sourceCode, current, MAX_STEPS);
    if (!object) return isStaticallyNullish(sourceCode, current) ? { kind: 'absent' } : { kind: 'unknown' };
    found = findOwnOption(sourceCode, object, key, MAX_STEPS);
    if (found.kind !== 'found') return found;
    current = found.value;
  }
  return found;
}

/** The object literal an expression evaluates to, when it can be seen in this file. */
export function resolveObjectLiteral(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, steps = MAX_STEPS): TSESTree.ObjectExpression | undefined {
  const node = skipTypeWrappers(expression);
  if (steps <= 0) return undefined;
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const [first] = node.arguments;
    return first ? resolveObjectLiteral(sourceCode, first, steps - 1) : undefined;
  }
  const initializer = findInitializer(sourceCode, node);
  return initializer ? resolveObjectLiteral(sourceCode, initializer, steps - 1) : undefined;
}

function findOwnOption(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.ObjectExpression, key: string, steps: number): OptionLookup {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index];
    if (!property) continue;
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = steps > 0 ? resolveObjectLiteral(sourceCode, property.argument, steps - 1) : undefined;
      if (!spread) {
        if (isStaticallyNullish(sourceCode, property.argument)) continue;
        return { kind: 'unknown' };
      }
      const inner = findOwnOption(sourceCode, spread, key, steps - 1);
      if (inner.kind !== 'absent') return inner;
      continue;
    }
    const name = getStaticPropertyName(property);
    if (name === undefined) return { kind: 'unknown' };
    if (name === key) {
      return property.value.type === AST_NODE_TYPES.AssignmentPattern ? { kind: 'unknown' } : { kind: 'found', value: property.value as TSESTree.Expression };
    }
  }
  return { kind: 'absent' };
}

/**
 * An options variable changed after it was made: `options.timeout = 5000` sets the option (the last assignment in the
 * file wins), while `options[key] = value` or `Object.assign(options, overrides)` may set anything, so the lookup
 * cannot tell. Undefined when the variable's own properties are never written to.
 */
function findAssignedOption(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, key: string): OptionLookup | undefined {
  const node = skipTypeWrappers(expression);
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  let found: OptionLookup | undefined;
  for (const reference of variable?.references ?? []) {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === reference.identifier && isQualifiedName(resolveQualifiedName(sourceCode, parent.callee), GLOBAL_MODULE, ['Object', 'assign'])) return { kind: 'unknown' };
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) continue;
    const assignment = parent.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== parent) continue;
    const name = getStaticPropertyName(parent);
    if (name === undefined) return { kind: 'unknown' };
    if (name === key) found = assignment.operator === '=' ? { kind: 'found', value: assignment.right } : { kind: 'unknown' };
  }
  return found;
}

/** `undefined`, `null` and constants holding them: spreading them adds nothing, and an option set to them is not set. */
export function isStaticallyNullish(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const known = getStaticValue(sourceCode, node);
  return known !== undefined && (known.value === undefined || known.value === null);
}
