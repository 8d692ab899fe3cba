import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import type { TypeInformation } from './type-information';

/**
 * A function a call reaches: one written in the linted file (analysed on its ESTree), or, with type information,
 * a declaration in another module of the program (analysed on the TypeScript AST).
 */
export type ResolvedFunction =
  | { readonly where: 'this-file'; readonly node: TSESTree.FunctionLike }
  | { readonly where: 'other-file'; readonly declaration: ts.Declaration };

/**
 * The function an expression names: `sleep` (a function declaration or a `const` arrow), `this.backoff` (a method of
 * the enclosing class) or, with type information, an imported helper followed through the checker's symbol to its
 * declaration. Undefined for parameters, reassigned variables and anything dynamic.
 */
export function resolveFunction(
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInformation: TypeInformation | undefined,
  expression: TSESTree.Node,
): ResolvedFunction | undefined {
  const node = skipTypeWrappers(expression);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const local = resolveLocalFunction(sourceCode, node);
    if (local !== 'not-local') return local && { where: 'this-file', node: local };
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(node.object).type === AST_NODE_TYPES.ThisExpression) {
    const method = findClassMethod(node);
    if (method) return { where: 'this-file', node: method };
  }
  if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression) {
    return { where: 'this-file', node };
  }
  return typeInformation && resolveThroughChecker(typeInformation, node);
}

/** A function bound to a local name, undefined for a local that is not one, `not-local` for imports and globals. */
function resolveLocalFunction(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESTree.FunctionLike | undefined | 'not-local' {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!variable || !definition || definition.type === 'ImportBinding') return 'not-local';
  if (definition.type === 'FunctionName' && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) return definition.node;
  if (definition.type !== 'Variable' || variable.defs.length !== 1) return undefined;
  const init = definition.node.init && skipTypeWrappers(definition.node.init);
  const isReassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  if (isReassigned || !init) return undefined;
  return init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression ? init : undefined;
}

/** `this.name` → the method or arrow-function field `name` of the class whose `this` it reads. */
function findClassMethod(member: TSESTree.MemberExpression): TSESTree.FunctionLike | undefined {
  const name = getStaticPropertyName(member);
  const classBody = findThisClassBody(member);
  if (name === undefined || !classBody) return undefined;
  for (const element of classBody.body) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) continue;
    if (element.static || getStaticPropertyName(element) !== name) continue;
    const value = element.value && skipTypeWrappers(element.value);
    if (value?.type === AST_NODE_TYPES.FunctionExpression || value?.type === AST_NODE_TYPES.ArrowFunctionExpression) return value;
  }
  return undefined;
}

/** The body of the class whose `this` a node sees; arrow functions keep the class's `this`, other functions do not. */
export function findThisClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
    if (current.type === AST_NODE_TYPES.FunctionExpression && current.parent.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
  }
  return undefined;
}

function resolveThroughChecker(typeInformation: TypeInformation, node: TSESTree.Node): ResolvedFunction | undefined {
  const { services, checker } = typeInformation;
  const nameNode = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node;
  if (nameNode.type !== AST_NODE_TYPES.Identifier) return undefined;
  let symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(nameNode));
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration) return undefined;
  if (declaration.getSourceFile() !== services.esTreeNodeToTSNodeMap.get(node).getSourceFile()) return { where: 'other-file', declaration };
  const local = services.tsNodeToESTreeNodeMap.get(declaration) as TSESTree.Node | undefined;
  const value = local && getFunctionOfDeclaration(local);
  return value && { where: 'this-file', node: value };
}

function getFunctionOfDeclaration(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return node;
    case AST_NODE_TYPES.VariableDeclarator:
      return node.init ? getFunctionOfDeclaration(skipTypeWrappers(node.init)) : undefined;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.Property:
      return node.value ? getFunctionOfDeclaration(node.value) : undefined;
    default:
      return undefined;
  }
}
