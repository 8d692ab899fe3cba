import * as path from 'node:path';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { webFrameworks } from '../catalogs/web-frameworks';
import type { DecoratorRouteFrameworkEntry, FileRouteFrameworkEntry, HttpMethod, RouterFrameworkEntry, WebFrameworkEntry } from '../catalogs/types';
import { findProperty, getStaticPropertyName, skipTypeWrappers } from './ast';
import { findDeclaredTypeNames } from './declared-type';
import { resolveQualifiedName } from './module-bindings';
import { getStaticString } from './static-string';
import type { TypeInformation } from './type-information';
import { getTypeOrigin } from './type-origin';
import { traceInitializer } from './value-origin';

/** One HTTP route and the expression that handles it. */
export interface RouteRegistration {
  readonly framework: string;
  readonly method: HttpMethod;
  /** The full path, with router prefixes and mount points of the same file (`/api/orders/:id/refund`). */
  readonly path: string;
  /** The handler as registered, with wrapper calls removed: a function, or a name to resolve. */
  readonly handler: TSESTree.Node;
  /** Calls wrapping the handler in the registration (`asyncHandler(...)`, `withSpan('x', ...)`), outermost first. */
  readonly wrappers: readonly TSESTree.CallExpression[];
}

const FRAMEWORKS: readonly WebFrameworkEntry[] = webFrameworks;
const ROUTER_FRAMEWORKS = FRAMEWORKS.filter((entry): entry is RouterFrameworkEntry => entry.kind === 'router');
const FILE_FRAMEWORKS = FRAMEWORKS.filter((entry): entry is FileRouteFrameworkEntry => entry.kind === 'file');
const DECORATOR_FRAMEWORKS = FRAMEWORKS.filter((entry): entry is DecoratorRouteFrameworkEntry => entry.kind === 'decorator');
const CLIENT_MODULES = FRAMEWORKS.flatMap((entry) => (entry.kind === 'client' ? entry.modules : []));

/** How many mount points and base paths a prefix is followed through. */
const MAX_PREFIX_DEPTH = 4;

/** What route discovery needs to know about the linted file. */
export interface RouteDiscoveryContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly typeInformation: TypeInformation | undefined;
  /** Modules the file imports or requires: a router parameter without an annotation counts when its framework is imported. */
  readonly importedModules: ReadonlySet<string>;
}

/**
 * Routes registered by calls on an application or router: `router.post('/checkout', handler)`,
 * `fastify.route({ method: 'POST', url, handler })`, `router.route('/checkout').post(handler)`, Hono chains.
 * The receiver must be a router of a catalogued framework: created from its module in this file, annotated with its
 * type, typed as one, or (without type information) a parameter of a file that imports the framework.
 */
export function findRouterCallRoutes(context: RouteDiscoveryContext, calls: readonly TSESTree.CallExpression[]): RouteRegistration[] {
  const mounts = findMountPrefixes(context, calls);
  const routes: RouteRegistration[] = [];
  for (const call of calls) {
    const callee = skipTypeWrappers(call.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || name === undefined) continue;
    for (const entry of ROUTER_FRAMEWORKS) {
      const found = readRouterCall(context, entry, call, callee.object, name, mounts);
      if (found) {
        routes.push(...found);
        break;
      }
    }
  }
  return routes;
}

function readRouterCall(
  context: RouteDiscoveryContext,
  entry: RouterFrameworkEntry,
  call: TSESTree.CallExpression,
  receiver: TSESTree.Node,
  name: string,
  mounts: ReadonlyMap<unknown, string>,
): RouteRegistration[] | undefined {
  const method = Object.hasOwn(entry.methods, name) ? entry.methods[name] : undefined;
  const isRouteObject = entry.routeObject?.method === name;
  if (!method && !isRouteObject) return undefined;
  // `router.route('/checkout').post(handler)`: the path comes from the chain.
  let chainedPath: string | undefined;
  let router = skipTypeWrappers(receiver);
  const chain = router.type === AST_NODE_TYPES.CallExpression ? skipTypeWrappers(router.callee) : undefined;
  if (router.type === AST_NODE_TYPES.CallExpression && chain?.type === AST_NODE_TYPES.MemberExpression && entry.pathChainMethods.includes(getStaticPropertyName(chain) ?? '')) {
    chainedPath = router.arguments[0] && getStaticString(context.sourceCode, router.arguments[0], context.typeInformation);
    if (chainedPath === undefined) return undefined;
    router = skipTypeWrappers(chain.object);
  }
  if (isRouteObject) {
    const prefix = findRouterPrefix(context, entry, router, mounts, 0);
    return prefix === undefined ? undefined : readRouteObject(context, entry, call, prefix);
  }
  const leadingStrings: string[] = [];
  for (const argument of call.arguments) {
    const value = getStaticString(context.sourceCode, argument, context.typeInformation);
    if (value === undefined) break;
    leadingStrings.push(value);
  }
  const routePath = chainedPath ?? leadingStrings.at(-1);
  const handlerArgument = call.arguments.at(-1);
  const handlerCount = call.arguments.length - (chainedPath === undefined ? leadingStrings.length : 0);
  // Only the route shape is a candidate (`map.get('key')` and `app.get('env')` are not), before the receiver is checked.
  if (routePath === undefined || !isRoutePath(routePath) || !method || !handlerArgument || handlerCount < 1) return undefined;
  const handler = entry.handlerOption && handlerArgument.type === AST_NODE_TYPES.ObjectExpression ? findProperty(handlerArgument, entry.handlerOption)?.value : handlerArgument;
  if (!handler || !isHandlerLike(skipTypeWrappers(handler))) return undefined;
  const prefix = findRouterPrefix(context, entry, router, mounts, 0);
  if (prefix === undefined) return undefined;
  return [{ framework: entry.name, method, path: joinPaths(prefix, routePath), ...unwrapHandler(handler) }];
}

/** Route paths start at the root (`/checkout`, `/`) or match everything (`*`). */
function isRoutePath(value: string): boolean {
  return value.startsWith('/') || value === '*';
}

/** Fastify's `route({ method: ['POST', 'PUT'], url: '/checkout', handler })`. */
function readRouteObject(context: RouteDiscoveryContext, entry: RouterFrameworkEntry, call: TSESTree.CallExpression, prefix: string): RouteRegistration[] | undefined {
  const shape = entry.routeObject;
  const options = call.arguments[0];
  if (!shape || options?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const methodValue = findProperty(options, shape.methodProperty)?.value;
  const url = findProperty(options, shape.pathProperty)?.value;
  const handler = findProperty(options, shape.handlerProperty)?.value;
  const routePath = url && getStaticString(context.sourceCode, url, context.typeInformation);
  if (!methodValue || routePath === undefined || !handler) return undefined;
  const methodNodes = methodValue.type === AST_NODE_TYPES.ArrayExpression ? methodValue.elements : [methodValue];
  const methods = methodNodes.flatMap((node) => {
    const value = node && node.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(context.sourceCode, node, context.typeInformation) : undefined;
    const method = value === undefined ? undefined : toHttpMethod(value);
    return method ? [method] : [];
  });
  return methods.map((method) => ({ framework: entry.name, method, path: joinPaths(prefix, routePath), ...unwrapHandler(handler) }));
}

/**
 * Whether an expression is a router of the framework, and the prefix its routes get: `new Router({ prefix })`,
 * `new Hono().basePath('/api')`, or a mount point in this file (`app.use('/api', router)`). Undefined when it is not one.
 */
function findRouterPrefix(
  context: RouteDiscoveryContext,
  entry: RouterFrameworkEntry,
  expression: TSESTree.Node,
  mounts: ReadonlyMap<unknown, string>,
  depth: number,
): string | undefined {
  const node = skipTypeWrappers(expression);
  if (depth > MAX_PREFIX_DEPTH) return undefined;
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(node.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
    if (callee.type === AST_NODE_TYPES.MemberExpression && name !== undefined) {
      // Chained registrations (`app.post(...).get(...)`) return the router itself.
      if (Object.hasOwn(entry.methods, name)) return findRouterPrefix(context, entry, callee.object, mounts, depth + 1);
      if (entry.basePathMethods.includes(name)) {
        const base = node.arguments[0] && getStaticString(context.sourceCode, node.arguments[0], context.typeInformation);
        const inner = findRouterPrefix(context, entry, callee.object, mounts, depth + 1);
        return base === undefined || inner === undefined ? undefined : joinPaths(inner, base);
      }
    }
  }
  const mountPrefix = node.type === AST_NODE_TYPES.Identifier ? findMountPrefix(context, node, mounts) : '';
  const created = node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression ? node : traceInitializer(context.sourceCode, node);
  if (created) {
    const ownPrefix = getCreatedRouterPrefix(context, entry, created, mounts, depth);
    return ownPrefix === undefined ? undefined : joinPaths(mountPrefix, ownPrefix);
  }
  return isDeclaredRouter(context, entry, node) ? mountPrefix : undefined;
}

function getCreatedRouterPrefix(
  context: RouteDiscoveryContext,
  entry: RouterFrameworkEntry,
  created: TSESTree.Node,
  mounts: ReadonlyMap<unknown, string>,
  depth: number,
): string | undefined {
  const node = skipTypeWrappers(created);
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const qualified = resolveQualifiedName(context.sourceCode, node.callee);
  const use = node.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
  const source = qualified && entry.modules.includes(qualified.module)
    ? entry.routers.find((candidate) => candidate.use === use && candidate.path.length === qualified.path.length && candidate.path.every((part, index) => part === qualified.path[index]))
    : undefined;
  if (source) {
    const options = node.arguments[0];
    const prefixValue = source.prefixOption && options?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(options, source.prefixOption)?.value : undefined;
    return prefixValue ? getStaticString(context.sourceCode, prefixValue, context.typeInformation) : '';
  }
  // `const api = new Hono().basePath('/api')`.
  return node.type === AST_NODE_TYPES.CallExpression ? findRouterPrefix(context, entry, node, new Map(), depth + 1) : undefined;
}

/** A parameter or field declared as a router: by annotation, by type, or (untyped) in a file that imports the framework. */
function isDeclaredRouter(context: RouteDiscoveryContext, entry: RouterFrameworkEntry, node: TSESTree.Node): boolean {
  const declared = findDeclaredTypeNames(context.sourceCode, node);
  if (declared.some((type) => entry.modules.includes(type.module) && entry.routerTypeNames.includes(type.path.at(-1) ?? ''))) return true;
  const { typeInformation } = context;
  if (typeInformation) {
    const type = typeInformation.services.getTypeAtLocation(node);
    if ((type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) === 0) {
      const origin = getTypeOrigin(typeInformation, node);
      return entry.typePackages.some((name) => origin.packages.has(name)) && entry.routerTypeNames.some((name) => origin.names.has(name));
    }
  }
  if (declared.length > 0 || node.type !== AST_NODE_TYPES.Identifier || !entry.modules.some((module) => context.importedModules.has(module))) return false;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), node);
  // A router handed in as a parameter (`export default (app) => { ... }`) or imported from the module that creates it.
  return variable?.defs[0]?.type === 'Parameter' || variable?.defs[0]?.type === 'ImportBinding';
}

/** `app.use('/api', router)`, `app.route('/api', sub)`, `router.use('/api', nested.routes())`: mounted variable → path. */
function findMountPrefixes(context: RouteDiscoveryContext, calls: readonly TSESTree.CallExpression[]): Map<unknown, string> {
  const mounts = new Map<unknown, string>();
  const mountMethods = new Set(ROUTER_FRAMEWORKS.flatMap((entry) => entry.mountMethods));
  for (const call of calls) {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !mountMethods.has(getStaticPropertyName(callee) ?? '')) continue;
    const [pathArgument, ...rest] = call.arguments;
    const prefix = pathArgument && getStaticString(context.sourceCode, pathArgument, context.typeInformation);
    if (prefix === undefined) continue;
    for (const mounted of rest) {
      let target = skipTypeWrappers(mounted);
      // Koa: `nested.routes()`.
      if (target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression) target = skipTypeWrappers(target.callee.object);
      if (target.type !== AST_NODE_TYPES.Identifier) continue;
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(target), target);
      const parentPrefix = callee.object.type === AST_NODE_TYPES.Identifier ? findMountPrefix(context, callee.object, mounts) : '';
      if (variable) mounts.set(variable, joinPaths(parentPrefix, prefix));
    }
  }
  return mounts;
}

function findMountPrefix(context: RouteDiscoveryContext, identifier: TSESTree.Identifier, mounts: ReadonlyMap<unknown, string>): string {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  return (variable && mounts.get(variable)) ?? '';
}

/** `asyncHandler(withSpan('x', async (req, res) => { ... }))` → the inner function and the two wrapper calls. */
export function unwrapHandler(expression: TSESTree.Node): { handler: TSESTree.Node; wrappers: TSESTree.CallExpression[] } {
  const wrappers: TSESTree.CallExpression[] = [];
  let current = skipTypeWrappers(expression);
  while (current.type === AST_NODE_TYPES.CallExpression) {
    // `controller.checkout.bind(controller)` is the method itself.
    const callee = skipTypeWrappers(current.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(callee) === 'bind') {
      current = skipTypeWrappers(callee.object);
      continue;
    }
    const inner = [...current.arguments].reverse().find((argument) => isHandlerLike(skipTypeWrappers(argument)));
    if (!inner) break;
    wrappers.push(current);
    current = skipTypeWrappers(inner);
  }
  return { handler: current, wrappers };
}

function isHandlerLike(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.CallExpression
  );
}

/**
 * The routes a file defines by its place in the tree (Next.js `app/api/checkout/route.ts` → `/api/checkout`), each with
 * the exported names that handle it. Empty for files that are not route files.
 */
export function getFileRoutes(fileName: string): { framework: string; path: string; handlerExports: Readonly<Record<string, HttpMethod>> }[] {
  const segments = fileName.replace(/\\/g, '/').split('/');
  const base = segments.pop() ?? '';
  const extension = path.posix.extname(base);
  const stem = base.slice(0, base.length - extension.length);
  return FILE_FRAMEWORKS.flatMap((entry) => {
    if (!entry.extensions.includes(extension)) return [];
    if (entry.fileBaseName !== undefined && stem !== entry.fileBaseName) return [];
    const root = findLastSequence(segments, entry.rootSegments);
    if (root === undefined) return [];
    const folders = segments.slice(root + entry.rootSegments.length);
    if (entry.fileBaseName === undefined && stem !== 'index') folders.push(stem);
    const routeSegments = folders.filter((folder) => !entry.ignoredFolderPrefixes.some((prefix) => folder.startsWith(prefix)));
    return [{ framework: entry.name, path: joinPaths(entry.pathPrefix, `/${routeSegments.join('/')}`), handlerExports: entry.handlerExports }];
  });
}

/** Whether a file imports a front-end framework, which makes it client code. */
export function importsClientFramework(importedModules: ReadonlySet<string>): boolean {
  return CLIENT_MODULES.some((module) => importedModules.has(module));
}

/** The route of a decorated controller method: NestJS `@Post(':id/pay')` under `@Controller('orders')` → POST /orders/:id/pay. */
export function getDecoratedRoute(
  sourceCode: Readonly<TSESLint.SourceCode>,
  method: TSESTree.MethodDefinition,
): { framework: string; method: HttpMethod; path: string } | undefined {
  const classNode = method.parent.parent;
  if (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression) return undefined;
  for (const entry of DECORATOR_FRAMEWORKS) {
    const controller = classNode.decorators.find((decorator) => isDecoratorFrom(sourceCode, decorator, entry.modules, entry.controllerDecorators));
    if (!controller) continue;
    for (const decorator of method.decorators) {
      const name = getDecoratorName(sourceCode, decorator, entry.modules);
      const httpMethod = name !== undefined && Object.hasOwn(entry.methodDecorators, name) ? entry.methodDecorators[name] : undefined;
      if (!httpMethod) continue;
      const controllerPath = getDecoratorPath(sourceCode, controller, entry.controllerPathProperty);
      const methodPath = getDecoratorPath(sourceCode, decorator, undefined);
      if (controllerPath === undefined || methodPath === undefined) return undefined;
      return { framework: entry.name, method: httpMethod, path: joinPaths(`/${controllerPath}`, `/${methodPath}`) };
    }
  }
  return undefined;
}

function isDecoratorFrom(sourceCode: Readonly<TSESLint.SourceCode>, decorator: TSESTree.Decorator, modules: readonly string[], names: readonly string[]): boolean {
  const name = getDecoratorName(sourceCode, decorator, modules);
  return name !== undefined && names.includes(name);
}

function getDecoratorName(sourceCode: Readonly<TSESLint.SourceCode>, decorator: TSESTree.Decorator, modules: readonly string[]): string | undefined {
  const expression = skipTypeWrappers(decorator.expression);
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
  const qualified = resolveQualifiedName(sourceCode, callee);
  return qualified && modules.includes(qualified.module) && qualified.path.length === 1 ? qualified.path[0] : undefined;
}

/** `@Post()` → '', `@Post('pay')` → 'pay', `@Post(['pay', 'charge'])` → 'pay', `@Controller({ path: 'orders' })` → 'orders'. */
function getDecoratorPath(sourceCode: Readonly<TSESLint.SourceCode>, decorator: TSESTree.Decorator, pathProperty: string | undefined): string | undefined {
  const expression = skipTypeWrappers(decorator.expression);
  if (expression.type !== AST_NODE_TYPES.CallExpression) return '';
  let argument: TSESTree.Node | undefined = expression.arguments[0];
  if (!argument) return '';
  if (argument.type === AST_NODE_TYPES.ObjectExpression && pathProperty) {
    argument = findProperty(argument, pathProperty)?.value;
    if (!argument) return '';
  }
  if (argument.type === AST_NODE_TYPES.ArrayExpression) argument = argument.elements[0] ?? undefined;
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(sourceCode, argument) : undefined;
}

function findLastSequence(segments: readonly string[], sequence: readonly string[]): number | undefined {
  for (let start = segments.length - sequence.length; start >= 0; start--) {
    if (sequence.every((segment, offset) => segments[start + offset] === segment)) return start;
  }
  return undefined;
}

function toHttpMethod(value: string): HttpMethod | undefined {
  const upper = value.toUpperCase();
  const known: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ALL'];
  return known.find((method) => method === upper);
}

/** Joins route path parts with single slashes: `('/api/', '/orders')` → `/api/orders`; `('', '/')` → `/`. */
export function joinPaths(...parts: readonly string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment.length > 0)
    .join('/');
  return `/${joined}`;
}
