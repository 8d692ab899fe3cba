import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, skipTypeWrappers } from '../util/ast';

/** One flag read from an object holding every flag: `flags.darkMode`, or `darkMode` in `const { darkMode } = useFlags()`. */
export interface FlagMapRead {
  /** The property name as written. */
  readonly name: string;
  /** The whole read (the member expression or the destructured property). */
  readonly node: TSESTree.Node;
  /** The property key, where a report points. */
  readonly keyNode: TSESTree.Node;
}

/**
 * The flags read from the object a call returns (LaunchDarkly React's `useFlags()`): destructured in its declaration,
 * read as properties of the variable holding it, or read on the call itself. A computed read (`flags[key]`) names
 * no flag and is skipped, as is anything the object is passed to.
 */
export function findFlagMapReads(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): FlagMapRead[] {
  let holder: TSESTree.Node = call;
  while (holder.parent && (holder.parent.type === AST_NODE_TYPES.TSAsExpression || holder.parent.type === AST_NODE_TYPES.TSNonNullExpression)) holder = holder.parent;
  const parent = holder.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === holder) return readOf(parent);
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== holder) return [];
  if (parent.id.type === AST_NODE_TYPES.ObjectPattern) return readsOfPattern(parent.id);
  if (parent.id.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = ASTUtils.findVariable(sourceCode.getScope(parent.id), parent.id);
  return (variable?.references ?? []).flatMap((reference) => readsOfReference(reference.identifier));
}

/** `flags.darkMode`, `flags?.darkMode`, or `const { darkMode } = flags`. */
function readsOfReference(identifier: TSESTree.Node): FlagMapRead[] {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) return readOf(parent);
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === identifier && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
    return readsOfPattern(parent.id);
  }
  return [];
}

/** A property read, unless it is called: flag values are JSON, so `flags.hasOwnProperty('x')` reads an object method. */
function readOf(member: TSESTree.MemberExpression): FlagMapRead[] {
  if (member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member) return [];
  const name = getStaticPropertyName(member);
  return name === undefined ? [] : [{ name, node: member, keyNode: member.property }];
}

function readsOfPattern(pattern: TSESTree.ObjectPattern): FlagMapRead[] {
  return pattern.properties.flatMap((property): FlagMapRead[] => {
    if (property.type !== AST_NODE_TYPES.Property) return [];
    const key = skipTypeWrappers(property.key);
    if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return [{ name: key.name, node: property, keyNode: key }];
    if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return [{ name: key.value, node: property, keyNode: key }];
    return [];
  });
}
