import { ts, type Project } from 'ts-morph';

/**
 * Where ts-morph keeps the lib files of the TypeScript it bundles: in memory, served by its module resolution host
 * (the folder `InMemoryFileSystemHost` documents; `libFolderInMemoryPath` in `@ts-morph/common`).
 */
const LIB_FOLDER = '/node_modules/typescript/lib';

interface CachedSourceFile {
  readonly text: string;
  readonly format: ts.ResolutionMode;
  readonly sourceFile: ts.SourceFile;
}

/**
 * The compiler host the engine builds its programs with. ts-morph's own host creates every source file without the
 * module format (ESM or CommonJS) TypeScript asks for (https://github.com/dsherret/ts-morph/issues/1667, ts-morph
 * 28.0.0). Under `module: node16`/`nodenext`, TypeScript then reads each `.ts` file of a `"type": "module"` service
 * as CommonJS, and each package's declarations as neither: imports resolve with `require` conditions and a default
 * import of a CommonJS package binds to its `exports.default`, so the engine saw other types than `tsc` and typed
 * linting (an SDK typed `any`, a flag check missed).
 *
 * This host reads the files ts-morph's does (the project's texts, with unsaved editor text, then the disk and
 * ts-morph's in-memory lib files) and creates each source file with the options TypeScript passes, format included.
 * It keeps one source file per path while its text and format stay the same, so a rebuilt program reuses every
 * unchanged file, and each package declaration file is read and parsed once.
 */
export class ProgramHost {
  private readonly sourceFiles = new Map<string, CachedSourceFile>();
  readonly compilerHost: ts.CompilerHost;

  constructor(private readonly project: Project) {
    const files = project.getModuleResolutionHost();
    this.compilerHost = {
      fileExists: (fileName) => files.fileExists(fileName),
      readFile: (fileName) => files.readFile(fileName),
      directoryExists: (directoryName) => files.directoryExists?.(directoryName) ?? ts.sys.directoryExists(directoryName),
      getDirectories: (directoryName) => files.getDirectories?.(directoryName) ?? ts.sys.getDirectories(directoryName),
      realpath: (fileName) => files.realpath?.(fileName) ?? fileName,
      getCurrentDirectory: () => files.getCurrentDirectory?.() ?? ts.sys.getCurrentDirectory(),
      getDefaultLibLocation: () => LIB_FOLDER,
      getDefaultLibFileName: (options) => `${LIB_FOLDER}/${ts.getDefaultLibFileName(options)}`,
      getSourceFile: (fileName, languageVersionOrOptions) => this.getSourceFile(fileName, languageVersionOrOptions),
      writeFile: () => undefined,
      getCanonicalFileName: (fileName) => fileName,
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
      getNewLine: () => '\n',
    };
  }

  private getSourceFile(fileName: string, languageVersionOrOptions: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile | undefined {
    const cached = this.sourceFiles.get(fileName);
    // The project holds the workspace's files (and their editor text); other files (packages, libs) do not change.
    const text = this.project.getSourceFile(fileName)?.getFullText() ?? cached?.text ?? this.compilerHost.readFile(fileName);
    if (text === undefined) return undefined;
    const format = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions.impliedNodeFormat : undefined;
    if (cached?.text === text && cached.format === format) return cached.sourceFile;
    const sourceFile = ts.createSourceFile(fileName, text, languageVersionOrOptions, true);
    this.sourceFiles.set(fileName, { text, format, sourceFile });
    return sourceFile;
  }

  /** Forgets a file's source file, so the next program reads it again (a file reverted to what is on disk). */
  forget(fileName: string): void {
    this.sourceFiles.delete(fileName);
  }
}
