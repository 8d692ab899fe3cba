import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file staged in git. */
export interface StagedFile {
  readonly path: string;
  /** The content the commit would record (which may differ from the working tree's). */
  readStagedText(): string;
}

/** Git could not answer (not a repository, git missing): the CLI reports it as a usage error. */
export class GitError extends Error {}

/**
 * The files added, copied, modified or renamed in git's index under `root`.
 * Linting the staged content rather than the working tree matters when only part of a file is staged:
 * the commit must be judged on what it will contain.
 */
export function readStagedFiles(root: string): StagedFile[] {
  const topLevel = git(root, ['rev-parse', '--show-toplevel']).trim();
  const names = git(root, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z']).split('\0').filter((name) => name !== '');
  // git answers with real paths; map them back under `root` as the user gave it (it may be a symlink).
  const realRoot = fs.realpathSync(root);
  return names
    .map((name) => ({ name, absolute: path.join(root, path.relative(realRoot, path.join(topLevel, name))) }))
    .filter(({ absolute }) => isWithin(root, absolute))
    .map(({ name, absolute }) => ({ path: absolute, readStagedText: () => git(topLevel, ['show', `:${name}`]) }));
}

function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args[0]} failed in ${cwd}: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }
}

function isWithin(folder: string, filePath: string): boolean {
  const relative = path.relative(folder, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
