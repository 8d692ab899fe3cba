import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { normalizeModuleSpecifier } from './module-bindings';

/** How a fix names a module's export at some place in the file, and the import edit that makes the name available. */
export interface ExportReference {
  readonly text: string;
  readonly addImport: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/**
 * Names `exportName` of `module` where `usedAt` is, for a quick fix: an existing named import (`ExponentialBackoff`),
 * a namespace import (`cockatiel.ExponentialBackoff`), or a specifier added to an existing value import of the module
 * (`import { retry, ExponentialBackoff } from 'cockatiel'`, `import axiosRetry, { exponentialDelay } from 'axios-retry'`).
 * Undefined when the module is only `require`d or the name is already taken at `usedAt`: the fix would not compile.
 */
export function referenceModuleExport(
  sourceCode: Readonly<TSESLint.SourceCode>,
  module: string,
  exportName: string,
  usedAt: TSESTree.Node,
): ExportReference | undefined {
  const declarations = sourceCode.ast.body.filter(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type' && normalizeModuleSpecifier(statement.source.value) === module,
  );
  for (const declaration of declarations) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { text: `${specifier.local.name}.${exportName}`, addImport: () => [] };
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== 'type' && getImportedName(specifier) === exportName) {
        return { text: specifier.local.name, addImport: () => [] };
      }
    }
  }
  if (ASTUtils.findVariable(sourceCode.getScope(usedAt), exportName)) return undefined;
  const declaration = declarations.find((candidate) => candidate.specifiers.length > 0);
  const named = declaration?.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier).at(-1);
  const defaultImport = declaration?.specifiers.find((specifier) => specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier);
  if (named) return { text: exportName, addImport: (fixer) => [fixer.insertTextAfter(named, `, ${exportName}`)] };
  if (defaultImport) return { text: exportName, addImport: (fixer) => [fixer.insertTextAfter(defaultImport, `, { ${exportName} }`)] };
  return undefined;
}

function getImportedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}
