import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticValue, skipTypeWrappers } from './ast';
import { normalizeModuleSpecifier } from './module-bindings';
import { importsClientFramework } from './route-handlers';

/**
 * Code that does not answer a service's callers, where a rule about production behaviour (an outbound call that
 * can hold a request forever) has nothing to say: one-off scripts, and modules that run in a browser. Tests, mocks
 * and stories are recognised by `test-files.ts`.
 */

/**
 * Browser globals whose use marks a module as browser code. `navigator` is left out (Node.js has one since 21), and
 * a module that tests any of them with `typeof` is isomorphic: it runs on the server too.
 * See https://developer.mozilla.org/en-US/docs/Web/API/Window.
 */
const BROWSER_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage']);

/**
 * Whether a file is a script run by hand or by the build (`scripts/seed.ts`, `scripts/backfill-prices.ts`): a call
 * that hangs there hangs one terminal or job, which its operator can stop, not a service.
 */
export function isScriptFile(fileName: string): boolean {
  return fileName.replace(/\\/g, '/').split('/').slice(0, -1).includes('scripts');
}

/**
 * Whether a module runs in a browser: it declares `'use client'`, imports a front-end framework (React, Vue, Angular,
 * Svelte, ...: the `web-frameworks` catalog's client modules, as `instrument-critical-path` reads them), or uses a
 * browser-only global such as `localStorage` without ever testing it with `typeof`.
 */
export function isBrowserModule(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const directives = new Set<string>();
  const importedModules = new Set<string>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive) directives.add(statement.directive);
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) importedModules.add(normalizeModuleSpecifier(statement.source.value));
  }
  return directives.has('use client') || importsClientFramework(importedModules) || usesBrowserGlobals(sourceCode);
}

function usesBrowserGlobals(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return false;
  // A global the configuration declares (`globals.browser`) is a variable of the global scope; an undeclared one is unresolved.
  const references = [
    ...globalScope.through.filter((reference) => BROWSER_GLOBALS.has(reference.identifier.name)),
    ...globalScope.variables.filter((variable) => BROWSER_GLOBALS.has(variable.name) && variable.defs.length === 0).flatMap((variable) => variable.references),
  ];
  const isTypeofTest = (identifier: TSESTree.Node): boolean => identifier.parent?.type === AST_NODE_TYPES.UnaryExpression && identifier.parent.operator === 'typeof';
  return references.length > 0 && !references.some((reference) => isTypeofTest(reference.identifier));
}

/**
 * Whether a URL is root-relative (`'/api/orders'`, `` `/api/orders/${id}` ``, `'/api' + path`): it names a path on
 * the page's own origin, which only a browser has. Protocol-relative URLs (`//cdn.example.com`) are not.
 */
export function isRootRelativeUrl(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  let prefix: unknown;
  if (value.type === AST_NODE_TYPES.TemplateLiteral) prefix = value.quasis[0]?.value.cooked;
  else if (value.type === AST_NODE_TYPES.BinaryExpression && value.operator === '+') return isRootRelativeUrl(sourceCode, value.left);
  else prefix = getStaticValue(sourceCode, value)?.value;
  return typeof prefix === 'string' && prefix.startsWith('/') && !prefix.startsWith('//');
}
