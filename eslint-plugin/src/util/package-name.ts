import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * package.json names read so far, by file path, with the modification time they were read at: a lint run asks for
 * the same few files thousands of times, and the language server keeps running while package.json files change.
 */
const namesByManifest = new Map<string, { mtimeMs: number; name: string | undefined }>();

/**
 * The `name` of the nearest package.json above a file (`shop-api`), or undefined when there is none or it has no name.
 * Unreadable or malformed manifests are skipped, so a broken package.json never breaks linting.
 */
export function getNearestPackageName(fileName: string): string | undefined {
  for (let directory = path.dirname(path.resolve(fileName)); ; directory = path.dirname(directory)) {
    const manifest = path.join(directory, 'package.json');
    const name = readPackageName(manifest);
    if (name !== undefined) return name;
    if (path.dirname(directory) === directory) return undefined;
  }
}

function readPackageName(manifest: string): string | undefined {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(manifest).mtimeMs;
  } catch {
    return undefined;
  }
  const cached = namesByManifest.get(manifest);
  if (cached?.mtimeMs === mtimeMs) return cached.name;
  let name: string | undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    const value = typeof parsed === 'object' && parsed !== null ? (parsed as { name?: unknown }).name : undefined;
    name = typeof value === 'string' && value.length > 0 ? value : undefined;
  } catch {
    name = undefined;
  }
  namesByManifest.set(manifest, { mtimeMs, name });
  return name;
}
