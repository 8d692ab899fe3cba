import type { Node, Statement } from 'ts-morph';
import type { TextEdit } from './text-edits';
import { loadTsMorph } from './ts-morph-runtime';

/** An edit replacing a node's text (from its first token, so leading comments stay). */
export function replaceNode(node: Node, text: string): TextEdit {
  return { start: node.getStart(), end: node.getEnd(), text };
}

/** The statements of a node that holds a list of them (block, file, `case` clause, namespace body), else undefined. */
export function getStatementList(node: Node | undefined): Statement[] | undefined {
  const { Node } = loadTsMorph();
  if (!node) return undefined;
  if (Node.isBlock(node) || Node.isSourceFile(node) || Node.isCaseClause(node) || Node.isDefaultClause(node) || Node.isModuleBlock(node)) return node.getStatements();
  return undefined;
}
