import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, getStaticValue, skipTypeWrappers } from './ast';
import type { TypeInformation } from './type-information';

/**
 * The string an expression always evaluates to, when that is known statically: a string literal, a same-file
 * constant (`const KEY = 'x'`), a member of an `as const` object or of a string enum (`Flags.CheckoutV2`) and,
 * with type information, anything whose type is a single string literal, such as a constant imported from
 * another module. Undefined for anything dynamic.
 */
export function getStaticString(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  typeInformation?: TypeInformation,
): string | undefined {
  const expression = skipTypeWrappers(node);
  const evaluated = getStaticValue(sourceCode, expression);
  if (typeof evaluated?.value === 'string') return evaluated.value;
  const enumMember = getEnumMemberValue(sourceCode, expression);
  if (enumMember !== undefined) return enumMember;
  if (!typeInformation) return undefined;
  const type = typeInformation.services.getTypeAtLocation(expression);
  return type.isStringLiteral() ? type.value : undefined;
}

/** `Flags.CheckoutV2` where `enum Flags { CheckoutV2 = 'checkout-v2' }` is declared in the same file. */
function getEnumMemberValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const memberName = getStaticPropertyName(node);
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node.object);
  const declaration = variable?.defs.find((definition) => definition.type === 'TSEnumName')?.node;
  if (memberName === undefined || declaration?.type !== AST_NODE_TYPES.TSEnumDeclaration) return undefined;
  for (const member of declaration.body.members) {
    const name = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : member.id.value;
    if (name !== memberName) continue;
    const initializer = member.initializer && skipTypeWrappers(member.initializer);
    if (initializer?.type === AST_NODE_TYPES.Literal && typeof initializer.value === 'string') return initializer.value;
    if (initializer?.type === AST_NODE_TYPES.TemplateLiteral && initializer.expressions.length === 0) return initializer.quasis[0]?.value.cooked ?? undefined;
    return undefined;
  }
  return undefined;
}
