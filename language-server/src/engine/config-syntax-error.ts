import * as fs from 'node:fs';
import { ts } from 'ts-morph';

/**
 * Where a config file fails to parse, as `:line:column`. Node reports an ES module's syntax error without
 * its position when the module is loaded through `import()`, as ESLint loads configs; TypeScript's parser
 * finds the same error with its position. Empty when the file parses (the error was something else).
 */
export function findSyntaxErrorLocation(configPath: string): string {
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8');
  } catch {
    return '';
  }
  const output = ts.transpileModule(text, { fileName: configPath, reportDiagnostics: true, compilerOptions: { allowJs: true } });
  const first = output.diagnostics?.find((diagnostic) => diagnostic.start !== undefined);
  if (!first?.file || first.start === undefined) return '';
  const { line, character } = first.file.getLineAndCharacterOfPosition(first.start);
  return `:${line + 1}:${character + 1}`;
}
