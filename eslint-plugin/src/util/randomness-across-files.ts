import * as ts from 'typescript';
import { combineRandomness, isJitterHelperName, RANDOM_SOURCE_NAMES, type Randomness } from './randomness-sources';
import type { TypeInformation } from './type-information';
import { getDeclaringPackage } from './type-origin';

/** How many declarations deep a helper in another module is followed (helper → helper → ...). */
const MAX_DEPTH = 4;

/**
 * Whether a function or constant declared in another module of the program adds randomness: `random` when a
 * randomness source is reachable from its body (through the helpers it calls, followed with the checker), `fixed`
 * when every call in it reaches a built-in, a parameter or a project helper that is itself fixed, `unknown` when a
 * call leads into a package or cannot be resolved. Coarser than the same-file analysis (any randomness in the body
 * counts), which errs on the side of silence.
 */
export function getDeclarationRandomness(
  typeInformation: TypeInformation,
  declaration: ts.Declaration,
  jitterHelpers: ReadonlySet<string>,
  depth = 0,
  visited = new Set<ts.Node>(),
): Randomness {
  if (visited.has(declaration)) return 'fixed';
  visited.add(declaration);
  const name = ts.getNameOfDeclaration(declaration);
  if (name && ts.isIdentifier(name) && jitterHelpers.has(name.text)) return 'random';
  const body = getAnalysedBody(declaration);
  if (!body || depth > MAX_DEPTH || isOutsideProject(typeInformation, declaration.getSourceFile())) {
    return name && ts.isIdentifier(name) && isJitterHelperName(name.text, jitterHelpers) ? 'random' : 'unknown';
  }
  const found: Randomness[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) found.push(getCallRandomness(typeInformation, node, jitterHelpers, depth, visited));
    ts.forEachChild(node, visit);
  };
  visit(body);
  return combineRandomness(found);
}

/** The part of a declaration that computes its value: a function's body, or a constant's initializer. */
function getAnalysedBody(declaration: ts.Declaration): ts.Node | undefined {
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration) || ts.isFunctionExpression(declaration) || ts.isArrowFunction(declaration)) {
    return declaration.body;
  }
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) return declaration.initializer;
  return undefined;
}

function isOutsideProject(typeInformation: TypeInformation, sourceFile: ts.SourceFile): boolean {
  return sourceFile.isDeclarationFile || getDeclaringPackage(sourceFile.fileName) !== undefined || typeInformation.program.isSourceFileDefaultLibrary(sourceFile);
}

function getCallRandomness(
  typeInformation: TypeInformation,
  call: ts.CallExpression,
  jitterHelpers: ReadonlySet<string>,
  depth: number,
  visited: Set<ts.Node>,
): Randomness {
  const callee = call.expression;
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  if (!ts.isIdentifier(nameNode)) return 'unknown';
  if (RANDOM_SOURCE_NAMES.has(nameNode.text) || isJitterHelperName(nameNode.text, jitterHelpers)) return 'random';
  const { checker } = typeInformation;
  let symbol = checker.getSymbolAtLocation(nameNode);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration) return 'unknown';
  // Calling a parameter (`resolve()` in a promise executor, a callback) is the caller's business.
  if (ts.isParameter(declaration)) return 'fixed';
  const sourceFile = declaration.getSourceFile();
  // Built-ins (`setTimeout`, `Math.min`, `Date.now`) are not random; `Math.random` and crypto were matched by name above.
  if (typeInformation.program.isSourceFileDefaultLibrary(sourceFile) || getDeclaringPackage(sourceFile.fileName) === 'node') return 'fixed';
  return getDeclarationRandomness(typeInformation, declaration, jitterHelpers, depth + 1, visited);
}
