import * as path from 'node:path';
import { styleText } from 'node:util';
import type { Finding } from '../../engine';
import { countFindings, type ScanReport } from './scan-report';

/**
 * ESLint's familiar "stylish" layout: a heading per file, one aligned line per finding, a summary.
 * Paths are relative to the current directory so they can be clicked in a terminal.
 */
export function formatStylish(report: ScanReport, useColor: boolean): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string): string => (useColor ? styleText(format, text) : text);
  const sections: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((finding) => findingColumns(finding));
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
    const lines = rows.map(([where = '', severity = '', message = '', rule = ''], index) => {
      const coloredSeverity = paint(file.findings[index]?.severity === 'error' ? 'red' : 'yellow', severity.padEnd(widths[1] ?? 0));
      return `  ${paint('dim', where.padStart(widths[0] ?? 0))}  ${coloredSeverity}  ${message.padEnd(widths[2] ?? 0)}  ${paint('dim', rule)}`.trimEnd();
    });
    sections.push(`${paint('underline', path.relative(report.cwd, file.path) || file.path)}\n${lines.join('\n')}`);
  }
  const { errors, warnings } = countFindings(report.files);
  if (errors + warnings === 0) return '';
  const total = errors + warnings;
  const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`;
  return `\n${sections.join('\n\n')}\n\n${paint(['bold', errors > 0 ? 'red' : 'yellow'], summary)}\n`;
}

function findingColumns(finding: Finding): string[] {
  const where = `${finding.range.start.line}:${finding.range.start.column}`;
  // Messages are one line in a terminal table; rule messages may contain newlines for editors.
  const message = finding.message.replace(/\s*\n\s*/g, ' ');
  return [where, finding.severity, message, finding.ruleId ?? (finding.isParseError ? 'parse error' : '')];
}
