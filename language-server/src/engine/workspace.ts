import * as fs from 'node:fs';
import * as path from 'node:path';
import balancedPlugin = require('eslint-plugin-balanced');
import { readBalancedConfig } from './balanced-config';
import { chooseLintSetup } from './choose-lint-setup';
import { buildCoverageReport } from './coverage-analysis';
import { computeFileFacts, type FileFacts } from './file-facts';
import { findSourceFiles, isSourceFile } from './file-discovery';
import { buildFlagInventory, dedupeProblems, findUnusedFlagFindings } from './flag-analysis';
import type { LintSetup } from './lint-setup';
import type { Analyzed, CoverageReport, FileFindings, FlagInventory, Problem, RuleDescription } from './types';
import type { RuleSelection, WorkspaceLinter } from './workspace-linter';
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

export interface ScanOptions extends LintFilesOptions {
  /** Files and folders to scan, relative to the root; the whole workspace by default. */
  readonly paths?: readonly string[];
}

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
  /** What the workspace analyses know of each file, per file version; refreshed whenever a file is linted. */
  private readonly factsByFile = new Map<string, FileFacts>();

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
    const linted = await this.lintAndRecordFacts(absolute, 'balanced-rules');
    return { result: { path: absolute, version, findings: linted.result ?? [] }, problems: linted.problems };
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
    return { result: results, problems: dedupeProblems(problems) };
  }

  /**
   * Lints the source files under `paths` and adds the workspace findings they cover: unused flags, reported
   * at their key in a registry file that lies within `paths`. Single-file problems do not stop the scan.
   */
  async scan(options: ScanOptions = {}): Promise<Analyzed<FileFindings[]>> {
    const paths = options.paths ?? ['.'];
    const files = await this.listFiles(paths);
    if (files.problems.some((problem) => problem.kind === 'configuration')) return { result: [], problems: files.problems };
    const linted = await this.lintFiles(files.result, options);
    if (!mayCoverRegistry(this.root, paths) || options.signal?.aborted) return { result: linted.result, problems: dedupeProblems([...files.problems, ...linted.problems]) };
    const facts = await this.collectWorkspaceFacts();
    const unused = findUnusedFlagFindings(facts.result);
    const covered = unused.result.filter((registry) => isCoveredBy(this.root, paths, registry.path));
    return { result: [...linted.result, ...covered], problems: dedupeProblems([...files.problems, ...linted.problems, ...facts.problems, ...unused.problems]) };
  }

  /** Every critical path of the workspace and the instrumentation coverage. */
  async analyzeCoverage(options: LintFilesOptions = {}): Promise<Analyzed<CoverageReport>> {
    const facts = await this.collectWorkspaceFacts(options);
    return { result: buildCoverageReport(facts.result), problems: dedupeProblems(facts.problems) };
  }

  /** The flag inventory of the workspace. `now` decides which flags have expired. */
  async inventoryFlags(now: Date = new Date(), options: LintFilesOptions = {}): Promise<Analyzed<FlagInventory>> {
    const facts = await this.collectWorkspaceFacts(options);
    const inventory = buildFlagInventory(facts.result, now);
    return { result: inventory.result, problems: dedupeProblems([...facts.problems, ...inventory.problems]) };
  }

  /** Facts for every linted file of the workspace: files not linted at their current version are parsed now (no rules run). */
  private async collectWorkspaceFacts(options: LintFilesOptions = {}): Promise<Analyzed<ReadonlyMap<string, FileFacts>>> {
    const files = await this.listFiles();
    const problems: Problem[] = [...files.problems];
    const current = new Map<string, FileFacts>();
    for (const [index, filePath] of files.result.entries()) {
      if (options.signal?.aborted) {
        problems.push({ kind: 'cancelled', message: `Cancelled after ${index} of ${files.result.length} files.` });
        break;
      }
      options.onProgress?.(index, files.result.length);
      let facts = this.factsByFile.get(filePath);
      if (facts?.version !== this.program.getVersion(filePath)) {
        problems.push(...(await this.lintAndRecordFacts(filePath, 'parse-only')).problems);
        facts = this.factsByFile.get(filePath);
      }
      if (facts) current.set(filePath, facts);
    }
    return { result: current, problems };
  }

  /** Lints a file and records the facts the workspace analyses need from the tree ESLint parsed. */
  private async lintAndRecordFacts(filePath: string, selection: RuleSelection): Promise<Analyzed<FileFindings['findings'] | undefined>> {
    const version = this.program.getVersion(filePath);
    const linted = await this.linter.lintFile(filePath, selection);
    const sourceCode = linted.result?.sourceCode;
    if (!sourceCode) {
      this.factsByFile.delete(filePath);
      return { result: linted.result?.findings, problems: linted.problems };
    }
    const config = await this.linter.getFileConfig(filePath);
    const computed = computeFileFacts(this.root, filePath, version, sourceCode, config);
    this.factsByFile.set(filePath, computed.facts);
    return { result: linted.result.findings, problems: [...linted.problems, ...computed.problems] };
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

/** Files a flag registry can be written in (flagd reads JSON and YAML). */
const REGISTRY_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

/**
 * Whether `paths` may hold a flag registry: a folder, or a JSON or YAML file. Only then do unused flags need
 * every file of the workspace parsed; a pre-commit run over a few source files stays fast.
 */
function mayCoverRegistry(root: string, paths: readonly string[]): boolean {
  return paths.some((given) => {
    const absolute = path.resolve(root, given);
    return REGISTRY_EXTENSIONS.has(path.extname(absolute)) || (!isSourceFile(absolute) && fs.statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true);
  });
}

/** Whether `filePath` is one of `paths` or inside one of them. */
function isCoveredBy(root: string, paths: readonly string[], filePath: string): boolean {
  return paths.some((given) => {
    const relative = path.relative(path.resolve(root, given), filePath);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
}
