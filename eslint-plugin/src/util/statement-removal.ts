import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { TextInsertion } from './reindent';

/** Where statements are removed: the file, and the part of it a fix rewrites (no edit reaches outside it). */
export interface RemovalScope {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly bounds: TSESTree.Range;
  /** One indentation level, taken off the lines of a `try` block that is unwrapped. */
  readonly unit: string;
}

/**
 * Edits that delete `removed` statements together with what they leave empty, so a fix never writes `if (ok) {}` or
 * `finally {}`: a block whose statements all go, an `if` whose branches all go (its condition stays as a statement
 * when it does something), an `else` that goes, an `if` whose branch goes under an `else` that stays (negated:
 * `if (!ok) { ... }`), and a `finally` that goes (the `try` keeps its `catch`, or becomes the statements of its block).
 * Undefined when a statement does not have whole lines of its own, so removing it would cut a line in two.
 */
export function getStatementRemovals(scope: RemovalScope, removed: ReadonlySet<TSESTree.Node>): TextInsertion[] | undefined {
  const emptiness = new Emptiness(scope.sourceCode, removed);
  const outermost = new Set([...removed].map((statement) => findOutermostEmptied(statement, emptiness)));
  const edits: TextInsertion[] = [];
  for (const node of outermost) {
    const nodeEdits = removeEmptied(scope, node, emptiness);
    if (!nodeEdits) return undefined;
    edits.push(...nodeEdits);
  }
  return dropContainedEdits(edits);
}

/** Which nodes disappear once the removed statements are gone. */
class Emptiness {
  private readonly cache = new Map<TSESTree.Node, boolean>();

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly removed: ReadonlySet<TSESTree.Node>,
  ) {}

  /** The node goes entirely: a removed statement, a block of such with no comments, an `if` with a harmless condition whose branches go. */
  isRemoved(node: TSESTree.Node): boolean {
    let result = this.cache.get(node);
    if (result === undefined) {
      result =
        this.removed.has(node) ||
        (node.type === AST_NODE_TYPES.BlockStatement && node.body.length > 0 && node.body.every((statement) => this.isRemoved(statement)) && this.sourceCode.getCommentsInside(node).length === 0) ||
        (node.type === AST_NODE_TYPES.IfStatement && this.areBranchesRemoved(node) && !hasSideEffect(this.sourceCode, node.test));
      this.cache.set(node, result);
    }
    return result;
  }

  areBranchesRemoved(statement: TSESTree.IfStatement): boolean {
    return this.isRemoved(statement.consequent) && (statement.alternate === null || this.isRemoved(statement.alternate));
  }
}

/** The outermost node that goes with `statement`, or the `if` that shrinks to its condition. */
function findOutermostEmptied(statement: TSESTree.Node, emptiness: Emptiness): TSESTree.Node {
  let current = statement;
  for (let parent = current.parent; parent; parent = current.parent) {
    const isEmptiedBlock = parent.type === AST_NODE_TYPES.BlockStatement && emptiness.isRemoved(parent) && canRemoveBlock(parent, emptiness.sourceCode);
    const isEmptiedIf = parent.type === AST_NODE_TYPES.IfStatement && emptiness.areBranchesRemoved(parent);
    if (!isEmptiedBlock && !isEmptiedIf) break;
    current = parent;
  }
  return current;
}

/**
 * Whether an emptied block can go: a block of statements, either branch of an `if`, a `finally` (with no comment
 * before it, which would go too). Function, loop and `catch` bodies stay (an empty `catch` swallows errors).
 */
function canRemoveBlock(block: TSESTree.BlockStatement, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parent = block.parent;
  if (isStatementList(parent) || parent.type === AST_NODE_TYPES.IfStatement) return true;
  if (parent.type !== AST_NODE_TYPES.TryStatement || parent.finalizer !== block) return false;
  const previous = parent.handler ?? parent.block;
  return sourceCode.getCommentsInside(parent).every((comment) => comment.range[1] <= previous.range[1] || comment.range[0] >= block.range[0]);
}

/** The edits for one outermost emptied node, by where it sits. */
function removeEmptied(scope: RemovalScope, node: TSESTree.Node, emptiness: Emptiness): TextInsertion[] | undefined {
  const parent = node.parent;
  if (node.type === AST_NODE_TYPES.IfStatement && !emptiness.isRemoved(node)) return keepCondition(scope.sourceCode, node);
  if (!parent) return undefined;
  if (isStatementList(parent)) {
    const edit = removeWholeLines(scope, node);
    return edit && [edit];
  }
  if (parent.type === AST_NODE_TYPES.IfStatement && parent.alternate === node) return [{ offset: parent.consequent.range[1], end: node.range[1], text: '' }];
  if (parent.type === AST_NODE_TYPES.IfStatement && parent.alternate?.type === AST_NODE_TYPES.IfStatement) return nestUnderNegation(scope, parent, parent.alternate);
  if (parent.type === AST_NODE_TYPES.IfStatement && parent.alternate) {
    return [...negateCondition(scope.sourceCode, parent.test), { offset: node.range[0], end: parent.alternate.range[0], text: '' }];
  }
  if (parent.type === AST_NODE_TYPES.TryStatement && parent.finalizer === node) {
    return parent.handler ? [{ offset: parent.handler.range[1], end: node.range[1], text: '' }] : unwrapTry(scope, parent);
  }
  return undefined;
}

/** `if (await flush()) { span.end(); }` → `await flush();`: the branches went, what the condition does stays. */
function keepCondition(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.IfStatement): TextInsertion[] {
  // An expression statement cannot start with these: `{` opens a block, the keywords a declaration.
  const needsParentheses = ['{', 'function', 'class', 'let'].includes(sourceCode.getFirstToken(statement.test)?.value ?? '');
  return [
    { offset: statement.range[0], end: statement.test.range[0], text: needsParentheses ? '(' : '' },
    { offset: statement.test.range[1], end: statement.range[1], text: needsParentheses ? ');' : ';' },
  ];
}

/** `if (a) { span.end(); } else if (b) { ... }` → `if (!a) { if (b) { ... } }`: the rest of the chain moves in one level. */
function nestUnderNegation(scope: RemovalScope, statement: TSESTree.IfStatement, chain: TSESTree.IfStatement): TextInsertion[] {
  const { sourceCode, unit } = scope;
  const indent = /^[ \t]*/.exec(sourceCode.lines[statement.loc.start.line - 1] ?? '')?.[0] ?? '';
  const edits: TextInsertion[] = [
    ...negateCondition(sourceCode, statement.test),
    { offset: statement.consequent.range[0], end: chain.range[0], text: `{\n${indent}${unit}` },
    { offset: chain.range[1], text: `\n${indent}}` },
  ];
  for (let line = chain.loc.start.line + 1; line <= chain.loc.end.line; line++) {
    const start = getLineStart(sourceCode, line);
    if ((sourceCode.lines[line - 1] ?? '').trim() !== '' && !isTemplateText(sourceCode, start)) edits.push({ offset: start, text: unit });
  }
  return edits;
}

/** Edits that negate a condition in place, token by token so a condition over several lines keeps its lines. */
function negateCondition(sourceCode: Readonly<TSESLint.SourceCode>, test: TSESTree.Expression): TextInsertion[] {
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') return [{ offset: test.range[0], end: test.argument.range[0], text: '' }];
  if (test.type === AST_NODE_TYPES.BinaryExpression && FLIPPED_EQUALITY.has(test.operator)) {
    const operator = sourceCode.getFirstTokenBetween(test.left, test.right, { filter: (token) => token.value === test.operator });
    if (operator) return [{ offset: operator.range[0], end: operator.range[1], text: FLIPPED_EQUALITY.get(test.operator) ?? test.operator }];
  }
  if (BINDS_TIGHTER_THAN_NOT.has(test.type)) return [{ offset: test.range[0], text: '!' }];
  return [
    { offset: test.range[0], text: '!(' },
    { offset: test.range[1], text: ')' },
  ];
}

const FLIPPED_EQUALITY = new Map([
  ['===', '!=='],
  ['!==', '==='],
  ['==', '!='],
  ['!=', '=='],
]);

/** Conditions that `!` can prefix without parentheses. */
const BINDS_TIGHTER_THAN_NOT: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.TSNonNullExpression,
]);

/**
 * `try { ... } finally {}` with no `catch` becomes the statements of its block, one level less indented. When its
 * block declares a name the code around it uses (or the `try` is not on lines of its own), it becomes a plain block
 * instead, which keeps every name where it was.
 */
function unwrapTry(scope: RemovalScope, statement: TSESTree.TryStatement): TextInsertion[] | undefined {
  const { sourceCode } = scope;
  const block = statement.block;
  const closingLine = block.loc.end.line;
  const canUnwrap =
    isStatementList(statement.parent) &&
    block.loc.start.line === statement.loc.start.line &&
    isAloneOnLines(sourceCode, [statement.range[0], block.range[0] + 1]) &&
    isAloneOnLines(sourceCode, [block.range[1] - 1, statement.range[1]]) &&
    !declaresNameUsedAround(scope, block);
  if (!canUnwrap) {
    return [
      { offset: statement.range[0], end: block.range[0], text: '' },
      { offset: block.range[1], end: statement.range[1], text: '' },
    ];
  }
  const edits = [
    clampToBounds(scope, { offset: getLineStart(sourceCode, statement.loc.start.line), end: getLineStart(sourceCode, statement.loc.start.line + 1), text: '' }),
    clampToBounds(scope, { offset: getLineStart(sourceCode, closingLine), end: getLineStart(sourceCode, statement.loc.end.line + 1), text: '' }),
  ];
  for (let line = statement.loc.start.line + 1; line < closingLine; line++) {
    const start = getLineStart(sourceCode, line);
    const indentation = /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')?.[0].length ?? 0;
    if (indentation > 0 && !isTemplateText(sourceCode, start)) edits.push({ offset: start, end: start + Math.min(indentation, scope.unit.length), text: '' });
  }
  return edits;
}

/** Whether the block declares a name that also appears in the rewritten code outside it (unwrapped, it would clash or shadow). */
function declaresNameUsedAround(scope: RemovalScope, block: TSESTree.BlockStatement): boolean {
  const declared = new Set(scope.sourceCode.scopeManager?.acquire(block)?.variables.map((variable) => variable.name) ?? []);
  if (declared.size === 0) return false;
  let token = scope.sourceCode.getTokenByRangeStart(scope.bounds[0]);
  for (; token && token.range[1] <= scope.bounds[1]; token = scope.sourceCode.getTokenAfter(token)) {
    const isOutside = token.range[1] <= block.range[0] || token.range[0] >= block.range[1];
    if (isOutside && token.type === 'Identifier' && declared.has(token.value)) return true;
  }
  return false;
}

/** Deletes the lines a node spans, including their line break, when nothing else is on them. */
function removeWholeLines(scope: RemovalScope, node: TSESTree.Node): TextInsertion | undefined {
  if (!isAloneOnLines(scope.sourceCode, node.range)) return undefined;
  return clampToBounds(scope, { offset: getLineStart(scope.sourceCode, node.loc.start.line), end: getLineStart(scope.sourceCode, node.loc.end.line + 1), text: '' });
}

/** Whether only whitespace shares the lines of `range` with it. */
function isAloneOnLines(sourceCode: Readonly<TSESLint.SourceCode>, [start, end]: TSESTree.Range): boolean {
  const startLoc = sourceCode.getLocFromIndex(start);
  const endLoc = sourceCode.getLocFromIndex(end);
  const before = (sourceCode.lines[startLoc.line - 1] ?? '').slice(0, startLoc.column);
  const after = (sourceCode.lines[endLoc.line - 1] ?? '').slice(endLoc.column);
  return before.trim() === '' && after.trim() === '';
}

/** The offset a line starts at; past the last line, the end of the file. */
function getLineStart(sourceCode: Readonly<TSESLint.SourceCode>, line: number): number {
  return line > sourceCode.lines.length ? sourceCode.text.length : sourceCode.getIndexFromLoc({ line, column: 0 });
}

function clampToBounds(scope: RemovalScope, edit: TextInsertion): TextInsertion {
  return { offset: Math.max(edit.offset, scope.bounds[0]), end: Math.min(edit.end ?? edit.offset, scope.bounds[1]), text: edit.text };
}

/** Drops deletions inside a larger one (the indentation of a line that goes anyway). */
function dropContainedEdits(edits: readonly TextInsertion[]): TextInsertion[] {
  return edits.filter(
    (edit) => !edits.some((other) => other !== edit && other.offset <= edit.offset && (edit.end ?? edit.offset) <= (other.end ?? other.offset) && (other.end ?? other.offset) - other.offset > (edit.end ?? edit.offset) - edit.offset),
  );
}

/** Whether an offset is inside the text of a template literal, whose lines are string content. */
function isTemplateText(sourceCode: Readonly<TSESLint.SourceCode>, offset: number): boolean {
  return sourceCode.getNodeByRangeIndex(offset)?.type === AST_NODE_TYPES.TemplateElement;
}

function isStatementList(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.BlockStatement || node?.type === AST_NODE_TYPES.Program || node?.type === AST_NODE_TYPES.SwitchCase;
}

function hasSideEffect(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  return ASTUtils.hasSideEffect(node, sourceCode as TSESLint.SourceCode);
}
