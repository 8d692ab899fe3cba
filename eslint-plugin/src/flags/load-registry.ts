import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeRegistryFiles, parseFlagRegistry, REGISTRY_FILE_NAMES, type FlagRegistry, type RegistryFile } from './flag-registry';

/**
 * Registry files already read, keyed by absolute path and checked against the file's modification time and
 * size, so linting a thousand files parses the registry once and an edited registry is picked up at once.
 */
export class RegistryFileCache {
  private readonly entries = new Map<string, { readonly mtimeMs: number; readonly size: number; readonly file: RegistryFile }>();

  /** Reads a registry file, from the cache when it has not changed on disk. Never throws. */
  read(file: string): RegistryFile {
    let stats: fs.Stats | undefined;
    try {
      stats = fs.statSync(file);
    } catch (error) {
      this.entries.delete(file);
      return unreadable(file, error);
    }
    const cached = this.entries.get(file);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.file;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      this.entries.delete(file);
      return unreadable(file, error);
    }
    const parsed = parseFlagRegistry(text, file);
    this.entries.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, file: parsed });
    return parsed;
  }
}

/**
 * The cache ESLint runs share. Rules are created afresh for every linted file, so a cache that outlives them
 * has to live at module level; it holds only parsed registry files and revalidates each against the disk.
 */
const sharedCache = new RegistryFileCache();

/** Reads and merges registry files (absolute paths). Problems, including unreadable files, are in the result. */
export function loadFlagRegistry(files: readonly string[], cache: RegistryFileCache = sharedCache): FlagRegistry {
  return mergeRegistryFiles(files.map((file) => cache.read(file)));
}

/**
 * The nearest registry file from a directory upwards: in each directory, `flags.flagd.json`, then `flagd.json`,
 * then `flags.json`. Undefined when there is none up to the file-system root.
 */
export function findNearestRegistry(fromDirectory: string): string | undefined {
  for (let directory = path.resolve(fromDirectory); ; directory = path.dirname(directory)) {
    for (const name of REGISTRY_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

function unreadable(file: string, error: unknown): RegistryFile {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'the file does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String((error as Error).message);
  return { file, flags: [], problems: [{ file, message: `Cannot read the flag registry: ${reason}` }], isUsable: false };
}
