import type { Node } from 'ts-morph';
import { loadTsMorph } from './ts-morph-runtime';

/** Operators that compute a value from their operands and do nothing else. */
const PURE_BINARY_OPERATORS = new Set(['&&', '||', '??', '===', '!==', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);

/**
 * Whether evaluating an expression can have no effect beyond its value, so the flag cleanup may drop it:
 * literals, names, property reads, closures, and object, array, template and operator expressions built from
 * those. Calls, `new`, assignments, `await` and `yield` are not. Property getters are assumed pure, as
 * minifiers assume.
 */
export function isPureExpression(node: Node): boolean {
  const { Node, SyntaxKind } = loadTsMorph();
  if (
    Node.isLiteralExpression(node) ||
    Node.isIdentifier(node) ||
    Node.isTrueLiteral(node) ||
    Node.isFalseLiteral(node) ||
    Node.isNullLiteral(node) ||
    Node.isThisExpression(node) ||
    Node.isArrowFunction(node) ||
    Node.isFunctionExpression(node) ||
    Node.isNoSubstitutionTemplateLiteral(node)
  ) {
    return true;
  }
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isNonNullExpression(node) || Node.isSatisfiesExpression(node)) {
    return isPureExpression(node.getExpression());
  }
  if (Node.isTemplateExpression(node)) return node.getTemplateSpans().every((span) => isPureExpression(span.getExpression()));
  if (Node.isPropertyAccessExpression(node)) return isPureExpression(node.getExpression());
  if (Node.isElementAccessExpression(node)) return isPureExpression(node.getExpression()) && isPureExpression(node.getArgumentExpressionOrThrow());
  if (Node.isPrefixUnaryExpression(node)) return node.getOperatorToken() !== SyntaxKind.PlusPlusToken && node.getOperatorToken() !== SyntaxKind.MinusMinusToken && isPureExpression(node.getOperand());
  if (Node.isTypeOfExpression(node)) return isPureExpression(node.getExpression());
  if (Node.isBinaryExpression(node)) {
    return PURE_BINARY_OPERATORS.has(node.getOperatorToken().getText()) && isPureExpression(node.getLeft()) && isPureExpression(node.getRight());
  }
  if (Node.isConditionalExpression(node)) return [node.getCondition(), node.getWhenTrue(), node.getWhenFalse()].every(isPureExpression);
  if (Node.isArrayLiteralExpression(node)) return node.getElements().every((element) => (Node.isSpreadElement(element) ? Node.isIdentifier(element.getExpression()) : isPureExpression(element)));
  if (Node.isObjectLiteralExpression(node)) return node.getProperties().every(isPureProperty);
  return false;
}

function isPureProperty(property: Node): boolean {
  const { Node } = loadTsMorph();
  if (Node.isShorthandPropertyAssignment(property) || Node.isMethodDeclaration(property) || Node.isGetAccessorDeclaration(property) || Node.isSetAccessorDeclaration(property)) {
    return true;
  }
  if (Node.isPropertyAssignment(property)) {
    const name = property.getNameNode();
    return (!Node.isComputedPropertyName(name) || isPureExpression(name.getExpression())) && isPureExpression(property.getInitializerOrThrow());
  }
  if (Node.isSpreadAssignment(property)) return isPureExpression(property.getExpression());
  return false;
}
