import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** How code around a node is indented: the indentation of the line it starts on, and one level of the file's indentation. */
export interface Indentation {
  readonly base: string;
  readonly unit: string;
}

/**
 * Text inserted at an offset of the source before lines are moved (`await ` before a returned expression). With `end`,
 * it replaces the source from `offset` to `end` instead, which may span lines (an emptied `else { ... }` removed).
 */
export interface TextInsertion {
  readonly offset: number;
  readonly end?: number;
  readonly text: string;
}

/**
 * The indentation of the line `node` starts on, and the unit one nesting level adds, read from the first line inside
 * the node that is indented deeper (two spaces, or a tab, when the node is on one line).
 */
export function detectIndentation(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): Indentation {
  const base = getLineIndentation(sourceCode, node.range[0]);
  const firstLine = sourceCode.getLocFromIndex(node.range[0]).line;
  const lastLine = sourceCode.getLocFromIndex(node.range[1]).line;
  for (let line = firstLine + 1; line <= lastLine; line++) {
    const indentation = /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')?.[0] ?? '';
    const text = sourceCode.lines[line - 1] ?? '';
    if (text.trim().length > 0 && indentation.length > base.length && indentation.startsWith(base)) return { base, unit: indentation.slice(base.length) };
  }
  return { base, unit: base.includes('\t') ? '\t' : '  ' };
}

/** The leading whitespace of the line that contains `offset`. */
export function getLineIndentation(sourceCode: Readonly<TSESLint.SourceCode>, offset: number): string {
  const line = sourceCode.lines[sourceCode.getLocFromIndex(offset).line - 1] ?? '';
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

/**
 * The source lines of `range` with `insertions` applied, re-indented for a new place in the code: the first line (which
 * starts mid-line) is trimmed and given `firstLinePrefix`; every other line moves by `shift` columns (left when
 * negative, never past its text). Lines that start inside a template literal are string content and stay as they are;
 * blank lines become empty. Insertions must not overlap; lines they add are written as the source around them is
 * indented, and move with it.
 */
export function getShiftedLines(
  sourceCode: Readonly<TSESLint.SourceCode>,
  range: TSESTree.Range,
  insertions: readonly TextInsertion[],
  firstLinePrefix: string,
  shift: number,
  unit: string,
): string[] {
  const [start, end] = range;
  const lines = applyInsertions(sourceCode.text, range, insertions);
  const templates = getTemplateTokens(sourceCode).filter((token) => token.range[1] > start && token.range[0] < end);
  const padding = (unit.startsWith('\t') ? '\t' : ' ').repeat(Math.max(0, shift));
  return lines.map(({ text: line, sourceStart }, index) => {
    if (index === 0) return line.trim().length === 0 ? '' : firstLinePrefix + line.trim();
    if (templates.some((token) => token.range[0] < sourceStart && sourceStart < token.range[1])) return line;
    if (line.trim().length === 0) return '';
    if (shift >= 0) return (padding + line).trimEnd();
    const removable = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    return line.slice(Math.min(removable, -shift)).trimEnd();
  });
}

/**
 * The lines of `range` with `insertions` applied, each with the source offset it starts at (after a line break of the
 * source, even when a replacement removed whole lines before it), or -1 for a line an insertion added.
 */
function applyInsertions(text: string, [start, end]: TSESTree.Range, insertions: readonly TextInsertion[]): { text: string; sourceStart: number }[] {
  let current = { text: '', sourceStart: start };
  const lines = [current];
  const append = (added: string, nextLineStart: () => number): void => {
    const [first = '', ...rest] = added.split('\n');
    current.text += first;
    for (const line of rest) {
      current = { text: line, sourceStart: nextLineStart() };
      lines.push(current);
    }
  };
  const copySource = (from: number, to: number): void => {
    let lineStart = from;
    append(text.slice(from, to), () => (lineStart = text.indexOf('\n', lineStart) + 1));
  };
  let cursor = start;
  for (const insertion of [...insertions].sort((a, b) => a.offset - b.offset || (a.end ?? a.offset) - (b.end ?? b.offset))) {
    copySource(cursor, insertion.offset);
    append(insertion.text, () => -1);
    cursor = insertion.end ?? insertion.offset;
  }
  copySource(cursor, end);
  return lines;
}

const templateTokensBySource = new WeakMap<Readonly<TSESLint.SourceCode>, TSESLint.AST.Token[]>();

/** The file's template-literal tokens, collected once per file: a fix per function must not rescan every token. */
function getTemplateTokens(sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.AST.Token[] {
  let templates = templateTokensBySource.get(sourceCode);
  if (!templates) {
    templates = sourceCode.ast.tokens.filter((token) => token.type === 'Template');
    templateTokensBySource.set(sourceCode, templates);
  }
  return templates;
}

/** Drops blank lines at both ends. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let first = 0;
  let last = lines.length;
  while (first < last && (lines[first] ?? '').trim() === '') first++;
  while (last > first && (lines[last - 1] ?? '').trim() === '') last--;
  return lines.slice(first, last);
}

/** Where an arrow function's expression body starts, including its grouping parentheses (`=> ({ ... })`). */
export function getExpressionBodyStart(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike): number {
  const body = fn.body as TSESTree.Node;
  const arrow = sourceCode.getTokenBefore(body, { filter: (token) => token.value === '=>' });
  const first = arrow ? sourceCode.getTokenAfter(arrow) : undefined;
  return first ? first.range[0] : body.range[0];
}
