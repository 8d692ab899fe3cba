import { isSourceFile, type Workspace } from '../engine';
import type { Command } from './arguments';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE_OR_CONFIGURATION, printProblems, type CliIo } from './cli-io';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { countFindings, type ScanReport } from './format/scan-report';
import { formatStylish } from './format/stylish';
import { readStagedFiles } from './git-staged';
import { openWorkspace } from './open-workspace';
import { ProgressBar } from './progress-bar';

type ScanCommand = Extract<Command, { name: 'scan' }>;

/** `balanced scan`: lint the files, add the workspace findings, print them, and exit 1 when there are findings. */
export async function runScan(command: ScanCommand, io: CliIo, toolVersion: string): Promise<number> {
  const workspace = await openWorkspace(command.common, io);
  if (!workspace) return EXIT_USAGE_OR_CONFIGURATION;
  const paths = command.isStaged ? stageFiles(workspace) : command.paths;
  if (paths.length === 0) return printReport(io, { files: [], rules: [], cwd: io.cwd }, command, toolVersion);

  const progress = new ProgressBar(io.stderr);
  const scanned = await workspace.scan({ paths, onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  printProblems(io, scanned.problems);
  if (scanned.problems.some((problem) => problem.kind === 'configuration')) return EXIT_USAGE_OR_CONFIGURATION;

  const exitCode = printReport(io, { files: scanned.result, rules: workspace.describeRules(), cwd: io.cwd }, command, toolVersion);
  // A file ESLint crashed on was not checked: the scan cannot say the code is clean.
  return scanned.problems.some((problem) => problem.kind === 'internal') ? EXIT_USAGE_OR_CONFIGURATION : exitCode;
}

/** Prints the report and returns the exit code its findings call for. */
function printReport(io: CliIo, report: ScanReport, command: ScanCommand, toolVersion: string): number {
  io.stdout.write(formatReport(report, command.format, io, toolVersion));
  const { errors, warnings } = countFindings(report.files);
  const isOverWarningLimit = command.maxWarnings !== undefined && warnings > command.maxWarnings;
  return errors > 0 || isOverWarningLimit ? EXIT_FINDINGS : EXIT_CLEAN;
}

/**
 * The staged files, with the staged content of source files put into the workspace in place of the working
 * tree's. A staged flag registry is among the paths, so its unused flags are reported.
 */
function stageFiles(workspace: Workspace): string[] {
  const staged = readStagedFiles(workspace.root);
  for (const file of staged) if (isSourceFile(file.path)) workspace.updateFile(file.path, file.readStagedText(), 1);
  return staged.map((file) => file.path);
}

function formatReport(report: ScanReport, format: ScanCommand['format'], io: CliIo, toolVersion: string): string {
  switch (format) {
    case 'json':
      return `${formatJson(report)}\n`;
    case 'sarif':
      return `${formatSarif(report, toolVersion)}\n`;
    case 'stylish':
      return formatStylish(report, io.stdout.isTTY === true && !process.env.NO_COLOR);
  }
}
