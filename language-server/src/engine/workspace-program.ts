import * as fs from 'node:fs';
import * as path from 'node:path';
import { Project, ts, type Diagnostic, type SourceFile } from 'ts-morph';
import { errorMessage } from './error-message';
import { ProgramHost } from './program-host';
import type { Analyzed, Problem } from './types';

/**
 * Compiler options used when the workspace has no tsconfig.json: modern Node resolution, JavaScript
 * allowed, nothing emitted. Only type information is wanted, never output.
 */
const DEFAULT_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  jsx: ts.JsxEmit.Preserve,
  strict: true,
  skipLibCheck: true,
};

/**
 * Options forced on top of the workspace's own: every linted file must be in the one program (ESLint's
 * parser throws for a file missing from `parserOptions.programs`), so JavaScript is allowed, and nothing
 * is ever emitted.
 */
const FORCED_COMPILER_OPTIONS: ts.CompilerOptions = { allowJs: true, noEmit: true };

/**
 * The workspace's one TypeScript program, built with the TypeScript that ts-morph bundles (6.0): it works
 * in repositories whose own `typescript` is the native 7.x compiler, which has no JavaScript API.
 * Files are added as they are linted and replaced in place by `updateFile`; TypeScript then rebuilds the
 * program incrementally, reusing every unchanged source file. ts-morph holds the compiler options and the
 * files' texts; the program itself is built through `ProgramHost`, which gives each file its module format.
 */
export class WorkspaceProgram {
  private readonly versions = new Map<string, number>();
  private readonly host: ProgramHost;
  private program: ts.Program | undefined;
  /** Whether a file was added, edited or reverted since `program` was built. */
  private isStale = true;

  private constructor(
    private readonly project: Project,
    /** The tsconfig.json the compiler options come from, if any. */
    readonly tsconfigPath: string | undefined,
  ) {
    this.host = new ProgramHost(project);
  }

  /** Opens `tsconfigPath` when given (or `<root>/tsconfig.json` when it exists); otherwise uses default options. */
  static open(root: string, tsconfigPath?: string): Analyzed<WorkspaceProgram> {
    const configPath = tsconfigPath ?? existingFile(path.join(root, 'tsconfig.json'));
    if (!configPath) return { result: new WorkspaceProgram(createDefaultProject(), undefined), problems: [] };
    try {
      const project = new Project({ tsConfigFilePath: configPath, compilerOptions: FORCED_COMPILER_OPTIONS, skipFileDependencyResolution: true });
      const problems = project.getConfigFileParsingDiagnostics().map((diagnostic) => tsconfigProblem(configPath, diagnostic));
      return { result: new WorkspaceProgram(project, configPath), problems };
    } catch (error) {
      const problem: Problem = {
        kind: 'configuration',
        path: configPath,
        message: `Cannot read ${configPath}: ${errorMessage(error)}. Fix the file, or delete it to use default compiler options; type information is off until then.`,
      };
      return { result: new WorkspaceProgram(createDefaultProject(), undefined), problems: [problem] };
    }
  }

  /** The text the engine analyses for `filePath`: the editor's text after `updateFile`, otherwise the file on disk. */
  getText(filePath: string): Analyzed<string | undefined> {
    const existing = this.project.getSourceFile(filePath);
    if (existing) return { result: existing.getFullText(), problems: [] };
    try {
      const added = this.project.addSourceFileAtPath(filePath).getFullText();
      this.isStale = true;
      return { result: added, problems: [] };
    } catch (error) {
      return { result: undefined, problems: [{ kind: 'file', path: filePath, message: `Cannot read ${filePath}: ${errorMessage(error)}` }] };
    }
  }

  /** Replaces a file's text (an unsaved editor buffer, or the staged content in git) without rebuilding the program. */
  updateFile(filePath: string, text: string, version: number): void {
    const existing = this.project.getSourceFile(filePath);
    if (existing) replaceText(existing, text);
    else this.project.createSourceFile(filePath, text, { overwrite: true });
    this.versions.set(filePath, version);
    this.isStale = true;
  }

  /** Drops the editor's text for a file and goes back to what is on disk (or forgets the file if it is gone). */
  revertFile(filePath: string): void {
    this.versions.delete(filePath);
    this.host.forget(filePath);
    this.isStale = true;
    const existing = this.project.getSourceFile(filePath);
    if (!existing) return;
    if (fs.existsSync(filePath)) existing.refreshFromFileSystemSync();
    else this.project.removeSourceFile(existing);
  }

  /** The version of the text `getText` returns: the editor's version, or 0 for the file on disk. */
  getVersion(filePath: string): number {
    return this.versions.get(filePath) ?? 0;
  }

  /** The current program. TypeScript reuses the previous one's unchanged files, so this is cheap after one edit. */
  getProgram(): ts.Program {
    if (!this.program || this.isStale) {
      const rootNames = this.project.getSourceFiles().map((sourceFile) => sourceFile.getFilePath());
      this.program = ts.createProgram({ rootNames, options: this.project.getCompilerOptions(), host: this.host.compilerHost, oldProgram: this.program });
      this.isStale = false;
    }
    return this.program;
  }

  /** `major.minor` of the bundled TypeScript, to check that a parser can read this program's syntax trees. */
  static readonly typeScriptVersion: string = ts.versionMajorMinor;
}

function createDefaultProject(): Project {
  return new Project({ compilerOptions: { ...DEFAULT_COMPILER_OPTIONS, ...FORCED_COMPILER_OPTIONS }, skipFileDependencyResolution: true });
}

function replaceText(sourceFile: SourceFile, text: string): void {
  if (sourceFile.getFullText() !== text) sourceFile.replaceWithText(text);
}

function tsconfigProblem(configPath: string, diagnostic: Diagnostic): Problem {
  const message = ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, ' ');
  return { kind: 'configuration', path: configPath, message: `${configPath}: ${message}` };
}

function existingFile(filePath: string): string | undefined {
  return fs.existsSync(filePath) ? filePath : undefined;
}
