/**
 * The two wildcards catalogs use when they name modules and paths, so an entry can cover a family of packages
 * (`@aws-sdk/client-*`) or generated method names (`['*']` for any gRPC method).
 */

/** Whether a module specifier matches a catalog pattern: exact, or a prefix when the pattern ends with `*`. */
export function matchesModule(pattern: string, module: string): boolean {
  return pattern.endsWith('*') ? module.startsWith(pattern.slice(0, -1)) : pattern === module;
}

/** Whether a property path matches a catalog path of the same length, where `*` matches any one name. */
export function matchesPath(pattern: readonly string[], path: readonly string[]): boolean {
  return pattern.length === path.length && pattern.every((name, index) => name === '*' || name === path[index]);
}
