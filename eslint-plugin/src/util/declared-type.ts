import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import { resolveQualifiedName, type QualifiedName } from './module-bindings';
import { findEnclosingClassBody } from './value-origin';

/**
 * The imported types an expression was declared with, read from its annotation without a type checker:
 * `constructor(private readonly flags: Client)` makes `this.flags` a `Client` from `@openfeature/server-sdk`;
 * `let ld: LDClient | undefined` makes `ld` an `LDClient`. Covers parameters (and parameter properties),
 * variables and class properties; `null` and `undefined` members of a union are skipped.
 * Returns `[]` when there is no annotation or it names no imported type.
 */
export function findDeclaredTypeNames(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node): QualifiedName[] {
  const annotation = findTypeAnnotation(sourceCode, skipTypeWrappers(expression));
  return annotation ? resolveTypeNames(sourceCode, annotation) : [];
}

/** The type annotation a name or `this.member` was declared with (parameter, parameter property, variable, class property). */
export function findTypeAnnotation(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.TypeNode | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const definition = variable?.defs[0];
    if (!definition || (definition.type !== 'Parameter' && definition.type !== 'Variable')) return undefined;
    return definition.name.type === AST_NODE_TYPES.Identifier ? definition.name.typeAnnotation?.typeAnnotation : undefined;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(node.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = getStaticPropertyName(node);
    const classBody = findEnclosingClassBody(node);
    return name === undefined || !classBody ? undefined : findClassMemberAnnotation(classBody, name);
  }
  return undefined;
}

function findClassMemberAnnotation(classBody: TSESTree.ClassBody, name: string): TSESTree.TypeNode | undefined {
  for (const element of classBody.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && getStaticPropertyName(element) === name) {
      return element.typeAnnotation?.typeAnnotation;
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      for (const parameter of element.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
        if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) return inner.typeAnnotation?.typeAnnotation;
      }
    }
  }
  return undefined;
}

function resolveTypeNames(sourceCode: Readonly<TSESLint.SourceCode>, type: TSESTree.TypeNode): QualifiedName[] {
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.flatMap((member) => resolveTypeNames(sourceCode, member));
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return [];
  const resolved = resolveEntityName(sourceCode, type.typeName);
  return resolved ? [resolved] : [];
}

/** `Client` → its import; `ld.LDClient` → the namespace import plus `LDClient`. */
function resolveEntityName(sourceCode: Readonly<TSESLint.SourceCode>, name: TSESTree.EntityName): QualifiedName | undefined {
  if (name.type === AST_NODE_TYPES.Identifier) return resolveQualifiedName(sourceCode, name);
  if (name.type !== AST_NODE_TYPES.TSQualifiedName) return undefined;
  const left = resolveEntityName(sourceCode, name.left);
  return left && { module: left.module, path: [...left.path, name.right.name] };
}
