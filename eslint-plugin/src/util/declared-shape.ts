import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import { findTypeAnnotation } from './declared-type';

/** What a declared type annotation says about a value, read without a type checker. */
export interface DeclaredShape {
  /** Names of the referenced types (`Customer` for `customers: Customer[]`). */
  readonly typeNames: readonly string[];
  /** Property names listed by an inline type literal or by an interface or type alias declared in this file. */
  readonly propertyNames: readonly string[];
}

/** How many type aliases are followed (`type Row = Customer`). */
const MAX_ALIASES = 3;
/** How many member reads are followed down a declared type (`args.input.address`). */
const MAX_MEMBER_DEPTH = 3;

/**
 * The shape a name or `this.member` was declared with: `migrated: Customer[]` names `Customer`; `rows: Array<{ email: string }>`
 * lists `email`; `application: KycApplication`, with `interface KycApplication` in the same file, lists its properties.
 * A member of such a name has the type its property is declared with (`args.input` where `args: { input: ProfileInput }`).
 * Undefined without an annotation. Imported types are known by name only: reading them needs the type checker.
 */
export function findDeclaredShape(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): DeclaredShape | undefined {
  const annotation = findAnnotation(sourceCode, node, 0);
  return annotation && readTypeShape(sourceCode, annotation);
}

function findAnnotation(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth: number): TSESTree.TypeNode | undefined {
  const own = findTypeAnnotation(sourceCode, node);
  if (own || node.type !== AST_NODE_TYPES.MemberExpression || depth >= MAX_MEMBER_DEPTH) return own;
  const name = getStaticPropertyName(node);
  const owner = name === undefined ? undefined : findAnnotation(sourceCode, skipTypeWrappers(node.object), depth + 1);
  return owner && name !== undefined ? findPropertyType(sourceCode, owner, name, 0) : undefined;
}

/** The declared type of property `name` of a type literal, or of an interface or type alias declared in this file. */
function findPropertyType(sourceCode: Readonly<TSESLint.SourceCode>, type: TSESTree.TypeNode, name: string, depth: number): TSESTree.TypeNode | undefined {
  if (type.type === AST_NODE_TYPES.TSTypeLiteral) return findMemberType(type.members, name);
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier || depth >= MAX_ALIASES) return undefined;
  const declaration = ASTUtils.findVariable(sourceCode.getScope(type), type.typeName)?.defs.find((definition) => definition.type === 'Type')?.node;
  if (declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) return findMemberType(declaration.body.body, name);
  if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return findPropertyType(sourceCode, declaration.typeAnnotation, name, depth + 1);
  return undefined;
}

function findMemberType(members: readonly TSESTree.TypeElement[], name: string): TSESTree.TypeNode | undefined {
  const member = members.find((candidate) => candidate.type === AST_NODE_TYPES.TSPropertySignature && listPropertyNames([candidate])[0] === name);
  return member?.type === AST_NODE_TYPES.TSPropertySignature ? member.typeAnnotation?.typeAnnotation : undefined;
}

/** The shape a type node describes, as `findDeclaredShape` reads it (also for assertions: `JSON.parse(body) as CreateOrderInput`). */
export function readTypeShape(sourceCode: Readonly<TSESLint.SourceCode>, type: TSESTree.TypeNode): DeclaredShape {
  const shape = { typeNames: [] as string[], propertyNames: [] as string[] };
  collectShape(sourceCode, type, shape, 0);
  return shape;
}

function collectShape(sourceCode: Readonly<TSESLint.SourceCode>, type: TSESTree.TypeNode, shape: { typeNames: string[]; propertyNames: string[] }, depth: number): void {
  switch (type.type) {
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType:
      for (const member of type.types) collectShape(sourceCode, member, shape, depth);
      return;
    case AST_NODE_TYPES.TSArrayType:
      collectShape(sourceCode, type.elementType, shape, depth);
      return;
    case AST_NODE_TYPES.TSTypeOperator:
      if (type.typeAnnotation) collectShape(sourceCode, type.typeAnnotation, shape, depth);
      return;
    case AST_NODE_TYPES.TSTypeLiteral:
      shape.propertyNames.push(...listPropertyNames(type.members));
      return;
    case AST_NODE_TYPES.TSTypeReference:
      collectReference(sourceCode, type, shape, depth);
      return;
    default:
  }
}

/** `Customer`, `Array<Customer>`, `ReadonlyArray<Row>`, and same-file `interface`/`type` declarations behind a name. */
function collectReference(sourceCode: Readonly<TSESLint.SourceCode>, type: TSESTree.TSTypeReference, shape: { typeNames: string[]; propertyNames: string[] }, depth: number): void {
  const name = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName : type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right : undefined;
  if (!name) return;
  const [element] = type.typeArguments?.params ?? [];
  if ((name.name === 'Array' || name.name === 'ReadonlyArray') && element) {
    collectShape(sourceCode, element, shape, depth);
    return;
  }
  shape.typeNames.push(name.name);
  if (type.typeName.type !== AST_NODE_TYPES.Identifier || depth >= MAX_ALIASES) return;
  const declaration = ASTUtils.findVariable(sourceCode.getScope(type), type.typeName)?.defs.find((definition) => definition.type === 'Type')?.node;
  if (declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) shape.propertyNames.push(...listPropertyNames(declaration.body.body));
  if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) collectShape(sourceCode, declaration.typeAnnotation, shape, depth + 1);
}

function listPropertyNames(members: readonly TSESTree.TypeElement[]): string[] {
  return members.flatMap((member) => {
    if (member.type !== AST_NODE_TYPES.TSPropertySignature) return [];
    const name = member.computed ? undefined : member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : member.key.type === AST_NODE_TYPES.Literal ? String(member.key.value) : undefined;
    return name === undefined ? [] : [name];
  });
}
