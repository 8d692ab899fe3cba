import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, skipTypeWrappers } from './ast';

/**
 * The expression a name was bound to, so rules can see how a client, logger or flag client was made:
 * `const api = axios.create(...)`, a class field `private http = got.extend(...)`,
 * or `this.flags = OpenFeature.getClient()` in the constructor.
 * Follows `const` and never-reassigned `let`/`var`; returns undefined for parameters,
 * reassigned variables and anything dynamic, so callers can stay silent when unsure.
 */
export function findInitializer(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node): TSESTree.Expression | undefined {
  const node = skipTypeWrappers(expression);
  if (node.type === AST_NODE_TYPES.Identifier) return findVariableInitializer(sourceCode, node);
  if (node.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(node.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = getStaticPropertyName(node);
    return name === undefined ? undefined : findClassMemberInitializer(node, name);
  }
  return undefined;
}

/** Follows `findInitializer` through aliases (`const a = b; const b = axios.create()`) and `await`, a few steps deep. */
export function traceInitializer(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, maxSteps = 4): TSESTree.Expression | undefined {
  let current: TSESTree.Node = expression;
  let found: TSESTree.Expression | undefined;
  for (let step = 0; step < maxSteps; step++) {
    const next = findInitializer(sourceCode, current);
    if (!next) break;
    found = unwrapAwait(next);
    current = found;
  }
  return found;
}

function unwrapAwait(node: TSESTree.Expression): TSESTree.Expression {
  const inner = skipTypeWrappers(node);
  return inner.type === AST_NODE_TYPES.AwaitExpression ? (skipTypeWrappers(inner.argument) as TSESTree.Expression) : (inner as TSESTree.Expression);
}

function findVariableInitializer(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!variable || !definition || definition.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  const isReassigned = variable.references.some((reference) => reference.isWrite() && reference.identifier !== declarator.id);
  return isReassigned ? undefined : declarator.init;
}

function findClassMemberInitializer(member: TSESTree.MemberExpression, name: string): TSESTree.Expression | undefined {
  const classBody = findEnclosingClassBody(member);
  if (!classBody) return undefined;
  for (const element of classBody.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && getStaticPropertyName(element) === name && element.value) {
      return element.value;
    }
  }
  const constructor = classBody.body.find(
    (element): element is TSESTree.MethodDefinition => element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor',
  );
  for (const statement of constructor?.value.body?.body ?? []) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.AssignmentExpression) continue;
    const { left, right, operator } = statement.expression;
    if (
      operator === '=' &&
      left.type === AST_NODE_TYPES.MemberExpression &&
      left.object.type === AST_NODE_TYPES.ThisExpression &&
      getStaticPropertyName(left) === name
    ) {
      return right;
    }
  }
  return undefined;
}

/** The body of the class whose `this` a member expression reads; arrow functions keep the class's `this`. */
export function findEnclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
    if (current.type === AST_NODE_TYPES.FunctionExpression && current.parent?.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
  }
  return undefined;
}
