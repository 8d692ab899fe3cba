/** A replacement of the text between two offsets. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits; an edit that overlaps one already applied (nested in a removed range) is dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > limit) continue;
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/** A comment alone at the end of a line (`// why`, `/* why *\/`): it speaks of the code before it on that line. */
const TRAILING_COMMENT = /^[ \t]*(\/\/.*|\/\*(?:(?!\*\/).)*\*\/[ \t]*)$/;

/**
 * An edit deleting `[start, end)` and, when that is all its lines hold, the lines themselves, so no blank or
 * whitespace-only line is left behind; a comment ending the last line goes with the code it annotates. A blank
 * line that would end up right after an opening brace (or right before a closing one) goes too.
 */
export function removeRange(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const rest = text.slice(end, lineEnd);
  const ownsLines = text.slice(lineStart, start).trim() === '' && (rest.trim() === '' || TRAILING_COMMENT.test(rest));
  if (!ownsLines) return { start, end, text: '' };
  let removeStart = lineStart;
  let removeEnd = newline === -1 ? text.length : newline + 1;
  const previousLine = getLineBefore(text, removeStart);
  const nextLine = getLineAt(text, removeEnd);
  if (nextLine.text.trim() === '' && nextLine.end > removeEnd && /[{([]\s*$/.test(previousLine.text)) removeEnd = nextLine.end;
  else if (previousLine.text.trim() === '' && previousLine.start < removeStart && /^\s*[})\]]/.test(nextLine.text)) removeStart = previousLine.start;
  return { start: removeStart, end: removeEnd, text: '' };
}

function getLineBefore(text: string, lineStart: number): { start: number; text: string } {
  if (lineStart === 0) return { start: 0, text: '' };
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return { start, text: text.slice(start, lineStart - 1) };
}

function getLineAt(text: string, lineStart: number): { end: number; text: string } {
  const newline = text.indexOf('\n', lineStart);
  const end = newline === -1 ? text.length : newline + 1;
  return { end, text: text.slice(lineStart, newline === -1 ? text.length : newline) };
}

/** The whitespace that indents the line holding `offset`. */
export function getIndentation(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/**
 * Moves lines one indentation level out: removes `amount` leading whitespace characters from every line after
 * the first (the first is placed by the caller). Lines indented less keep what they have.
 */
export function dedentLines(lines: readonly string[], amount: number): string {
  return lines
    .map((line, index) => {
      if (index === 0) return line.trimStart();
      const leading = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      return line.slice(Math.min(leading, amount));
    })
    .join('\n');
}
