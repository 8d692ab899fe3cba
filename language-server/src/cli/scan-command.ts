import { isSourceFile, type Analyzed, type Workspace } from '../engine';
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
  const files = command.isStaged ? await listStagedFiles(workspace) : await workspace.listFiles(command.paths);
  printProblems(io, files.problems);
  if (files.problems.length > 0) return EXIT_USAGE_OR_CONFIGURATION;

  const progress = new ProgressBar(io.stderr);
  const scanned = await workspace.scan(files.result, { onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  printProblems(io, scanned.problems);

  const report: ScanReport = { files: scanned.result, rules: workspace.describeRules(), cwd: io.cwd };
  io.stdout.write(formatReport(report, command.format, io, toolVersion));
  // A file ESLint crashed on was not checked: the scan cannot say the code is clean.
  if (scanned.problems.some((problem) => problem.kind === 'internal')) return EXIT_USAGE_OR_CONFIGURATION;
  const { errors, warnings } = countFindings(scanned.result);
  const isOverWarningLimit = command.maxWarnings !== undefined && warnings > command.maxWarnings;
  return errors > 0 || isOverWarningLimit ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** The staged source files, with their staged content put into the workspace in place of the working tree's. */
async function listStagedFiles(workspace: Workspace): Promise<Analyzed<string[]>> {
  const staged = readStagedFiles(workspace.root, isSourceFile);
  for (const file of staged) workspace.updateFile(file.path, file.stagedText, 1);
  if (staged.length === 0) return { result: [], problems: [] };
  return workspace.listFiles(staged.map((file) => file.path));
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
