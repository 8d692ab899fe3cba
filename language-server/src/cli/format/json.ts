import type { FileFindings, Finding } from '../../engine';
import { countFindings, type ScanReport } from './scan-report';

/**
 * The same shape as ESLint's `--format json` (an array of results with `filePath`, `messages` and counts),
 * so tools that read ESLint's JSON read Balanced's too. `suggestions` carry ESLint's `desc` and `fix`.
 */
export function formatJson(report: ScanReport): string {
  return JSON.stringify(report.files.map((file) => toESLintResult(file)), null, 2);
}

function toESLintResult(file: FileFindings): object {
  const { errors, warnings } = countFindings([file]);
  return {
    filePath: file.path,
    messages: file.findings.map((finding) => toESLintMessage(finding)),
    errorCount: errors,
    fatalErrorCount: file.findings.filter((finding) => finding.isParseError).length,
    warningCount: warnings,
    fixableErrorCount: file.findings.filter((finding) => finding.fix && finding.severity === 'error').length,
    fixableWarningCount: file.findings.filter((finding) => finding.fix && finding.severity === 'warning').length,
  };
}

function toESLintMessage(finding: Finding): object {
  const { start, end } = finding.range;
  return {
    ruleId: finding.ruleId ?? null,
    severity: finding.severity === 'error' ? 2 : 1,
    ...(finding.isParseError ? { fatal: true } : {}),
    message: finding.message,
    ...(finding.messageId === undefined ? {} : { messageId: finding.messageId }),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...(finding.fix ? { fix: { range: [finding.fix.startOffset, finding.fix.endOffset], text: finding.fix.newText } } : {}),
    ...(finding.suggestions.length > 0
      ? {
          suggestions: finding.suggestions.map((suggestion) => ({
            desc: suggestion.description,
            fix: suggestion.edits.map((edit) => ({ range: [edit.startOffset, edit.endOffset], text: edit.newText }))[0],
          })),
        }
      : {}),
  };
}
