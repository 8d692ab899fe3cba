import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast';
import { detectIndentation, getExpressionBodyStart, getLineIndentation, getShiftedLines, trimBlankLines } from './reindent';
import { findReturns, getAwaitInsertions } from './returned-promises';
import { getStatementRemovals } from './statement-removal';

export interface EndInFinallyFixInput {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The statements that run while the span is open, in their block. */
  readonly statements: readonly TSESTree.Statement[];
  /** The node whose lines set the indentation unit (the enclosing function or block). */
  readonly container: TSESTree.Node;
  /** How the code names the span (`span`) and ends it (`end`). */
  readonly spanName: string;
  readonly endMethod: string;
  /** The existing end calls, moved into the `finally`. */
  readonly endCalls: readonly TSESTree.CallExpression[];
  /** Whether the statements run in an async function, whose returned promises must then be awaited inside the `try`. */
  readonly isAsync: boolean;
}

/**
 * The `span-must-end` fix: wraps the statements that run while the span is open in `try { ... } finally { span.end(); }`,
 * removing the `span.end()` statements they contained and what that leaves empty (`if (ok) {}`, an existing
 * `finally {}`), so the span ends once on every path. Statements after the last `span.end()`, or after a `try` whose
 * `finally` ends the span, stay outside unless they use names declared inside. Undefined when an end call is not a
 * statement of its own (`ok && span.end()`) or shares its line, where moving it would change more than the span's lifetime.
 */
export function createEndInFinallyFix(input: EndInFinallyFixInput): TSESLint.ReportFixFunction | undefined {
  const { sourceCode, spanName, endMethod } = input;
  const endStatements = input.endCalls.map(getEndStatement);
  if (endStatements.some((statement) => statement === undefined)) return undefined;
  const ends = new Set(endStatements as TSESTree.ExpressionStatement[]);
  const region = selectRegion(sourceCode, input.statements, ends);
  const first = region[0];
  const last = region.at(-1);
  if (!first || !last) return undefined;
  const indent = getLineIndentation(sourceCode, first.range[0]);
  const { unit } = detectIndentation(sourceCode, input.container);
  const bounds: TSESTree.Range = [first.range[0], last.range[1]];
  const removals = getStatementRemovals({ sourceCode, bounds, unit }, ends);
  if (!removals) return undefined;
  const awaits = input.isAsync ? findReturns(sourceCode, region).flatMap((returned) => getAwaitInsertions(sourceCode, returned)) : [];
  const lines = trimBlankLines(getShiftedLines(sourceCode, bounds, [...removals, ...awaits], indent + unit, unit.length, unit));
  if (lines.length === 0) return undefined;
  const text = ['try {', ...lines, `${indent}} finally {`, `${indent}${unit}${spanName}.${endMethod}();`, `${indent}}`].join('\n');
  return (fixer) => fixer.replaceTextRange([first.range[0], last.range[1]], text);
}

/**
 * The fix for a `startActiveSpan` callback with no span parameter or an expression body: names the span and ends it
 * in a `finally` around the whole body.
 */
export function createCallbackEndFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
  spanName: string,
  endMethod: string,
): TSESLint.ReportFixFunction | undefined {
  const { base, unit } = detectIndentation(sourceCode, callback.body);
  const openParen = callback.params.length === 0 ? sourceCode.getFirstToken(callback, { filter: (token) => token.value === '(' }) : undefined;
  if (callback.params.length === 0 && !openParen) return undefined;
  const inner = base + unit.repeat(2);
  let statements: string[];
  let bodyStart = callback.body.range[0];
  if (callback.body.type === AST_NODE_TYPES.BlockStatement) {
    const insertions = callback.async ? findReturns(sourceCode, callback.body.body).flatMap((returned) => getAwaitInsertions(sourceCode, returned)) : [];
    statements = trimBlankLines(getShiftedLines(sourceCode, [callback.body.range[0] + 1, callback.body.range[1] - 1], insertions, inner, unit.length, unit));
  } else {
    bodyStart = getExpressionBodyStart(sourceCode, callback);
    const insertions = callback.async ? getAwaitInsertions(sourceCode, callback.body) : [];
    statements = getShiftedLines(sourceCode, [bodyStart, callback.range[1]], insertions, `${inner}return `, inner.length - getLineIndentation(sourceCode, bodyStart).length, unit);
    statements[statements.length - 1] += ';';
  }
  const body = ['{', `${base}${unit}try {`, ...statements, `${base}${unit}} finally {`, `${inner}${spanName}.${endMethod}();`, `${base}${unit}}`, `${base}}`].join('\n');
  return (fixer) => [...(openParen ? [fixer.insertTextAfter(openParen, spanName)] : []), fixer.replaceTextRange([bodyStart, callback.range[1]], body)];
}

/** The `span.end();` statement an end call is, when the call is the whole statement (through `?.`, `void` and `as`). */
function getEndStatement(call: TSESTree.CallExpression): TSESTree.ExpressionStatement | undefined {
  let node: TSESTree.Node = call;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.ChainExpression || (node.parent.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void'))) node = node.parent;
  const statement = node.parent;
  return statement?.type === AST_NODE_TYPES.ExpressionStatement && skipTypeWrappers(statement.expression) === node ? statement : undefined;
}

/**
 * The statements to put in the `try`: up to the last top-level statement that ends the span (an end statement, or a
 * `try` whose `finally` ends it), or all of them, extended to any later statement that uses a name declared inside,
 * since moving a declaration into the `try` would hide it.
 */
function selectRegion(sourceCode: Readonly<TSESLint.SourceCode>, statements: readonly TSESTree.Statement[], endStatements: ReadonlySet<TSESTree.Node>): readonly TSESTree.Statement[] {
  let lastEnd = -1;
  statements.forEach((statement, index) => {
    const endsInFinally = statement.type === AST_NODE_TYPES.TryStatement && (statement.finalizer?.body.some((inner) => endStatements.has(inner)) ?? false);
    if (endStatements.has(statement) || endsInFinally) lastEnd = index;
  });
  const hasNestedEndAfter = statements.slice(lastEnd + 1).some((statement) => [...endStatements].some((end) => end.range[0] >= statement.range[0] && end.range[1] <= statement.range[1]));
  let regionEnd = lastEnd === -1 || hasNestedEndAfter ? statements.length - 1 : lastEnd;
  const declared = statements.slice(0, regionEnd + 1).flatMap((statement) => sourceCode.getDeclaredVariables(statement));
  for (const variable of declared) {
    for (const reference of variable.references) {
      const index = statements.findIndex((statement) => reference.identifier.range[0] >= statement.range[0] && reference.identifier.range[1] <= statement.range[1]);
      regionEnd = Math.max(regionEnd, index);
    }
  }
  return statements.slice(0, regionEnd + 1);
}
