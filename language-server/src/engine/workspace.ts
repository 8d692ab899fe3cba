import * as path from 'node:path';
import balancedPlugin = require('eslint-plugin-balanced');
import { readBalancedConfig } from './balanced-config';
import { chooseLintSetup } from './choose-lint-setup';
import { findSourceFiles } from './file-discovery';
import type { LintSetup } from './lint-setup';
import type { Analyzed, FileFindings, Problem, RuleDescription } from './types';
import type { WorkspaceLinter } from './workspace-linter';
import { WorkspaceProgram } from './workspace-program';

export interface OpenWorkspaceOptions {
  /** The workspace folder: where `eslint.config.*`, `balanced.config.json` and `tsconfig.json` are looked up. */
  readonly root: string;
  /**
   * False for a workspace whose code must not run: no `eslint.config.*`, no plugins or parsers from the
   * workspace, only Balanced's recommended config and JSON settings.
   */
  readonly isTrusted: boolean;
}

/** Reports a scan's progress: files done out of the total. */
export type ProgressListener = (done: number, total: number) => void;

export interface LintFilesOptions {
  readonly onProgress?: ProgressListener;
  /** Stops the run between two files; the result then holds the files done and a `cancelled` problem. */
  readonly signal?: AbortSignal;
}

/**
 * A workspace open for analysis: one TypeScript program, one ESLint setup, and the per-file results the
 * workspace-wide analyses are built from. Open it once, then keep it current with `updateFile`.
 */
export class Workspace {
  private constructor(
    /** Absolute path of the workspace folder. */
    readonly root: string,
    private readonly setup: LintSetup,
    private readonly linter: WorkspaceLinter,
    private readonly program: WorkspaceProgram,
  ) {}

  /**
   * Opens a workspace. A configuration that cannot be used (a broken `eslint.config.js`, a malformed
   * `balanced.config.json`) gives no workspace and problems that say what to fix; smaller issues (a broken
   * tsconfig.json) give a workspace and problems.
   */
  static async open(options: OpenWorkspaceOptions): Promise<Analyzed<Workspace | undefined>> {
    const root = path.resolve(options.root);
    const ruleIds = new Set(Object.keys(balancedPlugin.rules).map((name) => `balanced/${name}`));
    const balancedConfig = readBalancedConfig(root, ruleIds);
    if (balancedConfig.problems.length > 0) return { result: undefined, problems: balancedConfig.problems };
    const program = WorkspaceProgram.open(root, balancedConfig.result.tsconfig);
    const chosen = await chooseLintSetup(root, options.isTrusted, balancedConfig.result, program.result);
    const problems = [...program.problems, ...chosen.problems];
    if (!chosen.result) return { result: undefined, problems };
    return { result: new Workspace(root, chosen.result.setup, chosen.result.linter, program.result), problems };
  }

  /** How the workspace is linted, in words: which config and which ESLint. */
  get configDescription(): string {
    return this.setup.description;
  }

  /** Whether rules get type information from the workspace program. */
  get hasTypeInformation(): boolean {
    return this.setup.canShareProgram;
  }

  /** The source files under `paths` (files or folders, relative to the root) that the config lints. */
  async listFiles(paths: readonly string[] = ['.']): Promise<Analyzed<string[]>> {
    const found = findSourceFiles(this.root, paths);
    const linted: string[] = [];
    for (const filePath of found.result) {
      if (await this.linter.getFileConfig(filePath)) linted.push(filePath);
    }
    return { result: linted, problems: found.problems };
  }

  /**
   * Replaces a file's text with an editor buffer (or the staged content in git) at a version. The program
   * is updated in place, and later results are computed on this text.
   */
  updateFile(filePath: string, text: string, version: number): void {
    this.program.updateFile(path.resolve(this.root, filePath), text, version);
  }

  /** Goes back to the file on disk (the editor closed the buffer, or the file was deleted). */
  revertFile(filePath: string): void {
    this.program.revertFile(path.resolve(this.root, filePath));
  }

  /** The findings of one file at its current version. */
  async lintFile(filePath: string): Promise<Analyzed<FileFindings>> {
    const absolute = path.resolve(this.root, filePath);
    const version = this.program.getVersion(absolute);
    const linted = await this.linter.lintFile(absolute, 'balanced-rules');
    return { result: { path: absolute, version, findings: linted.result?.findings ?? [] }, problems: linted.problems };
  }

  /** Lints files one after the other, reporting progress; problems of single files do not stop the run. */
  async lintFiles(filePaths: readonly string[], options: LintFilesOptions = {}): Promise<Analyzed<FileFindings[]>> {
    const results: FileFindings[] = [];
    const problems: Problem[] = [];
    for (const [index, filePath] of filePaths.entries()) {
      if (options.signal?.aborted) {
        problems.push({ kind: 'cancelled', message: `Cancelled after ${index} of ${filePaths.length} files.` });
        break;
      }
      const linted = await this.lintFile(filePath);
      results.push(linted.result);
      problems.push(...linted.problems);
      options.onProgress?.(index + 1, filePaths.length);
    }
    return { result: results, problems };
  }

  /**
   * Lints the given files and adds the workspace findings that belong to them (unused flags at their key
   * in the registry file). Progress is reported per file; single-file problems do not stop the scan.
   */
  async scan(filePaths: readonly string[], options: LintFilesOptions = {}): Promise<Analyzed<FileFindings[]>> {
    return this.lintFiles(filePaths, options);
  }

  /** The documentation of every Balanced rule, for reports that link findings to their rule. */
  describeRules(): RuleDescription[] {
    return Object.entries(balancedPlugin.rules).map(([name, rule]) => ({
      ruleId: `balanced/${name}`,
      description: rule.meta.docs?.description ?? '',
      url: rule.meta.docs?.url,
    }));
  }
}
