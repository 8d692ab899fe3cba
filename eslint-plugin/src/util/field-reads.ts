import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName } from './ast';

/** How deep a chain of reads is followed (`event.requestContext.identity.sourceIp` is three below `event`). */
const MAX_READ_DEPTH = 3;

/**
 * The property paths the code reads from a local variable or parameter anywhere in its scope: `event.body` and
 * `event.requestContext?.identity` give `['body']` and `['requestContext', 'identity']`; `const { email, password } = dto`
 * gives `['email']` and `['password']`. What a function reads from a value tells what the value holds when nothing else
 * does (no type, no telling name). Empty for globals, imports and anything that is not a plain identifier.
 */
export function findFieldReads(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): readonly (readonly string[])[] {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length === 0) return [];
  const reads: string[][] = [];
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    const chain = readChain(reference.identifier);
    if (chain.path.length > 0) reads.push(chain.path);
    else if (chain.end.parent?.type === AST_NODE_TYPES.VariableDeclarator && chain.end.parent.init === chain.end && chain.end.parent.id.type === AST_NODE_TYPES.ObjectPattern) {
      reads.push(...patternPaths(chain.end.parent.id, []));
    }
  }
  return reads;
}

/** `x.a?.b!.c` read from `x`: the names, and the outermost node of the chain. */
function readChain(identifier: TSESTree.Node): { path: string[]; end: TSESTree.Node } {
  const path: string[] = [];
  let current: TSESTree.Node = identifier;
  for (;;) {
    const parent = current.parent;
    if (!parent) break;
    if (parent.type === AST_NODE_TYPES.TSNonNullExpression || parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSAsExpression) {
      current = parent;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current || path.length >= MAX_READ_DEPTH) break;
    const name = getStaticPropertyName(parent);
    if (name === undefined) break;
    path.push(name);
    current = parent;
  }
  return { path, end: current };
}

/** The paths a destructuring pattern takes: `{ email, address: { postcode } }` gives `['email']`, `['address', 'postcode']`. */
function patternPaths(pattern: TSESTree.ObjectPattern, prefix: readonly string[]): string[][] {
  return pattern.properties.flatMap((property) => {
    if (property.type === AST_NODE_TYPES.RestElement) return [];
    const key = getStaticPropertyName(property);
    if (key === undefined) return [];
    const target = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    const path = [...prefix, key];
    return target.type === AST_NODE_TYPES.ObjectPattern && path.length < MAX_READ_DEPTH ? [path, ...patternPaths(target, path)] : [path];
  });
}
