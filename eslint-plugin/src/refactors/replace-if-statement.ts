import type { Block, IfStatement, Node, Statement } from 'ts-morph';
import { getStatementList, replaceNode } from './node-edits';
import { dedentLines, getIndentation, removeRange, type TextEdit } from './text-edits';
import { loadTsMorph } from './ts-morph-runtime';

/**
 * An `if` whose test is known keeps only the branch taken: its statements move out of the braces (one level
 * less indented) unless that would clash with names around it, an `else if` that is never taken leaves the
 * chain, and when the kept branch ends in `return`/`throw`/`break`/`continue` the statements after the `if`,
 * now unreachable, are removed (hoisted function and type declarations stay).
 */
export function replaceIfStatement(text: string, statement: IfStatement, known: boolean): TextEdit[] {
  const { Node } = loadTsMorph();
  const kept = known ? statement.getThenStatement() : statement.getElseStatement();
  const parent = statement.getParentOrThrow();
  if (Node.isIfStatement(parent) && parent.getElseStatement() === statement) {
    return kept ? [replaceNode(statement, kept.getText())] : [{ start: parent.getThenStatement().getEnd(), end: statement.getEnd(), text: '' }];
  }
  if (!getStatementList(parent)) return [replaceNode(statement, kept ? kept.getText() : '{}')];
  if (!kept) return [removeRange(text, statement.getStart(), statement.getEnd())];
  const unreachable = findUnreachableAfter(statement, kept);
  const remaining = (getStatementList(parent) ?? []).filter((sibling) => !unreachable.includes(sibling));
  const replacement = Node.isBlock(kept) ? spliceBlock(text, kept, statement, remaining) : kept.getText();
  const edits = removeStatementRuns(text, statement, unreachable);
  edits.push(replacement === '' ? removeRange(text, statement.getStart(), statement.getEnd()) : replaceNode(statement, replacement));
  return edits;
}

/**
 * The statements of a block as they read outside it, or the block itself when its declarations need their scope
 * (a name they declare is also written in `neighbours`, the statements that stay around it).
 */
function spliceBlock(text: string, block: Block, statement: IfStatement, neighbours: readonly Statement[]): string {
  const { Node } = loadTsMorph();
  const [first] = block.getStatements();
  if (!first) return '';
  if (declaresClashingNames(block, neighbours)) return block.getText();
  const inner = text
    .slice(block.getStart() + 1, block.getEnd() - 1)
    .replace(/^[ \t]*\r?\n/, '')
    .trimEnd();
  // Dedenting would change the content of a template literal that spans lines.
  const spansTemplateLines = block.getDescendants().some((node) => (Node.isTemplateExpression(node) || Node.isNoSubstitutionTemplateLiteral(node)) && node.getText().includes('\n'));
  if (spansTemplateLines) return inner.trimStart();
  const amount = getIndentation(text, first.getStart()).length - getIndentation(text, statement.getStart()).length;
  return dedentLines(inner.split('\n'), Math.max(0, amount));
}

function declaresClashingNames(block: Block, neighbours: readonly Statement[]): boolean {
  const { SyntaxKind } = loadTsMorph();
  const declared = new Set(block.getStatements().flatMap(getDeclaredNames));
  if (declared.size === 0) return false;
  return neighbours.some((neighbour) =>
    neighbour
      .getDescendantsOfKind(SyntaxKind.Identifier)
      .some((identifier) => declared.has(identifier.getText()) && (identifier.getStart() < block.getStart() || identifier.getStart() >= block.getEnd())),
  );
}

function getDeclaredNames(statement: Statement): string[] {
  const { Node, SyntaxKind } = loadTsMorph();
  if (Node.isVariableStatement(statement)) {
    return statement.getDeclarations().flatMap((declaration) => {
      const name = declaration.getNameNode();
      return Node.isIdentifier(name) ? [name.getText()] : name.getDescendantsOfKind(SyntaxKind.Identifier).map((identifier) => identifier.getText());
    });
  }
  if (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement) || Node.isEnumDeclaration(statement)) {
    const name = statement.getName();
    return name ? [name] : [];
  }
  return [];
}

/** The statements after the `if` that the kept branch's final `return`/`throw`/`break`/`continue` makes unreachable. */
function findUnreachableAfter(statement: IfStatement, kept: Statement): Statement[] {
  const { Node } = loadTsMorph();
  const last = Node.isBlock(kept) ? kept.getStatements().at(-1) : kept;
  const container = statement.getParentOrThrow();
  if (!last || !isJump(last) || Node.isSourceFile(container)) return [];
  return (getStatementList(container) ?? []).filter((sibling) => sibling.getStart() >= statement.getEnd() && !isHoisted(sibling));
}

/** Edits removing statements, one per run of consecutive ones so that no two edits overlap. */
function removeStatementRuns(text: string, statement: IfStatement, statements: readonly Statement[]): TextEdit[] {
  const siblings = getStatementList(statement.getParentOrThrow()) ?? [];
  const edits: TextEdit[] = [];
  let run: Statement[] = [];
  const flush = (): void => {
    const [runStart] = run;
    const runEnd = run.at(-1);
    if (runStart && runEnd) edits.push(removeRange(text, runStart.getStart(), runEnd.getEnd()));
    run = [];
  };
  for (const sibling of siblings) {
    if (statements.includes(sibling)) run.push(sibling);
    else flush();
  }
  flush();
  return edits;
}

function isJump(statement: Node): boolean {
  const { Node } = loadTsMorph();
  return Node.isReturnStatement(statement) || Node.isThrowStatement(statement) || Node.isBreakStatement(statement) || Node.isContinueStatement(statement);
}

/** Declarations that still count after an unconditional jump: functions and `var`s are hoisted, types are not code. */
function isHoisted(statement: Node): boolean {
  const { Node, VariableDeclarationKind } = loadTsMorph();
  if (Node.isFunctionDeclaration(statement) || Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement)) return true;
  return Node.isVariableStatement(statement) && statement.getDeclarationKind() === VariableDeclarationKind.Var;
}
