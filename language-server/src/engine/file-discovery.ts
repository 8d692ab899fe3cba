import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzed, Problem } from './types';

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

/**
 * Folders never walked: dependencies, version control, and dot-folders (tool caches such as `.next`,
 * `.turbo`, `.cache`). Whatever else the config ignores is filtered file by file afterwards.
 */
function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Whether a path names a source file Balanced analyses (declaration files describe code, they are not code). */
export function isSourceFile(filePath: string): boolean {
  return SOURCE_EXTENSIONS.has(path.extname(filePath)) && !/\.d\.[cm]?ts$/.test(filePath);
}

/**
 * The source files under the given files and folders, sorted, as absolute paths. A path that does not
 * exist is a problem (a typo on the command line), not an empty result.
 */
export function findSourceFiles(root: string, paths: readonly string[]): Analyzed<string[]> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  for (const given of paths) {
    const absolute = path.resolve(root, given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolute);
    } catch {
      problems.push({ kind: 'configuration', path: absolute, message: `No such file or folder: ${displayPath(root, absolute)}` });
      continue;
    }
    if (stats.isDirectory()) collectDirectory(absolute, files);
    else if (isSourceFile(absolute)) files.add(absolute);
  }
  return { result: [...files].sort(), problems };
}

function collectDirectory(directory: string, files: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds nothing we could lint either
  }
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedDirectory(entry.name)) collectDirectory(entryPath, files);
    } else if (entry.isFile() && isSourceFile(entryPath)) {
      files.add(entryPath);
    }
  }
}

/** A path as users read it: relative to the workspace when inside it. */
function displayPath(root: string, absolute: string): string {
  const relative = path.relative(root, absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}
