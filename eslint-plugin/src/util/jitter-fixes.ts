import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Operands that need no parentheses after `Math.random() *`. */
const TIGHT_OPERANDS = new Set<string>([AST_NODE_TYPES.Identifier, AST_NODE_TYPES.Literal, AST_NODE_TYPES.MemberExpression, AST_NODE_TYPES.CallExpression]);

/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): wait a uniformly random time between 0 and
 * the computed delay, `Math.random() * delay`, which spreads retries of many clients over the whole window.
 */
export function applyFullJitter(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, delay: TSESTree.Expression): TSESLint.RuleFix {
  const text = sourceCode.getText(delay);
  return fixer.replaceText(delay, `Math.random() * ${TIGHT_OPERANDS.has(delay.type) ? text : `(${text})`}`);
}
