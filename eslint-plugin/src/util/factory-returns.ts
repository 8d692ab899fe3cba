import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast';
import { resolveFunction } from './function-resolution';
import type { DeclarationSite, ImportedDeclarationFinder } from './imported-declarations';
import { findReturns } from './returned-promises';
import { findInitializer } from './value-origin';

/**
 * What a call to the application's own factory returns, read where the factory is written: `createHttpClient(url)`
 * → `axios.create({ ...defaults, baseURL })`, `childLogger('orders')` → `logger.child({ module })`. Services build
 * their clients and loggers this way, so a rule that only sees `const api = createHttpClient(url)` cannot tell a
 * bounded client or a redacting logger from a bare one.
 *
 * The factory is followed in the module of `site`, and into other modules of the program when `imports` (type
 * information) is given. Only a function with a single `return` (or an expression body) counts; a generator, a
 * method or a factory with several returns leaves the value unknown.
 */
export function findFactoryReturn(site: DeclarationSite, imports: ImportedDeclarationFinder | undefined): DeclarationSite | undefined {
  const call = skipTypeWrappers(site.node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const factory = findFactory(site, callee, imports);
  if (!factory || factory.node.generator) return undefined;
  const { body } = factory.node;
  if (!body) return undefined;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return { sourceCode: factory.sourceCode, node: body };
  const returned = findReturns(factory.sourceCode, body.body);
  const [only] = returned;
  return returned.length === 1 && only ? { sourceCode: factory.sourceCode, node: only } : undefined;
}

interface FactorySite {
  readonly sourceCode: DeclarationSite['sourceCode'];
  readonly node: TSESTree.FunctionLike;
}

/** The function a callee names: in the same module (a declaration or a `const` arrow), else an imported one. */
function findFactory(site: DeclarationSite, callee: TSESTree.Identifier, imports: ImportedDeclarationFinder | undefined): FactorySite | undefined {
  const local = resolveFunction(site.sourceCode, undefined, callee);
  if (local?.where === 'this-file') return { sourceCode: site.sourceCode, node: local.node };
  const declaration = imports?.findDeclaration({ sourceCode: site.sourceCode, node: callee });
  if (!declaration) return undefined;
  const declared = declaration.node.type === AST_NODE_TYPES.Identifier ? findInitializer(declaration.sourceCode, declaration.node) : declaration.node;
  const fn = declared && skipTypeWrappers(declared);
  const isFunction =
    fn?.type === AST_NODE_TYPES.FunctionDeclaration || fn?.type === AST_NODE_TYPES.FunctionExpression || fn?.type === AST_NODE_TYPES.ArrowFunctionExpression;
  return isFunction ? { sourceCode: declaration.sourceCode, node: fn } : undefined;
}
