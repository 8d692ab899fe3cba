import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast';
import { detectIndentation, getExpressionBodyStart, getLineIndentation, getShiftedLines, trimBlankLines } from './reindent';
import { findReturns, getAwaitInsertions } from './returned-promises';

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
 * removing the `span.end()` statements they contained, so the span ends once on every path. Statements after the last
 * `span.end()` stay outside the `try` unless they use names declared inside it. Undefined when an end call is not a
 * statement on its own line (`if (x) span.end();`), where moving it would change more than the span's lifetime.
 */
export function createEndInFinallyFix(input: EndInFinallyFixInput): TSESLint.ReportFixFunction | undefined {
  const { sourceCode, spanName, endMethod } = input;
  const endStatements = input.endCalls.map((call) => getRemovableStatement(sourceCode, call));
  if (endStatements.some((statement) => statement === undefined)) return undefined;
  const region = selectRegion(sourceCode, input.statements, new Set(endStatements as TSESTree.ExpressionStatement[]));
  const first = region[0];
  const last = region.at(-1);
  if (!first || !last) return undefined;
  const indent = getLineIndentation(sourceCode, first.range[0]);
  const { unit } = detectIndentation(sourceCode, input.container);
  const removedLines = new Set(endStatements.map((statement) => (statement as TSESTree.Node).loc.start.line - first.loc.start.line));
  const insertions = input.isAsync ? findReturns(sourceCode, region).flatMap((returned) => getAwaitInsertions(sourceCode, returned)) : [];
  const lines = trimBlankLines(getShiftedLines(sourceCode, [first.range[0], last.range[1]], insertions, indent + unit, unit.length, unit).filter((_, index) => !removedLines.has(index)));
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

/** The `span.end();` statement around an end call, when it can be deleted as a whole line of a block. */
function getRemovableStatement(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): TSESTree.ExpressionStatement | undefined {
  let node: TSESTree.Node = call;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.ChainExpression || (node.parent.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void'))) node = node.parent;
  const statement = node.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || skipTypeWrappers(statement.expression) !== node) return undefined;
  const container = statement.parent;
  const isInList = container?.type === AST_NODE_TYPES.BlockStatement || container?.type === AST_NODE_TYPES.SwitchCase || container?.type === AST_NODE_TYPES.Program;
  const isAloneOnLine = statement.loc.start.line === statement.loc.end.line && (sourceCode.lines[statement.loc.start.line - 1] ?? '').trim() === sourceCode.getText(statement);
  return isInList && isAloneOnLine ? statement : undefined;
}

/**
 * The statements to put in the `try`: up to the last top-level end statement (or all of them), extended to any later
 * statement that uses a name declared inside, since moving a declaration into the `try` would hide it.
 */
function selectRegion(sourceCode: Readonly<TSESLint.SourceCode>, statements: readonly TSESTree.Statement[], endStatements: ReadonlySet<TSESTree.Node>): readonly TSESTree.Statement[] {
  let lastEnd = -1;
  statements.forEach((statement, index) => {
    if (endStatements.has(statement)) lastEnd = index;
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
