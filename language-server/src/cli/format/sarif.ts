import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../engine';
import type { ScanReport } from './scan-report';

/** The base every artifact URI is relative to; consumers (GitHub code scanning) map it to their checkout. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, in the shape of `@microsoft/eslint-formatter-sarif` (one run, the rules that reported,
 * artifacts, results with regions; parse errors as tool notifications), written here rather than loaded
 * from that package because it depends on ESLint 8 and resolves `eslint` from the main module. Artifact
 * URIs are relative to `%SRCROOT%` (the current directory) so the log is portable between machines.
 */
export function formatSarif(report: ScanReport, toolVersion: string): string {
  const rootUri = pathToFileURL(report.cwd.endsWith(path.sep) ? report.cwd : report.cwd + path.sep).href;
  const artifacts = report.files.map((file) => ({ location: artifactLocation(report.cwd, file.path) }));
  const reportedRuleIds = [...new Set(report.files.flatMap((file) => file.findings.flatMap((finding) => (finding.ruleId ? [finding.ruleId] : []))))];
  const rules = reportedRuleIds.map((ruleId) => {
    const described = report.rules.find((rule) => rule.ruleId === ruleId);
    return {
      id: ruleId,
      ...(described?.description ? { shortDescription: { text: described.description } } : {}),
      ...(described?.url ? { helpUri: described.url } : {}),
    };
  });
  const results: object[] = [];
  const notifications: object[] = [];
  report.files.forEach((file, artifactIndex) => {
    for (const finding of file.findings) {
      const location = { physicalLocation: { artifactLocation: { ...artifactLocation(report.cwd, file.path), index: artifactIndex }, region: region(finding) } };
      const message = { text: finding.message };
      if (finding.ruleId) {
        results.push({ ruleId: finding.ruleId, ruleIndex: reportedRuleIds.indexOf(finding.ruleId), level: finding.severity, message, locations: [location] });
      } else {
        notifications.push({ descriptor: { id: 'parse-error' }, level: 'error', message, locations: [location] });
      }
    }
  });
  const run = {
    tool: { driver: { name: 'balanced', informationUri: 'https://github.com/balanced-tools/balanced', version: toolVersion, rules } },
    originalUriBaseIds: { [SOURCE_ROOT]: { uri: rootUri } },
    artifacts,
    results,
    columnKind: 'utf16CodeUnits',
    ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: false, toolExecutionNotifications: notifications }] } : {}),
  };
  return JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [run] }, null, 2);
}

function artifactLocation(cwd: string, filePath: string): { uri: string; uriBaseId: string } {
  const relative = path.relative(cwd, filePath).split(path.sep).map(encodeURIComponent).join('/');
  return { uri: relative, uriBaseId: SOURCE_ROOT };
}

function region(finding: Finding): object {
  const { start, end } = finding.range;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
