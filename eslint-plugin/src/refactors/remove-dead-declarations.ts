import type { Expression, ImportDeclaration, Node, SourceFile } from 'ts-morph';
import { flagSdks } from '../catalogs/flag-sdks';
import { isPureExpression } from './pure-expression';
import { loadTsMorph } from './ts-morph-runtime';

/** A declaration the cleanup may delete once nothing uses it any more. */
interface RemovableDeclaration {
  readonly name: string;
  readonly nameNode: Node;
  readonly remove: () => void;
}

const FLAG_SDK_MODULES = new Set(flagSdks.flatMap((entry) => entry.modules));

/**
 * How many times each removable declaration's name is used in the file (by name, so shadowing only ever makes
 * the count too high, never too low: the cleanup never deletes something still used).
 */
export function countDeclarationUses(sourceFile: SourceFile): Map<string, number> {
  const occurrences = countNameOccurrences(sourceFile);
  const uses = new Map<string, number>();
  for (const declaration of findRemovableDeclarations(sourceFile)) {
    uses.set(declaration.name, (uses.get(declaration.name) ?? occurrences.get(declaration.name) ?? 0) - 1);
  }
  return uses;
}

/**
 * Deletes, until nothing more goes, the declarations that were used before the cleanup (`usesBefore`) and are not
 * now: imports (flag-client imports among them), functions and private methods, and variables whose initializer
 * has no side effects or only creates a flag client. Exports and anything unused before are left alone.
 */
export function removeNewlyUnusedDeclarations(sourceFile: SourceFile, usesBefore: ReadonlyMap<string, number>): void {
  for (;;) {
    const usesNow = countDeclarationUses(sourceFile);
    const dead = findRemovableDeclarations(sourceFile).filter(
      (declaration) => (usesBefore.get(declaration.name) ?? 0) > 0 && (usesNow.get(declaration.name) ?? 0) <= 0,
    );
    if (dead.length === 0) return;
    for (const declaration of dead) if (!declaration.nameNode.wasForgotten()) declaration.remove();
  }
}

function countNameOccurrences(sourceFile: SourceFile): Map<string, number> {
  const { Node } = loadTsMorph();
  const counts = new Map<string, number>();
  sourceFile.forEachDescendant((node) => {
    if (Node.isIdentifier(node) || Node.isPrivateIdentifier(node)) counts.set(node.getText(), (counts.get(node.getText()) ?? 0) + 1);
  });
  return counts;
}

function findRemovableDeclarations(sourceFile: SourceFile): RemovableDeclaration[] {
  const { Node, Scope } = loadTsMorph();
  const declarations: RemovableDeclaration[] = [];
  for (const importDeclaration of sourceFile.getImportDeclarations()) {
    const defaultImport = importDeclaration.getDefaultImport();
    if (defaultImport) {
      declarations.push({ name: defaultImport.getText(), nameNode: defaultImport, remove: () => removeImportBinding(importDeclaration, () => importDeclaration.removeDefaultImport()) });
    }
    const namespaceImport = importDeclaration.getNamespaceImport();
    if (namespaceImport) {
      declarations.push({ name: namespaceImport.getText(), nameNode: namespaceImport, remove: () => removeImportBinding(importDeclaration, () => importDeclaration.removeNamespaceImport()) });
    }
    for (const specifier of importDeclaration.getNamedImports()) {
      const nameNode = specifier.getAliasNode() ?? specifier.getNameNode();
      declarations.push({ name: nameNode.getText(), nameNode, remove: () => removeImportBinding(importDeclaration, () => specifier.remove()) });
    }
  }
  sourceFile.forEachDescendant((node) => {
    if (Node.isFunctionDeclaration(node) && node.getName() && !node.isExported() && !node.isDefaultExport() && node.hasBody()) {
      declarations.push({ name: node.getName() as string, nameNode: node.getNameNode() as Node, remove: () => removeKeepingParagraphs(node) });
    }
    if (Node.isMethodDeclaration(node) && (node.getScope() === Scope.Private || Node.isPrivateIdentifier(node.getNameNode()))) {
      declarations.push({ name: node.getName(), nameNode: node.getNameNode(), remove: () => removeKeepingParagraphs(node) });
    }
    if (Node.isVariableDeclaration(node) && isRemovableVariable(node, sourceFile)) {
      const statement = node.getVariableStatement();
      const isLastDeclarator = statement !== undefined && statement.getDeclarations().length === 1;
      declarations.push({ name: node.getName(), nameNode: node.getNameNode(), remove: () => (isLastDeclarator ? removeKeepingParagraphs(statement) : node.remove()) });
    }
  });
  return declarations;
}

function isRemovableVariable(node: Node, sourceFile: SourceFile): boolean {
  const { Node } = loadTsMorph();
  if (!Node.isVariableDeclaration(node) || !Node.isIdentifier(node.getNameNode())) return false;
  const statement = node.getVariableStatement();
  const initializer = node.getInitializer();
  if (!statement || statement.isExported() || statement.hasDeclareKeyword() || !initializer) return false;
  return isPureExpression(initializer) || isFlagClientCreation(initializer, sourceFile, 0);
}

/** `OpenFeature.getClient()`, `new GrowthBook()`, `await flagsmith.getEnvironmentFlags()`: made from a flag-SDK import. */
function isFlagClientCreation(expression: Expression, sourceFile: SourceFile, depth: number): boolean {
  const { Node } = loadTsMorph();
  let inner: Node = expression;
  while (Node.isAwaitExpression(inner) || Node.isParenthesizedExpression(inner) || Node.isAsExpression(inner) || Node.isNonNullExpression(inner)) inner = inner.getExpression();
  if (!Node.isCallExpression(inner) && !Node.isNewExpression(inner)) return false;
  let root: Node = inner.getExpression();
  while (Node.isPropertyAccessExpression(root) || Node.isCallExpression(root)) root = root.getExpression();
  if (!Node.isIdentifier(root)) return false;
  const name = root.getText();
  const imported = sourceFile.getImportDeclarations().some(
    (declaration) =>
      FLAG_SDK_MODULES.has(declaration.getModuleSpecifierValue()) &&
      [declaration.getDefaultImport(), declaration.getNamespaceImport(), ...declaration.getNamedImports().map((specifier) => specifier.getAliasNode() ?? specifier.getNameNode())].some(
        (local) => local?.getText() === name,
      ),
  );
  if (imported) return true;
  const local = depth < 2 ? sourceFile.getVariableDeclaration(name) : undefined;
  const initializer = local?.getInitializer();
  return initializer !== undefined && isFlagClientCreation(initializer, sourceFile, depth + 1);
}

/**
 * Removes one binding of an import; the declaration goes with its last binding rather than staying as a
 * side-effect import, since TypeScript would have elided an import whose bindings are all unused.
 */
function removeImportBinding(declaration: ImportDeclaration, removeBinding: () => void): void {
  const bindings = (declaration.getDefaultImport() ? 1 : 0) + (declaration.getNamespaceImport() ? 1 : 0) + declaration.getNamedImports().length;
  if (bindings <= 1) removeKeepingParagraphs(declaration);
  else removeBinding();
}

/**
 * Removes a statement or class member the way ts-morph does, but keeps the blank line that set it apart: ts-morph
 * takes the separating newlines with the node, which glued the import block to the code after the last flag-client
 * import went, and two paragraphs together when a declaration between them did.
 */
function removeKeepingParagraphs(node: Node & { remove(): void }): void {
  const sourceFile = node.getSourceFile();
  const previous = node.getPreviousSibling();
  const next = node.getNextSibling();
  const isSeparated = (before: Node, after: Node) => /\n[ \t]*\r?\n/.test(sourceFile.getFullText().slice(before.getEnd(), after.getStart()));
  const keepBlankLine = previous !== undefined && next !== undefined && (isSeparated(previous, node) || isSeparated(node, next));
  node.remove();
  if (!keepBlankLine || previous.wasForgotten() || next.wasForgotten() || isSeparated(previous, next)) return;
  const text = sourceFile.getFullText();
  const lineAfterPrevious = text.indexOf('\n', previous.getEnd()) + 1;
  if (lineAfterPrevious > 0 && lineAfterPrevious <= next.getStart()) sourceFile.insertText(lineAfterPrevious, '\n');
}
