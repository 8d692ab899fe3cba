import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as eslintModule from 'eslint';
import balancedPlugin = require('eslint-plugin-balanced');
import type { BalancedConfig } from './balanced-config';
import { WorkspaceProgram } from './workspace-program';

export type ESLintModule = typeof eslintModule;
export type FlatConfig = eslintModule.Linter.Config;

/** File names ESLint looks for, in its own order of preference. */
const FLAT_CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

/**
 * Build output and dependencies are not the workspace's code. ESLint already skips node_modules and .git;
 * these are the usual output folders, skipped only when Balanced brings its own config.
 */
const RECOMMENDED_IGNORES = ['**/dist/**', '**/build/**', '**/coverage/**', '**/out/**', '**/*.d.ts'];

/**
 * How the workspace is linted: which ESLint and which config. Either the workspace's own flat config
 * (run with the workspace's own `eslint` when it has one), or Balanced's recommended config plus
 * `balanced.config.json`.
 */
export interface LintSetup {
  readonly kind: 'eslint-config' | 'recommended';
  /** What a user reads in `--debug`-like output and in error messages. */
  readonly description: string;
  readonly eslint: ESLintModule;
  /** The config file ESLint loads, or `true` for none (the recommended config is passed in `baseConfig`). */
  readonly overrideConfigFile: string | true;
  readonly baseConfig: readonly FlatConfig[];
  /**
   * Whether the parser can take the engine's ts-morph program through `parserOptions.programs`. That needs
   * typescript-eslint's parser running on the same TypeScript minor as ts-morph: syntax kinds are numbered
   * differently across minors, so a tree from one cannot be converted by the other.
   */
  readonly canShareProgram: boolean;
}

/** The workspace's flat config file, if it has one at its root. */
export function findFlatConfigFile(root: string): string | undefined {
  return FLAT_CONFIG_FILES.map((name) => path.join(root, name)).find((file) => fs.existsSync(file));
}

/** Lint with the workspace's own config file (trusted workspaces only: it runs the workspace's JavaScript). */
export function createWorkspaceConfigSetup(root: string, configPath: string): LintSetup {
  const workspaceESLint = loadWorkspaceESLint(root);
  const eslint = workspaceESLint?.module ?? (require('eslint') as ESLintModule);
  const which = workspaceESLint ? `the workspace's ESLint ${workspaceESLint.version}` : `Balanced's ESLint ${eslint.ESLint.version}`;
  return {
    kind: 'eslint-config',
    description: `${path.relative(root, configPath)} (${which})`,
    eslint,
    overrideConfigFile: configPath,
    baseConfig: [],
    canShareProgram: isParserOnBundledTypeScript(root),
  };
}

/** Lint with Balanced's recommended config, `balanced.config.json` on top. Loads no code from the workspace. */
export function createRecommendedSetup(root: string, balancedConfig: BalancedConfig, reason: string): LintSetup {
  const eslint = require('eslint') as ESLintModule;
  const ignores = [...RECOMMENDED_IGNORES, ...balancedConfig.ignores];
  const baseConfig: FlatConfig[] = [
    { name: 'balanced/engine-ignores', ignores },
    balancedPlugin.configs.recommended as FlatConfig,
  ];
  if (Object.keys(balancedConfig.rules).length > 0) {
    baseConfig.push({ name: 'balanced/balanced.config.json', rules: balancedConfig.rules as FlatConfig['rules'] });
  }
  const settings = balancedConfig.path ? ` + ${path.relative(root, balancedConfig.path)}` : '';
  return {
    kind: 'recommended',
    description: `balanced recommended config${settings} (${reason})`,
    eslint,
    overrideConfigFile: true,
    baseConfig,
    canShareProgram: isParserOnBundledTypeScript(path.dirname(require.resolve('eslint-plugin-balanced/package.json'))),
  };
}

interface WorkspaceESLint {
  readonly module: ESLintModule;
  readonly version: string;
}

/** The `eslint` installed in the workspace, when it is a flat-config version (9 or later). */
function loadWorkspaceESLint(root: string): WorkspaceESLint | undefined {
  const workspaceRequire = createRequire(path.join(root, 'package.json'));
  const packageJsonPath = resolveFrom(workspaceRequire, 'eslint/package.json');
  if (!packageJsonPath) return undefined;
  const { version } = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')) as { version: string };
  if (Number(version.split('.')[0]) < 9) return undefined;
  return { module: workspaceRequire('eslint') as ESLintModule, version };
}

/** Whether the typescript-eslint parser reachable from `fromDirectory` loads a TypeScript of ts-morph's minor version. */
function isParserOnBundledTypeScript(fromDirectory: string): boolean {
  const fromRequire = createRequire(path.join(fromDirectory, 'package.json'));
  // Configs import the parser directly or through the `typescript-eslint` package, which depends on it.
  const typescriptEslintPackage = resolveFrom(fromRequire, 'typescript-eslint/package.json');
  const parserPackage =
    resolveFrom(fromRequire, '@typescript-eslint/parser/package.json') ??
    (typescriptEslintPackage ? resolveFrom(createRequire(typescriptEslintPackage), '@typescript-eslint/parser/package.json') : undefined);
  if (!parserPackage) return false;
  const typescriptPackage = resolveFrom(createRequire(parserPackage), 'typescript/package.json');
  if (!typescriptPackage) return false;
  const { version } = JSON.parse(fs.readFileSync(typescriptPackage, 'utf8')) as { version: string };
  return version.split('.').slice(0, 2).join('.') === WorkspaceProgram.typeScriptVersion;
}

function resolveFrom(fromRequire: NodeJS.Require, request: string): string | undefined {
  try {
    return fromRequire.resolve(request);
  } catch {
    return undefined;
  }
}
