import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { LocatedEntry, LocatedValue, SyntaxProblem } from './located-value';

/** Parses a YAML document (1.2 core schema, so `2025-06-30` stays a string) into a value that keeps positions. */
export function parseLocatedYaml(text: string): { value: LocatedValue } | { problem: SyntaxProblem } {
  const document = parseDocument(text, { prettyErrors: false });
  const [error] = document.errors;
  if (error) return { problem: { message: error.message, offset: error.pos[0] } };
  if (!document.contents) return { problem: { message: 'The document is empty', offset: 0 } };
  return { value: toLocatedValue(document, document.contents, new Set()) };
}

function toLocatedValue(document: Document, node: Node, resolving: Set<Node>): LocatedValue {
  const [start, end] = node.range ?? [0, 0];
  if (isAlias(node)) {
    const target = node.resolve(document);
    // An alias that points at itself (or at an enclosing node) has no finite value.
    if (!target || resolving.has(target)) return { kind: 'scalar', start, end, value: null };
    resolving.add(target);
    const resolved = toLocatedValue(document, target, resolving);
    resolving.delete(target);
    return { ...resolved, start, end };
  }
  if (isMap(node)) {
    const entries: LocatedEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const keyRange = key?.range ?? [start, start];
      const keyText = isScalar(key) ? String(key.value) : String(key);
      const value: LocatedValue = pair.value
        ? toLocatedValue(document, pair.value as Node, resolving)
        : { kind: 'scalar', start: keyRange[1], end: keyRange[1], value: null };
      entries.push({ key: keyText, keyStart: keyRange[0], keyEnd: keyRange[1], value });
    }
    return { kind: 'object', start, end, entries };
  }
  if (isSeq(node)) {
    return { kind: 'array', start, end, items: node.items.map((item) => toLocatedValue(document, item as Node, resolving)) };
  }
  if (isScalar(node)) {
    const { value } = node;
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value);
    return { kind: 'scalar', start, end, value: scalar };
  }
  return { kind: 'scalar', start, end, value: null };
}
