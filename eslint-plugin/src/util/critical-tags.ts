import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** A JSDoc `@critical` tag, with the product SLI it names when given (`@critical checkout-success`). */
export interface CriticalTag {
  readonly sli?: string;
}

/** `@critical` as a tag of its own (not `@criticality`), optionally followed on the same line by an SLI name. */
const CRITICAL_TAG = /(?:^|[\s*])@critical(?![\w-])(?:[ \t]+([A-Za-z0-9][\w.:/-]*))?/;

/**
 * The `@critical` tag in the JSDoc block directly above a declaration. The block may sit above decorators and
 * `export` (`/** @critical *\/ @Injectable() export class ...`), so the search starts at the earliest of them.
 */
export function getCriticalTag(sourceCode: Readonly<TSESLint.SourceCode>, declaration: TSESTree.Node): CriticalTag | undefined {
  const firstToken = sourceCode.getTokenByRangeStart(getLeadingStart(declaration), { includeComments: false });
  if (!firstToken) return undefined;
  const comment = sourceCode.getCommentsBefore(firstToken).at(-1);
  if (comment?.type !== 'Block' || !comment.value.startsWith('*')) return undefined;
  const match = CRITICAL_TAG.exec(comment.value);
  if (!match) return undefined;
  const sli = match[1];
  return sli === undefined ? {} : { sli };
}

/** Where the text that belongs to a declaration begins: its decorators, or the `export` keyword around it. */
function getLeadingStart(declaration: TSESTree.Node): number {
  let start = declaration.range[0];
  if ('decorators' in declaration && Array.isArray(declaration.decorators)) {
    for (const decorator of declaration.decorators as TSESTree.Decorator[]) start = Math.min(start, decorator.range[0]);
  }
  const parent = declaration.parent;
  if (parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    start = Math.min(start, parent.range[0]);
  }
  return start;
}
