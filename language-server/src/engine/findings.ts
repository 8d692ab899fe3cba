import type { Linter } from 'eslint';
import type { Finding, Position, Suggestion, TextEdit, TextRange } from './types';

/** Maps between offsets and 1-based lines/columns of one text. */
export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.lineStarts.push(index + 1);
  }

  /** The position of a 1-based line and column (ESLint's convention), clamped to the text. */
  positionAt(line: number, column: number): Position {
    const lineIndex = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
    const lineStart = this.lineStarts[lineIndex] ?? 0;
    const offset = Math.min(lineStart + Math.max(column, 1) - 1, this.text.length);
    return { line: lineIndex + 1, column: offset - lineStart + 1, offset };
  }

  /** The position of a 0-based offset. */
  positionOf(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.lineStarts[low] ?? 0;
    return { line: low + 1, column: clamped - lineStart + 1, offset: clamped };
  }
}

/** Turns ESLint's messages for one file into findings: ranges with offsets, fixes and suggestions as edits. */
export function toFindings(filePath: string, text: string, messages: readonly Linter.LintMessage[]): Finding[] {
  const lines = new LineMap(text);
  // A message with no rule that is not fatal is a note about directives (an unused eslint-disable for a rule
  // Balanced did not run); it says nothing about this code.
  return messages.filter((message) => message.ruleId !== null || message.fatal).map((message) => toFinding(filePath, lines, message));
}

function toFinding(filePath: string, lines: LineMap, message: Linter.LintMessage): Finding {
  const start = lines.positionAt(message.line, message.column);
  const end = message.endLine === undefined ? start : lines.positionAt(message.endLine, message.endColumn ?? message.column);
  const range: TextRange = { start, end };
  const suggestions: Suggestion[] = (message.suggestions ?? []).map((suggestion) => ({
    description: suggestion.desc,
    edits: [toEdit(filePath, suggestion.fix)],
  }));
  return {
    path: filePath,
    ruleId: message.ruleId ?? undefined,
    severity: message.severity === 2 || message.fatal ? 'error' : 'warning',
    message: message.message,
    ...(message.messageId === undefined ? {} : { messageId: message.messageId }),
    range,
    isParseError: message.fatal === true,
    ...(message.fix ? { fix: toEdit(filePath, message.fix) } : {}),
    suggestions,
  };
}

function toEdit(filePath: string, fix: Linter.LintMessage['fix'] & object): TextEdit {
  return { path: filePath, startOffset: fix.range[0], endOffset: fix.range[1], newText: fix.text };
}
