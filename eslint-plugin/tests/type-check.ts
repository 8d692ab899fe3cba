import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * Type-checks code as if it were a file of the rule-test fixture project, against the real libraries' types.
 * One language service serves every check: only the checked file changes between calls, so TypeScript reuses
 * the libraries' declarations.
 */
export const fixturesDir = path.join(__dirname, 'fixtures');

const overrides = new Map<string, { text: string; version: number }>();
let languageService: ts.LanguageService | undefined;

function getLanguageService(): ts.LanguageService {
  if (languageService) return languageService;
  const configPath = path.join(fixturesDir, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(`Cannot read ${configPath}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    },
  });
  if (!parsed) throw new Error(`Cannot read ${configPath}`);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => parsed.options,
    getScriptFileNames: () => [...new Set([...parsed.fileNames, ...overrides.keys()])],
    getScriptVersion: (fileName) => String(overrides.get(fileName)?.version ?? 0),
    getScriptSnapshot: (fileName) => {
      const override = overrides.get(fileName);
      if (override) return ts.ScriptSnapshot.fromString(override.text);
      const text = ts.sys.readFile(fileName);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => fixturesDir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (fileName) => overrides.has(fileName) || ts.sys.fileExists(fileName),
    readFile: (fileName) => overrides.get(fileName)?.text ?? ts.sys.readFile(fileName),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  languageService = ts.createLanguageService(host, ts.createDocumentRegistry());
  return languageService;
}

/** The syntax and type errors of `code` checked as `fileName` (relative to the fixture project), as readable strings. */
export function getTypeErrors(fileName: string, code: string): string[] {
  const absolute = path.resolve(fixturesDir, fileName);
  const previous = overrides.get(absolute);
  overrides.set(absolute, { text: code, version: (previous?.version ?? 0) + 1 });
  const service = getLanguageService();
  const diagnostics = [...service.getSyntacticDiagnostics(absolute), ...service.getSemanticDiagnostics(absolute)];
  return diagnostics
    .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
    .map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      if (diagnostic.file && diagnostic.start !== undefined) {
        const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        return `${line + 1}:${character + 1} TS${diagnostic.code}: ${message}`;
      }
      return `TS${diagnostic.code}: ${message}`;
    });
}

/**
 * The errors a fix introduced: those of `output` whose code and message are not among the errors of `input`.
 * Positions are ignored because a fix moves code; a test input may itself lean on undeclared helpers,
 * and the fix is only answerable for what it added.
 */
export function getIntroducedTypeErrors(fileName: string, input: string, output: string): string[] {
  const withoutPosition = (error: string): string => error.replace(/^\d+:\d+ /, '');
  const before = new Set(getTypeErrors(fileName, input).map(withoutPosition));
  return getTypeErrors(fileName, output).filter((error) => !before.has(withoutPosition(error)));
}
