import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Visits the nodes below `root` (not `root` itself) in source order. `visit` returns `false` to skip a node's
 * children, so callers decide which nested functions or loops belong to the region they are looking at.
 */
export function walkSubtree(
  sourceCode: Readonly<TSESLint.SourceCode>,
  root: TSESTree.Node,
  visit: (node: TSESTree.Node) => boolean,
): void {
  const keys = sourceCode.visitorKeys[root.type] ?? [];
  for (const key of keys) {
    const value = (root as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (!isNode(child)) continue;
      if (visit(child)) walkSubtree(sourceCode, child, visit);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
