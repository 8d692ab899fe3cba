import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { getMemberPath, skipTypeWrappers } from './ast';
import { normalizeModuleSpecifier, type QualifiedName } from './module-bindings';
import type { TypeInformation } from './type-information';
import { getDeclaringPackage } from './type-origin';

/** Imports and re-exports followed before giving up. */
const MAX_ALIASES = 8;

/**
 * With type information, the library export that a project module passes on. Services initialise an SDK once and
 * re-export it: `import { Sentry } from './telemetry'`, where `telemetry.ts` has `import * as Sentry from
 * '@sentry/node'` and `export { Sentry }`, is `@sentry/node`'s namespace, and a barrel's `export { setUser } from
 * '@sentry/node'` passes on `setUser`. `resolveQualifiedName` stops at the project module (`./telemetry`); this
 * follows the checker's chain of imports and re-exports to the first import from a library.
 * Undefined when the chain ends in a value the project declares itself (`export const logger = pino()`).
 */
export function resolveLibraryReexport(typeInformation: TypeInformation, expression: TSESTree.Node): QualifiedName | undefined {
  const properties = getMemberPath(expression)?.slice(1);
  let root = skipTypeWrappers(expression);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  if (!properties || root.type !== AST_NODE_TYPES.Identifier) return undefined;
  const { checker, services } = typeInformation;
  let symbol: ts.Symbol | undefined = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(root));
  for (let step = 0; symbol && symbol.flags & ts.SymbolFlags.Alias && step < MAX_ALIASES; step++) {
    for (const declaration of symbol.declarations ?? []) {
      const imported = readLibraryImport(checker, declaration);
      if (imported) {
        const path = [...imported.path, ...properties];
        return { module: imported.module, path: path[0] === 'default' ? path.slice(1) : path };
      }
    }
    symbol = checker.getImmediateAliasedSymbol(symbol);
  }
  return undefined;
}

/** What an import or re-export declaration takes from a library module; undefined for project modules. */
function readLibraryImport(checker: ts.TypeChecker, declaration: ts.Declaration): QualifiedName | undefined {
  const taken = readImport(declaration);
  if (!taken || !ts.isStringLiteral(taken.specifier)) return undefined;
  const moduleFile = checker.getSymbolAtLocation(taken.specifier)?.declarations?.[0]?.getSourceFile();
  if (!moduleFile || getDeclaringPackage(moduleFile.fileName) === undefined) return undefined;
  return { module: normalizeModuleSpecifier(taken.specifier.text), path: taken.path };
}

/** The module specifier and export path of `import { a as b }`, `import * as ns`, `import d`, `export { a } from`, `export * as ns from`. */
function readImport(declaration: ts.Declaration): { specifier: ts.Expression; path: string[] } | undefined {
  if (ts.isImportSpecifier(declaration)) {
    return { specifier: declaration.parent.parent.parent.moduleSpecifier, path: [(declaration.propertyName ?? declaration.name).text] };
  }
  if (ts.isNamespaceImport(declaration)) return { specifier: declaration.parent.parent.moduleSpecifier, path: [] };
  if (ts.isImportClause(declaration)) return { specifier: declaration.parent.moduleSpecifier, path: [] };
  if (ts.isNamespaceExport(declaration)) return declaration.parent.moduleSpecifier && { specifier: declaration.parent.moduleSpecifier, path: [] };
  if (ts.isExportSpecifier(declaration)) {
    const specifier = declaration.parent.parent.moduleSpecifier;
    return specifier && { specifier, path: [(declaration.propertyName ?? declaration.name).text] };
  }
  return undefined;
}
