import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, isFunction, skipTypeWrappers } from './ast';
import { findInitializer } from './value-origin';

/**
 * Where a local name's value came from, so a rule can judge the value rather than the name:
 * - `expression`: `const e = user.email` (also class fields and `this.x = ...` in the constructor, via `findInitializer`);
 * - `property`: `const { email: contact } = req.body` is `req.body` at `['email']`, nested patterns give longer paths;
 * - `rest`: `const { password, ...rest } = req.body` is most of `req.body`;
 * - `element`: `for (const row of rows)` is an element of `rows`.
 */
export type ValueSource =
  | { readonly kind: 'expression'; readonly expression: TSESTree.Expression }
  | { readonly kind: 'property'; readonly object: TSESTree.Expression; readonly path: readonly string[] }
  | { readonly kind: 'rest'; readonly object: TSESTree.Expression }
  | { readonly kind: 'element'; readonly iterable: TSESTree.Expression };

/**
 * The source of an identifier's value when it is bound once and never reassigned in this file; undefined for
 * parameters, reassigned variables, imports and anything dynamic, so callers fall back to what the name says.
 */
export function findValueSource(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier | TSESTree.MemberExpression): ValueSource | undefined {
  const initializer = findInitializer(sourceCode, identifier);
  if (initializer) return { kind: 'expression', expression: initializer };
  if (identifier.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable') return undefined;
  const isReassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  if (isReassigned) return undefined;
  const declarator = definition.node;
  const declaration = declarator.parent;
  const loop = declaration?.parent;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declaration && declarator.id === definition.name) {
    return { kind: 'element', iterable: loop.right };
  }
  if (!declarator.init || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  return findInPattern(declarator.id, definition.name, declarator.init, []);
}

/** Finds `name` in a destructuring pattern and says which part of `object` it takes. */
function findInPattern(pattern: TSESTree.ObjectPattern, name: TSESTree.Identifier, object: TSESTree.Expression, path: readonly string[]): ValueSource | undefined {
  for (const property of pattern.properties) {
    if (property.type === AST_NODE_TYPES.RestElement) {
      if (property.argument === name) return path.length === 0 ? { kind: 'rest', object } : { kind: 'property', object, path };
      continue;
    }
    const key = getStaticPropertyName(property);
    if (key === undefined) continue;
    const target = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (target === name) return { kind: 'property', object, path: [...path, key] };
    if (target.type === AST_NODE_TYPES.ObjectPattern) {
      const nested = findInPattern(target, name, object, [...path, key]);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** How many statements of a helper's body are searched for its `return`s. */
const MAX_RETURN_SEARCH = 200;

/**
 * What a call to a function declared in this file returns: the expressions of its `return` statements (or the body of
 * an arrow), so `logger.info(requestContext(req))` is judged by what `requestContext` builds. Undefined when the callee
 * is not such a function, is reassigned, or is a generator.
 */
export function findReturnedExpressions(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): readonly TSESTree.Expression[] | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  const isReassigned = variable?.references.some((reference) => reference.isWrite() && !reference.init);
  if (!definition || isReassigned) return undefined;
  const declared = definition.type === 'FunctionName' ? definition.node : definition.type === 'Variable' ? definition.node.init : undefined;
  const fn = declared && skipTypeWrappers(declared);
  if (!fn || !isFunction(fn) || fn.generator || !fn.body) return undefined;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const returned: TSESTree.Expression[] = [];
  const pending: TSESTree.Node[] = [...fn.body.body];
  for (let visited = 0; pending.length > 0 && visited < MAX_RETURN_SEARCH; visited++) {
    const node = pending.pop();
    if (!node || isFunction(node) || node.type === AST_NODE_TYPES.ClassDeclaration) continue;
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) returned.push(node.argument);
    } else {
      pending.push(...childStatements(node));
    }
  }
  return returned;
}

/** The statements nested in a statement (`if`, `try`, loops, blocks, `switch`), where a `return` may be. */
function childStatements(node: TSESTree.Node): TSESTree.Node[] {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
      return node.body;
    case AST_NODE_TYPES.IfStatement:
      return node.alternate ? [node.consequent, node.alternate] : [node.consequent];
    case AST_NODE_TYPES.TryStatement:
      return [node.block, ...(node.handler ? [node.handler.body] : []), ...(node.finalizer ? [node.finalizer] : [])];
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
      return [node.body];
    case AST_NODE_TYPES.SwitchStatement:
      return node.cases.flatMap((switchCase) => switchCase.consequent);
    default:
      return [];
  }
}
