import * as path from 'node:path';
import { getLineAndColumn, type LocatedValue, type SyntaxProblem } from './located-value';
import { parseLocatedJson } from './parse-located-json';
import { parseLocatedYaml } from './parse-located-yaml';
import { readFlagDefinitions } from './read-flag-definitions';

/** A position in a registry file: 1-based line and column, and the 0-based offset. */
export interface RegistryLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** One flag of an OpenFeature flagd definition file, with the metadata Balanced reads. */
export interface FlagDefinition {
  readonly key: string;
  /** `ENABLED` or `DISABLED`; undefined when the file gives no valid state. */
  readonly state: 'ENABLED' | 'DISABLED' | undefined;
  readonly variants: Readonly<Record<string, unknown>> | undefined;
  /** `null` means "use the code default", as flagd allows. */
  readonly defaultVariant: string | null | undefined;
  /** `metadata.owner`. */
  readonly owner: string | undefined;
  /** `metadata.expires` as written: a date (`2025-06-30`) or an ISO date-time. */
  readonly expires: string | undefined;
  /** `metadata.archived`. */
  readonly archived: boolean;
  /** Where the flag's key is written. */
  readonly location: RegistryLocation;
}

/** Something wrong with a registry file; `line`/`column` are set when the problem has a position. */
export interface RegistryProblem {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** One registry file, read. */
export interface RegistryFile {
  readonly file: string;
  readonly flags: readonly FlagDefinition[];
  readonly problems: readonly RegistryProblem[];
  /**
   * False when the file could not be read or parsed, so its flags are unknown. Validation problems leave a
   * file usable: the flags whose keys could be read still count as registered.
   */
  readonly isUsable: boolean;
}

/** The flags of one or more registry files together. */
export interface FlagRegistry {
  readonly files: readonly string[];
  /** Flags by key; when two files define a key, the first file listed wins. */
  readonly flags: ReadonlyMap<string, FlagDefinition>;
  readonly problems: readonly RegistryProblem[];
  /** False when some file was unusable, so a key missing from `flags` may still exist. */
  readonly isComplete: boolean;
}

/** The file names looked for, in each directory from the linted file upwards. */
export const REGISTRY_FILE_NAMES = ['flags.flagd.json', 'flagd.json', 'flags.json'] as const;

/** Whether a registry file is YAML (by extension); everything else is read as JSON, as flagd does. */
export function isYamlRegistry(fileName: string): boolean {
  return /\.ya?ml$/i.test(fileName);
}

/** Parses and validates the text of a flagd definition file (JSON, or YAML by extension). Pure: no IO. */
export function parseFlagRegistry(text: string, fileName: string): RegistryFile {
  const parsed = isYamlRegistry(fileName) ? parseLocatedYaml(text) : parseLocatedJson(text);
  if ('problem' in parsed) {
    const kind = isYamlRegistry(fileName) ? 'YAML' : 'JSON';
    return { file: fileName, flags: [], problems: [locate(text, fileName, { ...parsed.problem, message: `Invalid ${kind}: ${parsed.problem.message}` })], isUsable: false };
  }
  const { flags, problems } = readFlagDefinitions(parsed.value as LocatedValue);
  return {
    file: fileName,
    flags: flags.map(({ offset, ...flag }) => ({ ...flag, location: { file: fileName, offset, ...getLineAndColumn(text, offset) } })),
    problems: problems.map((problem) => locate(text, fileName, problem)),
    isUsable: true,
  };
}

function locate(text: string, file: string, problem: SyntaxProblem): RegistryProblem {
  return { file, message: problem.message, ...getLineAndColumn(text, problem.offset) };
}

/** Combines registry files into one registry. */
export function mergeRegistryFiles(files: readonly RegistryFile[]): FlagRegistry {
  const flags = new Map<string, FlagDefinition>();
  for (const file of files) {
    for (const flag of file.flags) if (!flags.has(flag.key)) flags.set(flag.key, flag);
  }
  return {
    files: files.map((file) => file.file),
    flags,
    problems: files.flatMap((file) => file.problems),
    isComplete: files.every((file) => file.isUsable),
  };
}

/** A registry problem as one line: `flags.json:4:7: Expected ',' or '}' ...`, with the file relative to `cwd`. */
export function formatRegistryProblem(problem: RegistryProblem, cwd: string): string {
  const position = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  return `${formatRegistryPath(problem.file, cwd)}${position}: ${problem.message}`;
}

/** A registry path as users wrote or see it: relative to `cwd` when inside it. */
export function formatRegistryPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
