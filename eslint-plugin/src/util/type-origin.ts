import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import type { TypeInformation } from './type-information';

/**
 * The npm package that declares a file, read from its path: `.../node_modules/axios/index.d.ts` → `axios`,
 * `.../node_modules/@types/bunyan/index.d.ts` → `bunyan`, `@types/scope__name` → `@scope/name`.
 * Undefined for the project's own files and for TypeScript's lib files.
 */
export function getDeclaringPackage(fileName: string): string | undefined {
  const marker = '/node_modules/';
  const normalized = fileName.replace(/\\/g, '/');
  const index = normalized.lastIndexOf(marker);
  if (index === -1) return undefined;
  const segments = normalized.slice(index + marker.length).split('/');
  const first = segments[0];
  if (!first) return undefined;
  if (first === '@types') {
    const typed = segments[1];
    if (!typed) return undefined;
    return typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
  }
  return first.startsWith('@') && segments[1] ? `${first}/${segments[1]}` : first;
}

/** A type's own name and the packages that declare it (both its symbol and its alias, across union members). */
export interface TypeOrigin {
  readonly names: ReadonlySet<string>;
  readonly packages: ReadonlySet<string>;
}

/** Where the static type of an expression was declared; used to confirm candidates, never to find them. */
export function getTypeOrigin(typeInformation: TypeInformation, node: TSESTree.Node): TypeOrigin {
  const type = typeInformation.services.getTypeAtLocation(node);
  const names = new Set<string>();
  const packages = new Set<string>();
  const visit = (current: ts.Type): void => {
    if (current.isUnion()) {
      current.types.forEach(visit);
      return;
    }
    for (const symbol of [current.aliasSymbol, current.getSymbol()]) {
      if (!symbol) continue;
      names.add(symbol.getName());
      for (const declaration of symbol.getDeclarations() ?? []) {
        const declaringPackage = getDeclaringPackage(declaration.getSourceFile().fileName);
        if (declaringPackage) packages.add(declaringPackage);
      }
    }
  };
  visit(type);
  return { names, packages };
}

/** Whether an expression's type is declared by one of `packages` (optionally with one of `typeNames`). */
export function isTypeFromPackages(
  typeInformation: TypeInformation,
  node: TSESTree.Node,
  packages: readonly string[],
  typeNames?: readonly string[],
): boolean {
  const origin = getTypeOrigin(typeInformation, node);
  const fromPackage = packages.some((name) => origin.packages.has(name));
  return fromPackage && (!typeNames || typeNames.some((name) => origin.names.has(name)));
}
