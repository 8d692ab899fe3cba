import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { LoopStatement } from './retry-control-flow';

/**
 * Where a report on a retry loop is underlined: its head (`for (let attempt = 0; ; attempt++)`, `while (true)`, or the
 * `while (...)` that closes a `do…while`), rather than the whole body, so the editor marks one line.
 */
export function getLoopHeadLocation(sourceCode: Readonly<TSESLint.SourceCode>, loop: LoopStatement): TSESTree.SourceLocation {
  if (loop.type === AST_NODE_TYPES.DoWhileStatement) {
    const whileKeyword = sourceCode.getTokenAfter(loop.body);
    const closingParen = sourceCode.getTokenAfter(loop.test, (token) => token.value === ')');
    return { start: (whileKeyword ?? loop).loc.start, end: (closingParen ?? loop).loc.end };
  }
  const closingParen = sourceCode.getTokenBefore(loop.body);
  return { start: loop.loc.start, end: (closingParen ?? loop.body).loc.end };
}
