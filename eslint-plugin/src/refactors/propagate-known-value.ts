import type { BinaryExpression, IfStatement, Node, SourceFile, VariableDeclaration } from 'ts-morph';
import { isPureExpression } from './pure-expression';
import { getStatementList, replaceNode } from './node-edits';
import { replaceIfStatement } from './replace-if-statement';
import { removeRange, type TextEdit } from './text-edits';
import { loadTsMorph } from './ts-morph-runtime';

/**
 * Placeholders for "this expression is now known to be true / false". The cleanup first writes them where the
 * flag evaluations were, then simplifies around one at a time; names nobody writes, so they cannot collide.
 */
export const KNOWN_TRUE = '__balancedFlagKnownTrue__';
export const KNOWN_FALSE = '__balancedFlagKnownFalse__';

/** The first placeholder left in the file and the edits that simplify around it, or undefined when none is left. */
export function simplifyNextKnownValue(sourceFile: SourceFile): TextEdit[] | undefined {
  const { SyntaxKind } = loadTsMorph();
  const marker = sourceFile.getDescendantsOfKind(SyntaxKind.Identifier).find((identifier) => {
    const name = identifier.getText();
    return name === KNOWN_TRUE || name === KNOWN_FALSE;
  });
  return marker && propagate(sourceFile.getFullText(), marker, marker.getText() === KNOWN_TRUE);
}

type LogicalStep = { readonly kind: 'continue'; readonly known: boolean } | { readonly kind: 'edits'; readonly edits: TextEdit[] } | { readonly kind: 'stop' };

/**
 * Walks up from an expression whose boolean value is known, folding what that value decides: `!`, `&&`, `||`,
 * ternaries, `if` statements, constants holding it, statements evaluating it for nothing and JSX children.
 * Where nothing more folds, the expression becomes the literal `true` or `false`.
 */
function propagate(text: string, start: Node, value: boolean): TextEdit[] {
  const { Node, SyntaxKind } = loadTsMorph();
  let node = start;
  let known = value;
  for (;;) {
    const parent = node.getParent();
    if (!parent) return [replaceNode(node, String(known))];
    if (isTransparent(parent)) {
      node = parent;
      continue;
    }
    if (Node.isPrefixUnaryExpression(parent) && parent.getOperatorToken() === SyntaxKind.ExclamationToken) {
      known = !known;
      node = parent;
      continue;
    }
    if (Node.isBinaryExpression(parent)) {
      const step = foldLogical(text, parent, node, known);
      if (step.kind === 'edits') return step.edits;
      if (step.kind === 'stop') return [replaceNode(node, String(known))];
      known = step.known;
      node = parent;
      continue;
    }
    if (Node.isConditionalExpression(parent) && parent.getCondition() === node) {
      return replaceExpression(text, parent, known ? parent.getWhenTrue() : parent.getWhenFalse());
    }
    if (Node.isIfStatement(parent) && parent.getExpression() === node) return replaceIfStatement(text, parent as IfStatement, known);
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) {
      const edits = inlineConstant(text, parent, known);
      if (edits) return edits;
    }
    if (Node.isExpressionStatement(parent)) return removeStatement(text, parent);
    if (Node.isJsxExpression(parent) && isJsxChild(parent)) return [removeRange(text, parent.getStart(), parent.getEnd())];
    return [replaceNode(node, String(known))];
  }
}

/** Wrappers whose value is their operand's: parentheses, type assertions, and `await` of a non-promise. */
function isTransparent(node: Node): boolean {
  const { Node } = loadTsMorph();
  return (
    Node.isParenthesizedExpression(node) ||
    Node.isAwaitExpression(node) ||
    Node.isAsExpression(node) ||
    Node.isNonNullExpression(node) ||
    Node.isSatisfiesExpression(node) ||
    Node.isTypeAssertion(node)
  );
}

/**
 * `true && x` is `x` and `false && x` is `false` anywhere. `x && true` is `x` only where just truthiness counts
 * (an `if` test, a ternary test, `!`), and `x && false` is `false` there only when `x` has no side effects.
 */
function foldLogical(text: string, binary: BinaryExpression, operand: Node, known: boolean): LogicalStep {
  const { SyntaxKind } = loadTsMorph();
  const operator = binary.getOperatorToken().getKind();
  const isLeft = binary.getLeft() === operand;
  if (operator === SyntaxKind.QuestionQuestionToken) return isLeft ? { kind: 'continue', known } : { kind: 'stop' };
  if (operator !== SyntaxKind.AmpersandAmpersandToken && operator !== SyntaxKind.BarBarToken) return { kind: 'stop' };
  const isAbsorbing = operator === SyntaxKind.AmpersandAmpersandToken ? !known : known;
  const other = isLeft ? binary.getRight() : binary.getLeft();
  if (isLeft) return isAbsorbing ? { kind: 'continue', known } : { kind: 'edits', edits: replaceExpression(text, binary, other) };
  if (!isInBooleanContext(binary)) return { kind: 'stop' };
  if (!isAbsorbing) return { kind: 'edits', edits: replaceExpression(text, binary, other) };
  return isPureExpression(other) ? { kind: 'continue', known } : { kind: 'stop' };
}

/** Whether only the truthiness of an expression's value is used. */
function isInBooleanContext(node: Node): boolean {
  const { Node, SyntaxKind } = loadTsMorph();
  let current = node;
  let parent = current.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) {
    current = parent;
    parent = current.getParent();
  }
  if (!parent) return false;
  if (Node.isPrefixUnaryExpression(parent)) return parent.getOperatorToken() === SyntaxKind.ExclamationToken;
  if (Node.isIfStatement(parent) || Node.isWhileStatement(parent) || Node.isDoStatement(parent)) return parent.getExpression() === current;
  if (Node.isForStatement(parent)) return parent.getCondition() === current;
  if (Node.isConditionalExpression(parent)) return parent.getCondition() === current;
  if (Node.isBinaryExpression(parent)) {
    const operator = parent.getOperatorToken().getKind();
    return (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) && isInBooleanContext(parent);
  }
  return false;
}

/**
 * Replaces an expression by one of its parts. In JSX children, `{<New />}` becomes `<New />` and a child that
 * renders nothing (`{null}`, `{false}`) goes away; an object literal that lands in an arrow body or at the start
 * of a statement gets parentheses so it is not read as a block.
 */
function replaceExpression(text: string, target: Node, replacement: Node): TextEdit[] {
  const { Node } = loadTsMorph();
  const parent = target.getParent();
  const inner = skipParentheses(replacement);
  if (parent && Node.isJsxExpression(parent) && isJsxChild(parent)) {
    if (Node.isJsxElement(inner) || Node.isJsxSelfClosingElement(inner) || Node.isJsxFragment(inner)) {
      return [{ start: parent.getStart(), end: parent.getEnd(), text: inner.getText() }];
    }
    if (rendersNothing(inner)) return [removeRange(text, parent.getStart(), parent.getEnd())];
  }
  const needsParentheses =
    /^\s*(\{|function\b|class\b)/.test(replacement.getText()) && ((parent && Node.isArrowFunction(parent) && parent.getBody() === target) || (parent && Node.isExpressionStatement(parent)));
  return [replaceNode(target, needsParentheses ? `(${replacement.getText()})` : replacement.getText())];
}

/**
 * `const enabled = <known>` (or a `let` never assigned again): each use of `enabled` becomes a known value in turn,
 * and the declaration goes.
 */
function inlineConstant(text: string, declaration: VariableDeclaration, known: boolean): TextEdit[] | undefined {
  const { Node, SyntaxKind } = loadTsMorph();
  const name = declaration.getNameNode();
  const list = declaration.getParent();
  const statement = list.getParent();
  if (!Node.isIdentifier(name) || !Node.isVariableDeclarationList(list)) return undefined;
  if (!Node.isVariableStatement(statement) || statement.isExported() || list.getDeclarations().length !== 1) return undefined;
  const references = name.findReferencesAsNodes().filter((reference) => reference.getStart() !== name.getStart());
  if (references.some((reference) => reference.getFirstAncestorByKind(SyntaxKind.TypeQuery) || isAssignedTo(reference))) return undefined;
  const marker = known ? KNOWN_TRUE : KNOWN_FALSE;
  const edits: TextEdit[] = references.map((reference) =>
    Node.isShorthandPropertyAssignment(reference.getParent())
      ? replaceNode(reference, `${reference.getText()}: ${marker}`)
      : replaceNode(reference, marker),
  );
  edits.push(removeRange(text, statement.getStart(), statement.getEnd()));
  return edits;
}

/** Whether a reference writes its variable: `x = ...`, `x += ...`, `x++`, `--x`. */
function isAssignedTo(reference: Node): boolean {
  const { Node, SyntaxKind } = loadTsMorph();
  const parent = reference.getParent();
  if (!parent) return false;
  if (Node.isBinaryExpression(parent)) {
    const operator = parent.getOperatorToken().getKind();
    return parent.getLeft() === reference && operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment;
  }
  if (Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent)) {
    return parent.getOperatorToken() === SyntaxKind.PlusPlusToken || parent.getOperatorToken() === SyntaxKind.MinusMinusToken;
  }
  return false;
}

function removeStatement(text: string, statement: Node): TextEdit[] {
  return getStatementList(statement.getParent()) ? [removeRange(text, statement.getStart(), statement.getEnd())] : [replaceNode(statement, '{}')];
}

function isJsxChild(expression: Node): boolean {
  const { Node } = loadTsMorph();
  const parent = expression.getParent();
  return parent !== undefined && (Node.isJsxElement(parent) || Node.isJsxFragment(parent));
}

function rendersNothing(node: Node): boolean {
  const { Node } = loadTsMorph();
  return Node.isNullLiteral(node) || Node.isTrueLiteral(node) || Node.isFalseLiteral(node) || (Node.isIdentifier(node) && node.getText() === 'undefined');
}

function skipParentheses(node: Node): Node {
  const { Node } = loadTsMorph();
  return Node.isParenthesizedExpression(node) ? skipParentheses(node.getExpression()) : node;
}
