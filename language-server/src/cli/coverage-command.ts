import * as path from 'node:path';
import type { CoverageReport } from '../engine';
import type { Command } from './arguments';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE_OR_CONFIGURATION, printProblems, type CliIo } from './cli-io';
import { formatTable } from './format/table';
import { openWorkspace } from './open-workspace';
import { ProgressBar } from './progress-bar';

type CoverageCommand = Extract<Command, { name: 'coverage' }>;

/** `balanced coverage`: every critical path, instrumented or not, and the coverage figure; `--min` fails below it. */
export async function runCoverage(command: CoverageCommand, io: CliIo): Promise<number> {
  const workspace = await openWorkspace(command.common, io);
  if (!workspace) return EXIT_USAGE_OR_CONFIGURATION;
  const progress = new ProgressBar(io.stderr);
  const analyzed = await workspace.analyzeCoverage({ onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  printProblems(io, analyzed.problems);
  if (analyzed.problems.some((problem) => problem.kind === 'configuration')) return EXIT_USAGE_OR_CONFIGURATION;
  const report = analyzed.result;
  io.stdout.write(command.format === 'json' ? `${JSON.stringify(toJson(report, io.cwd), null, 2)}\n` : formatCoverage(report, io.cwd));
  const isBelowMinimum = command.minimum !== undefined && report.coverage !== undefined && report.coverage < command.minimum;
  if (isBelowMinimum) io.stderr.write(`balanced: coverage ${percent(report.coverage)} is below the minimum ${percent(command.minimum)}.\n`);
  return isBelowMinimum ? EXIT_FINDINGS : EXIT_CLEAN;
}

function formatCoverage(report: CoverageReport, cwd: string): string {
  if (report.criticalPaths.length === 0) return 'No critical paths found (checkout, payment, signup... handlers, or functions tagged @critical).\n';
  const rows = report.criticalPaths.map((criticalPath) => [
    `${path.relative(cwd, criticalPath.path)}:${criticalPath.range.start.line}`,
    criticalPath.name,
    criticalPath.isInstrumented ? 'instrumented' : 'NOT instrumented',
    criticalPath.reason,
  ]);
  const table = formatTable(['LOCATION', 'CRITICAL PATH', 'STATUS', 'WHY CRITICAL'], rows);
  return `${table}\n\nInstrumentation coverage: ${percent(report.coverage)} (${report.instrumentedCount} of ${report.criticalPaths.length} critical paths record a span or a metric)\n`;
}

function toJson(report: CoverageReport, cwd: string): object {
  return {
    coverage: report.coverage ?? null,
    instrumented: report.instrumentedCount,
    total: report.criticalPaths.length,
    criticalPaths: report.criticalPaths.map((criticalPath) => ({
      file: path.relative(cwd, criticalPath.path),
      line: criticalPath.range.start.line,
      column: criticalPath.range.start.column,
      name: criticalPath.name,
      reason: criticalPath.reason,
      instrumented: criticalPath.isInstrumented,
    })),
  };
}

function percent(ratio: number | undefined): string {
  return ratio === undefined ? 'n/a' : `${(ratio * 100).toFixed(1)}%`;
}
