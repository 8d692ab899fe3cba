import type { Problem } from '../engine';
import type { ProgressStream } from './progress-bar';

/** Where the CLI reads its directory from and writes to: the process in `bin/balanced.js`, fakes in tests. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
}

/** Exit codes, as ESLint uses them. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_CONFIGURATION = 2;

/** Prints the engine's problems on stderr, one line each, prefixed so they stand apart from findings. */
export function printProblems(io: CliIo, problems: readonly Problem[]): void {
  for (const problem of problems) io.stderr.write(`balanced: ${problem.message}\n`);
}
