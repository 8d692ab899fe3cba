import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Removes wrappers that do not change which value an expression denotes: `x!`, `x as T`, `<T>x`, `x satisfies T`, `(a?.b)`. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The name of a non-computed property key or member (`a.b`, `a['b']`, `{ b: 1 }`, `#b`), if it is static. */
export function getStaticPropertyName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed) {
    if (key.type === AST_NODE_TYPES.Identifier || key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
    if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
    return undefined;
  }
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `a.b.c(...)` → `['a', 'b', 'c']`; `this.x.y` → `['this', 'x', 'y']`; undefined when any link is dynamic. */
export function getMemberPath(node: TSESTree.Node): string[] | undefined {
  const path: string[] = [];
  let current = skipTypeWrappers(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticPropertyName(current);
    if (name === undefined) return undefined;
    path.unshift(name);
    current = skipTypeWrappers(current.object);
  }
  if (current.type === AST_NODE_TYPES.Identifier) path.unshift(current.name);
  else if (current.type === AST_NODE_TYPES.ThisExpression) path.unshift('this');
  else return undefined;
  return path;
}

/** The last name of a callee: `fetch` for `fetch()`, `get` for `api.get()`, `fire` for `this.breaker.fire()`. */
export function getCalleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return getStaticPropertyName(callee);
  return undefined;
}

/** The property of an object literal with the given static key (the last one wins, as at run time). Spread elements are not looked into. */
export function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  let found: TSESTree.Property | undefined;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && getStaticPropertyName(property) === name) found = property;
  }
  return found;
}

/** Whether an object literal has a spread whose contents are unknown here, so a missing key may still be present. */
export function hasSpread(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
}

/** The statically known value of an expression (literals, same-file constants, simple arithmetic), via eslint-utils. */
export function getStaticValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): { value: unknown } | undefined {
  const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
  return result ?? undefined;
}

/** The nearest enclosing function of a node, or undefined at module level. */
export function getEnclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return current;
    }
  }
  return undefined;
}

/** Whether `inner` lies within `outer` (or is it). */
export function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** Whether a node is a function (declaration, expression or arrow): where `this`, `return` and `await` change meaning. */
export function isFunction(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}
