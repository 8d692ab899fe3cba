import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast';
import type { TextInsertion } from './reindent';
import { walkSubtree } from './walk-subtree';

/**
 * Returned promises inside a `try` that ends a span: without `await`, `return work()` leaves the `try` at once, the
 * `finally` ends the span before the work is done, and a rejection skips the `catch`. Fixes that wrap code in
 * `try { ... } finally { span.end(); }` in async code turn such returns into `return await work()`.
 */

/** The expressions returned by these statements for the function they belong to (not by functions nested in them). */
export function findReturns(sourceCode: Readonly<TSESLint.SourceCode>, statements: readonly TSESTree.Node[]): TSESTree.Expression[] {
  const returned: TSESTree.Expression[] = [];
  const visit = (node: TSESTree.Node): boolean => {
    if (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) returned.push(node.argument);
    return true;
  };
  for (const statement of statements) {
    if (visit(statement)) walkSubtree(sourceCode, statement, visit);
  }
  return returned;
}

/**
 * `return x` → `return await x` inside the async callback: without the `await`, a returned promise settles after the
 * `finally` has ended the span and its rejection skips the `catch`. Values that cannot be promises are left alone.
 */
export function getAwaitInsertions(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Expression): TextInsertion[] {
  if (!mayBePromise(sourceCode, expression)) return [];
  const [start, end] = getParenthesizedRange(sourceCode, expression);
  if (start !== expression.range[0] || !needsParentheses(expression)) return [{ offset: start, text: 'await ' }];
  return [
    { offset: start, text: 'await (' },
    { offset: end, text: ')' },
  ];
}

function mayBePromise(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, depth = 0): boolean {
  const node = skipTypeWrappers(expression);
  switch (node.type) {
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.JSXElement:
    case AST_NODE_TYPES.JSXFragment:
      return false;
    case AST_NODE_TYPES.Identifier:
      return node.name !== 'undefined' && mayNameBePromise(sourceCode, node, depth);
    default:
      return true;
  }
}

/**
 * Whether a returned name may hold a promise: not when it is a parameter annotated with a non-promise type or a
 * constant initialised with a non-promise (`const order = await load()`), so the fix does not write `return await id`.
 */
function mayNameBePromise(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier, depth: number): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'Parameter' && definition.name.type === AST_NODE_TYPES.Identifier) {
    const annotation = definition.name.typeAnnotation?.typeAnnotation;
    return !annotation || isPossiblyPromiseType(annotation);
  }
  if (definition?.type === 'Variable' && definition.node.init && depth < 3) {
    const isReassigned = variable?.references.some((reference) => reference.isWrite() && !reference.init) ?? true;
    return isReassigned || mayBePromise(sourceCode, definition.node.init, depth + 1);
  }
  return true;
}

function isPossiblyPromiseType(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.some(isPossiblyPromiseType);
  if (type.type === AST_NODE_TYPES.TSAnyKeyword || type.type === AST_NODE_TYPES.TSUnknownKeyword) return true;
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  // A named type may be an alias of a promise; only the usual value types are known not to be.
  return !(type.typeName.type === AST_NODE_TYPES.Identifier && ['Date', 'Record', 'Array', 'Map', 'Set', 'ReadonlyArray', 'Buffer'].includes(type.typeName.name));
}

/** Whether `await` binds looser than the expression's own operator, so `await (a ? b : c)` needs the parentheses. */
function needsParentheses(expression: TSESTree.Node): boolean {
  const tight: readonly string[] = [
    AST_NODE_TYPES.Identifier, AST_NODE_TYPES.MemberExpression, AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.NewExpression,
    AST_NODE_TYPES.ThisExpression, AST_NODE_TYPES.TaggedTemplateExpression, AST_NODE_TYPES.TSNonNullExpression,
    AST_NODE_TYPES.ImportExpression, AST_NODE_TYPES.ChainExpression, AST_NODE_TYPES.Super,
  ];
  return !tight.includes(expression.type);
}

/** The range of an expression with the grouping parentheses around it (`return (a ? b : c)`, `=> (value)`). */
function getParenthesizedRange(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node): TSESTree.Range {
  if (!ASTUtils.isParenthesized(expression, sourceCode)) return expression.range;
  const before = sourceCode.getTokenBefore(expression);
  const after = sourceCode.getTokenAfter(expression);
  return before && after ? [before.range[0], after.range[1]] : expression.range;
}

