import * as fs from 'node:fs';
import * as path from 'node:path';

/** Files that mark a workspace folder: its ESLint flat config, its Balanced settings, or its package.json. */
const WORKSPACE_MARKERS = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
  'balanced.config.json',
  'package.json',
];

/**
 * The workspace folder for a run started in `cwd` without `--root`: the nearest folder up the tree holding
 * an ESLint flat config, `balanced.config.json` or a package.json, else `cwd`. So `balanced scan src` works
 * from a sub-folder. The search stops at the first package boundary on purpose: a package in a monorepo is
 * its own workspace (pass `--root` to use the repository's config instead).
 */
export function findWorkspaceRoot(cwd: string): string {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    if (WORKSPACE_MARKERS.some((name) => fs.existsSync(path.join(directory, name)))) return directory;
    if (path.dirname(directory) === directory) return path.resolve(cwd);
  }
}
