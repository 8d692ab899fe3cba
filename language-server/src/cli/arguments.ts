import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { findWorkspaceRoot } from './workspace-root';

export type OutputFormat = 'stylish' | 'json' | 'sarif';

/** Options every command takes. */
export interface CommonOptions {
  /** The workspace folder; the current directory by default. */
  readonly root: string;
  /** `--untrusted`: load no JavaScript from the workspace (no eslint.config.js, no workspace plugins). */
  readonly isTrusted: boolean;
}

export type Command =
  | { readonly name: 'scan'; readonly common: CommonOptions; readonly paths: readonly string[]; readonly format: OutputFormat; readonly maxWarnings: number | undefined; readonly isStaged: boolean }
  | { readonly name: 'coverage'; readonly common: CommonOptions; readonly format: 'stylish' | 'json'; readonly minimum: number | undefined }
  | { readonly name: 'flags'; readonly common: CommonOptions; readonly format: 'stylish' | 'json' }
  | { readonly name: 'lsp' }
  | { readonly name: 'help' }
  | { readonly name: 'version' };

/** A command line Balanced cannot run: the message says what is wrong; the CLI exits 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: balanced <command> [options]

Commands:
  scan [paths...]   Report every finding: rule findings in source files and unused flags in the registry.
                    Paths lie inside the workspace; without any, the current directory, or the whole
                    workspace when the current directory is outside it.
                    --format stylish|json|sarif   output format (default: stylish)
                    --max-warnings <n>            also fail when there are more than n warnings
                    --staged                      scan only the files staged in git, as staged (pre-commit)
  coverage          List critical paths, whether each is instrumented, and the coverage figure.
                    --min <ratio>                 fail when coverage is below ratio, e.g. 0.9
                    --format stylish|json
  flags             The feature-flag inventory: state, owner, expiry, references and files.
                    --format stylish|json
  lsp --stdio       The language server (not available yet).

Options for every command:
  --root <dir>      the workspace folder (default: the nearest folder with a package.json, eslint.config.*
                    or balanced.config.json, up from the first path to scan or the current directory)
  --untrusted       load no code from the workspace: ignore eslint.config.*, use the recommended config
  -h, --help        show this help
  -v, --version     print the version

Exit codes: 0 clean, 1 findings (or below --min), 2 usage or configuration error.`;

const OPTIONS = {
  format: { type: 'string' },
  'max-warnings': { type: 'string' },
  staged: { type: 'boolean' },
  min: { type: 'string' },
  root: { type: 'string' },
  untrusted: { type: 'boolean' },
  stdio: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Parses the command line, or throws a UsageError naming the bad argument. */
export function parseCommand(argv: readonly string[], cwd: string): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.version) return { name: 'version' };
  const [commandName, ...rest] = positionals;
  if (values.help || commandName === undefined || commandName === 'help') return { name: 'help' };
  const common: CommonOptions = { root: values.root === undefined ? findWorkspaceRoot(cwd) : path.resolve(cwd, values.root), isTrusted: !values.untrusted };
  switch (commandName) {
    case 'scan':
      return parseScan(values, rest, common, cwd);
    case 'coverage':
      rejectOptions(values, ['max-warnings', 'staged', 'stdio'], 'coverage');
      rejectPositionals(rest, 'coverage');
      return { name: 'coverage', common, format: parseReportFormat(values.format), minimum: parseRatio(values.min) };
    case 'flags':
      rejectOptions(values, ['max-warnings', 'staged', 'min', 'stdio'], 'flags');
      rejectPositionals(rest, 'flags');
      return { name: 'flags', common, format: parseReportFormat(values.format) };
    case 'lsp':
      return { name: 'lsp' };
    default:
      throw new UsageError(`Unknown command "${commandName}". The commands are scan, coverage, flags and lsp.`);
  }
}

function parseScan(values: ParsedValues, paths: string[], common: CommonOptions, cwd: string): Command {
  rejectOptions(values, ['min', 'stdio'], 'scan');
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be stylish, json or sarif, not "${format}".`);
  const isStaged = values.staged === true;
  if (isStaged && paths.length > 0) throw new UsageError('--staged scans the files staged in git; give either --staged or paths, not both.');
  // Paths are the user's, relative to where they typed them; the default is that folder, as with `eslint .`,
  // or the whole workspace when that folder is outside it (`balanced scan --root services/shop` from elsewhere).
  const givenPaths = paths.map((given) => path.resolve(cwd, given));
  // `balanced scan services/shop` from a repository root scans that service with its own config and tsconfig.
  const firstPath = givenPaths[0];
  const root = values.root === undefined && firstPath ? findWorkspaceRoot(isDirectory(firstPath) ? firstPath : path.dirname(firstPath)) : common.root;
  // A path outside the workspace would be scanned as nothing and pass: say so instead.
  const outside = givenPaths.find((given) => !isWithin(root, given));
  if (outside) throw new UsageError(`${outside} is outside the workspace ${root}; give paths inside it, or a --root that contains them.`);
  const absolutePaths = givenPaths.length > 0 ? givenPaths : [isWithin(root, cwd) ? cwd : root];
  return { name: 'scan', common: { ...common, root }, paths: absolutePaths, format, maxWarnings: parseCount(values['max-warnings']), isStaged };
}

function isWithin(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function parseReportFormat(format: string | undefined): 'stylish' | 'json' {
  if (format === undefined || format === 'stylish' || format === 'json') return format ?? 'stylish';
  throw new UsageError(`--format must be stylish or json for this command, not "${format}".`);
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number such as 0, not "${value}".`);
  return Number(value);
}

function parseRatio(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ratio = Number(value);
  if (value.trim() === '' || !Number.isFinite(ratio) || ratio < 0 || ratio > 1) throw new UsageError(`--min must be a ratio between 0 and 1 such as 0.9, not "${value}".`);
  return ratio;
}

function rejectOptions(values: ParsedValues, names: readonly (keyof ParsedValues)[], command: string): void {
  const given = names.find((name) => values[name] !== undefined);
  if (given) throw new UsageError(`--${given} is not an option of "balanced ${command}".`);
}

function rejectPositionals(positionals: readonly string[], command: string): void {
  if (positionals.length > 0) throw new UsageError(`"balanced ${command}" takes no paths (got "${positionals.join(' ')}"); it always covers the whole workspace.`);
}

function isDirectory(filePath: string): boolean {
  return fs.statSync(filePath, { throwIfNoEntry: false })?.isDirectory() === true;
}
