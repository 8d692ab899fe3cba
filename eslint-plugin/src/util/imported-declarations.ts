import { parseForESLint } from '@typescript-eslint/parser';
import { TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { getDeclaringPackage } from './type-origin';
import type { TypeInformation } from './type-information';

/** An expression in some module of the program, with the source code that owns it (so scopes and initializers resolve there). */
export interface DeclarationSite {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly node: TSESTree.Node;
}

/**
 * Follows imports to the modules that declare them, with the type checker: `import { api } from './http'` leads to
 * `export const api = axios.create({ ... })` in `http.ts`, which rules then read with the same AST helpers they use on
 * the linted file. Only available with type information; one finder serves one linted file and parses each module once.
 */
export interface ImportedDeclarationFinder {
  /**
   * Where an imported binding was declared: the name of `export const api = ...`, the expression of `export default ...`
   * or the function of `export function createClient() {...}`. Undefined for declarations in libraries and `.d.ts`
   * files, and for anything else (classes, enums, namespaces).
   */
  findDeclaration(site: DeclarationSite): DeclarationSite | undefined;
  /** The npm packages that declare an expression's type, its union members and its base classes and interfaces. */
  getTypePackages(site: DeclarationSite): ReadonlySet<string>;
}

/** How many base types `getTypePackages` climbs (generated gRPC clients extend `grpc.Client`). */
const MAX_BASE_DEPTH = 3;

export function createImportedDeclarationFinder(
  typeInformation: TypeInformation,
  current: Readonly<TSESLint.SourceCode>,
  currentFileName: string,
): ImportedDeclarationFinder {
  const { checker, program } = typeInformation;
  const currentFile = program.getSourceFile(currentFileName);
  const parsedModules = new Map<ts.SourceFile, TSESLint.SourceCode | undefined>();

  const getSourceCode = (sourceFile: ts.SourceFile): Readonly<TSESLint.SourceCode> | undefined => {
    if (sourceFile === currentFile) return current;
    if (!parsedModules.has(sourceFile)) parsedModules.set(sourceFile, parseModule(sourceFile, program));
    return parsedModules.get(sourceFile);
  };

  const toTsNode = (site: DeclarationSite): ts.Node | undefined => site.sourceCode.parserServices?.esTreeNodeToTSNodeMap?.get(site.node);

  return {
    findDeclaration(site) {
      const tsNode = toTsNode(site);
      let symbol = tsNode && checker.getSymbolAtLocation(tsNode);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
      if (!declaration || !(ts.isVariableDeclaration(declaration) || ts.isExportAssignment(declaration) || ts.isFunctionDeclaration(declaration))) return undefined;
      const declaringFile = declaration.getSourceFile();
      if (declaringFile.isDeclarationFile || getDeclaringPackage(declaringFile.fileName)) return undefined;
      const sourceCode = getSourceCode(declaringFile);
      const estree = sourceCode?.parserServices?.tsNodeToESTreeNodeMap?.get(declaration);
      if (!sourceCode || !estree) return undefined;
      if (estree.type === 'VariableDeclarator') return { sourceCode, node: estree.id };
      if (estree.type === 'ExportDefaultDeclaration') return { sourceCode, node: estree.declaration };
      if (estree.type === 'FunctionDeclaration') return { sourceCode, node: estree };
      return undefined;
    },
    getTypePackages(site) {
      const tsNode = toTsNode(site);
      const packages = new Set<string>();
      if (tsNode) collectTypePackages(checker, checker.getTypeAtLocation(tsNode), packages, 0);
      return packages;
    },
  };
}

function collectTypePackages(checker: ts.TypeChecker, type: ts.Type, packages: Set<string>, depth: number): void {
  if (type.isUnion()) {
    for (const member of type.types) collectTypePackages(checker, member, packages, depth);
    return;
  }
  for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
    for (const declaration of symbol?.getDeclarations() ?? []) {
      const declaringPackage = getDeclaringPackage(declaration.getSourceFile().fileName);
      if (declaringPackage) packages.add(declaringPackage);
    }
  }
  if (depth < MAX_BASE_DEPTH && type.isClassOrInterface()) {
    for (const base of checker.getBaseTypes(type)) collectTypePackages(checker, base, packages, depth + 1);
  }
}

/**
 * Parses another module of the program into an ESTree with scopes and node maps, like ESLint's own source code object
 * for the linted file. The parser reuses the program's source file, so its nodes map back to the type checker's.
 * Undefined when that module does not parse (it is being edited): the linted file's analysis then stays silent.
 */
function parseModule(sourceFile: ts.SourceFile, program: ts.Program): TSESLint.SourceCode | undefined {
  let parsed: ReturnType<typeof parseForESLint>;
  try {
    parsed = parseForESLint(sourceFile.text, {
      programs: [program],
      filePath: sourceFile.fileName,
      range: true,
      loc: true,
      tokens: true,
      comment: true,
      sourceType: 'module',
    });
  } catch {
    return undefined;
  }
  const { ast, services, scopeManager, visitorKeys } = parsed;
  setParentPointers(ast, visitorKeys);
  // The parser's visitor-key map is ESLint's, typed by another package of typescript-eslint.
  return new TSESLint.SourceCode({ text: sourceFile.text, ast, parserServices: services, scopeManager, visitorKeys: visitorKeys as TSESLint.SourceCode.VisitorKeys });
}

/** ESLint sets `parent` while it traverses the linted file; a module parsed here needs it for scope lookups. */
function setParentPointers(root: TSESTree.Node, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) {
          (child as { parent?: TSESTree.Node }).parent = node;
          stack.push(child);
        }
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
