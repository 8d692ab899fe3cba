import { parseCommand, USAGE, UsageError } from './arguments';
import { EXIT_CLEAN, EXIT_USAGE_OR_CONFIGURATION, type CliIo } from './cli-io';
import { GitError } from './git-staged';

// The CLI's version is the package's own, read at run time so it cannot drift.
const { version } = require('../../package.json') as { version: string };

/** Runs one `balanced` command line and returns the exit code. Expected failures never throw. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv, io.cwd);
    switch (command.name) {
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return EXIT_CLEAN;
      case 'version':
        io.stdout.write(`${version}\n`);
        return EXIT_CLEAN;
      case 'lsp':
        io.stderr.write('balanced: the language server is not available yet; "balanced lsp --stdio" is reserved for it. Use "balanced scan" meanwhile.\n');
        return EXIT_USAGE_OR_CONFIGURATION;
      // Commands load the engine (ESLint, TypeScript, the plugin) only when they run: `--help` and usage errors stay instant.
      case 'scan':
        return await (require('./scan-command') as typeof import('./scan-command')).runScan(command, io, version);
      case 'coverage':
        return await (require('./coverage-command') as typeof import('./coverage-command')).runCoverage(command, io);
      case 'flags':
        return await (require('./flags-command') as typeof import('./flags-command')).runFlags(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError) {
      io.stderr.write(`balanced: ${error.message}\nRun "balanced --help" for usage.\n`);
      return EXIT_USAGE_OR_CONFIGURATION;
    }
    throw error;
  }
}

/** The process entry point used by `bin/balanced.js`: unexpected errors get one line, not a stack trace. */
export function main(): void {
  const io: CliIo = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
  runCli(process.argv.slice(2), io).then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      const detail = process.env.BALANCED_DEBUG && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error);
      process.stderr.write(`balanced: internal error: ${detail}\nThis is a bug in Balanced; set BALANCED_DEBUG=1 for the stack trace and report it.\n`);
      process.exitCode = EXIT_USAGE_OR_CONFIGURATION;
    },
  );
}
