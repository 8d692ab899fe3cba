// Catalog entry types: web-frameworks: how HTTP route handlers are registered (read by src/util/route-handlers.ts).

import type { CatalogSource } from './catalog-source';

/** An HTTP method as route shapes name it; `ALL` is a handler for every method (Express `all`, a Pages API route). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'ALL';

/** How an application or router object is created from a framework module: `express.Router()`, `new Hono()`, `new Router({ prefix })`. */
export interface RouterSource {
  /** Properties read from the module's main export (`[]` is the default or namespace import itself). */
  readonly path: readonly string[];
  readonly use: 'call' | 'new';
  /** Property of the first argument's options object that prefixes every route of the router (Koa `prefix`). */
  readonly prefixOption?: string;
}

/** Fastify's `route({ method, url, handler })`: a method taking one route object, and the object's property names. */
export interface RouteObjectShape {
  readonly method: string;
  readonly methodProperty: string;
  readonly pathProperty: string;
  readonly handlerProperty: string;
}

/** Frameworks whose routes are registered by calls on an application or router: `router.post('/checkout', handler)`. */
export interface RouterFrameworkEntry {
  readonly kind: 'router';
  readonly name: string;
  readonly modules: readonly string[];
  /** npm packages declaring the router types; typed linting confirms receivers against them. */
  readonly typePackages: readonly string[];
  readonly routers: readonly RouterSource[];
  /** Type names of applications and routers, recognised on parameter annotations (`app: FastifyInstance`) and with type information. */
  readonly routerTypeNames: readonly string[];
  /**
   * Methods registering a handler for one HTTP method. The path is the last of the leading string arguments (Koa takes
   * an optional route name first); the function arguments are middleware and the last one handles the request.
   */
  readonly methods: Readonly<Record<string, HttpMethod>>;
  /** Property of an options object argument that holds the handler (Fastify `post('/x', { handler })`). */
  readonly handlerOption?: string;
  readonly routeObject?: RouteObjectShape;
  /** Methods that fix the path for chained registrations (Express `router.route('/checkout').post(handler)`). */
  readonly pathChainMethods: readonly string[];
  /** Methods that mount a sub-router under a path prefix (`app.use('/api', router)`, Hono `app.route('/api', sub)`). */
  readonly mountMethods: readonly string[];
  /** Methods that return the router with a path prefix (Hono `new Hono().basePath('/api')`). */
  readonly basePathMethods: readonly string[];
  readonly source: CatalogSource;
}

/** Frameworks whose routes are files: Next.js `app/api/checkout/route.ts` exporting `POST`. */
export interface FileRouteFrameworkEntry {
  readonly kind: 'file';
  readonly name: string;
  /** Path segments of the folder under which files are routes (`['app']`, `['pages', 'api']`); the last occurrence in a path counts. */
  readonly rootSegments: readonly string[];
  /** The route file's base name (`route`), or undefined when every file is a route named by its base name (`index` is the folder). */
  readonly fileBaseName?: string;
  readonly extensions: readonly string[];
  /** Kept in the route path (`pages/api` routes are served under `/api`). */
  readonly pathPrefix: string;
  /** Exported names that handle requests, and the method each handles (`default` handles every method). */
  readonly handlerExports: Readonly<Record<string, HttpMethod>>;
  /** Prefixes of folder names that add no path segment: route groups `(shop)`, parallel routes `@modal`, private folders `_lib`. */
  readonly ignoredFolderPrefixes: readonly string[];
  readonly source: CatalogSource;
}

/** Frameworks whose routes are decorated controller methods: NestJS `@Post('pay')` under `@Controller('orders')`. */
export interface DecoratorRouteFrameworkEntry {
  readonly kind: 'decorator';
  readonly name: string;
  readonly modules: readonly string[];
  readonly controllerDecorators: readonly string[];
  /** Property of an options-object argument holding the controller path (`@Controller({ path: 'orders' })`). */
  readonly controllerPathProperty: string;
  readonly methodDecorators: Readonly<Record<string, HttpMethod>>;
  readonly source: CatalogSource;
}

/**
 * Front-end frameworks: a file that imports one is client code (a component, a store, a thunk), where a function
 * named `checkout` or `submitOrder` calls the server rather than being its critical path.
 */
export interface ClientFrameworkEntry {
  readonly kind: 'client';
  readonly name: string;
  readonly modules: readonly string[];
  readonly source: CatalogSource;
}

/**
 * RPC frameworks whose procedures are properties of a router object: tRPC
 * `createTRPCRouter({ createCheckout: protectedProcedure.input(schema).mutation(async ({ input }) => ...) })`.
 */
export interface ProcedureFrameworkEntry {
  readonly kind: 'procedure';
  readonly name: string;
  /** Names of the calls that build a router from an object of procedures (`router`, `t.router`, `createTRPCRouter`). */
  readonly routerFactories: readonly string[];
  /** A word of the builder a procedure chain starts from (`protectedProcedure`, `t.procedure`). */
  readonly builderWord: string;
  /** Chain methods that define a procedure which changes state; queries and subscriptions read. */
  readonly writeMethods: readonly string[];
  readonly source: CatalogSource;
}

export type WebFrameworkEntry = RouterFrameworkEntry | FileRouteFrameworkEntry | DecoratorRouteFrameworkEntry | ProcedureFrameworkEntry | ClientFrameworkEntry;
