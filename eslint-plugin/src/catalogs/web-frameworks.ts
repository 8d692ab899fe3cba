import type { WebFrameworkEntry } from './types';

const STANDARD_METHODS = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD', options: 'OPTIONS', all: 'ALL' } as const;

/**
 * How web frameworks register HTTP route handlers, so `instrument-critical-path` can tell which function handles
 * `POST /checkout`: router calls (Express, Fastify, Koa, Hono), route files (Next.js, Medusa), decorated controllers (NestJS)
 * and RPC procedures (tRPC).
 */
export const webFrameworks = [
  {
    kind: 'router',
    name: 'Express',
    modules: ['express'],
    typePackages: ['express', 'express-serve-static-core'],
    routers: [
      { path: [], use: 'call' },
      { path: ['Router'], use: 'call' },
    ],
    routerTypeNames: ['Express', 'Application', 'Router', 'IRouter'],
    methods: STANDARD_METHODS,
    pathChainMethods: ['route'],
    mountMethods: ['use'],
    basePathMethods: [],
    source: { url: 'https://expressjs.com/en/5x/api.html#router.METHOD', version: 'express 5.3.0' },
  },
  {
    kind: 'router',
    name: 'Fastify',
    modules: ['fastify'],
    typePackages: ['fastify'],
    routers: [
      { path: [], use: 'call' },
      { path: ['fastify'], use: 'call' },
    ],
    routerTypeNames: ['FastifyInstance'],
    methods: STANDARD_METHODS,
    handlerOption: 'handler',
    routeObject: { method: 'route', methodProperty: 'method', pathProperty: 'url', handlerProperty: 'handler' },
    pathChainMethods: [],
    // `register(plugin, { prefix })` mounts a plugin function, not a router value: not followed.
    mountMethods: [],
    basePathMethods: [],
    source: { url: 'https://fastify.dev/docs/v5.6.x/Reference/Routes/', version: 'fastify 5.12.8' },
  },
  {
    kind: 'router',
    name: 'Koa Router',
    modules: ['@koa/router', 'koa-router'],
    typePackages: ['@koa/router', 'koa-router'],
    routers: [
      { path: [], use: 'new', prefixOption: 'prefix' },
      { path: ['Router'], use: 'new', prefixOption: 'prefix' },
    ],
    routerTypeNames: ['Router'],
    methods: { ...STANDARD_METHODS, del: 'DELETE' },
    pathChainMethods: [],
    // `router.use('/api', nested.routes())`.
    mountMethods: ['use'],
    basePathMethods: [],
    source: { url: 'https://github.com/koajs/router/blob/master/API.md', version: '@koa/router 15.7.0' },
  },
  {
    kind: 'router',
    name: 'Hono',
    modules: ['hono'],
    typePackages: ['hono'],
    routers: [{ path: ['Hono'], use: 'new' }],
    routerTypeNames: ['Hono'],
    methods: STANDARD_METHODS,
    pathChainMethods: [],
    mountMethods: ['route'],
    basePathMethods: ['basePath'],
    source: { url: 'https://hono.dev/docs/api/routing', version: 'hono 4.13.19' },
  },
  {
    kind: 'file',
    name: 'Next.js App Router',
    rootSegments: ['app'],
    fileBaseName: 'route',
    extensions: ['.ts', '.js', '.mts', '.mjs', '.tsx', '.jsx'],
    pathPrefix: '',
    handlerExports: { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', HEAD: 'HEAD', OPTIONS: 'OPTIONS' },
    ignoredFolderPrefixes: ['(', '@', '_'],
    source: { url: 'https://nextjs.org/docs/app/api-reference/file-conventions/route', version: 'next 16.4.6' },
  },
  {
    kind: 'file',
    name: 'Next.js Pages API routes',
    rootSegments: ['pages', 'api'],
    extensions: ['.ts', '.js', '.mts', '.mjs'],
    pathPrefix: '/api',
    // One default-exported handler answers every method (it usually branches on `req.method`).
    handlerExports: { default: 'ALL' },
    ignoredFolderPrefixes: ['_'],
    source: { url: 'https://nextjs.org/docs/pages/building-your-application/routing/api-routes', version: 'next 16.4.6' },
  },
  {
    kind: 'file',
    name: 'Medusa API routes',
    // `src/api/store/carts/[id]/complete/route.ts` exporting `POST` serves POST /store/carts/:id/complete.
    rootSegments: ['src', 'api'],
    fileBaseName: 'route',
    extensions: ['.ts', '.js'],
    pathPrefix: '',
    handlerExports: { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', HEAD: 'HEAD', OPTIONS: 'OPTIONS' },
    ignoredFolderPrefixes: [],
    source: { url: 'https://docs.medusajs.com/learn/fundamentals/api-routes', version: '@medusajs/medusa 2' },
  },
  {
    kind: 'file',
    name: 'SvelteKit endpoints',
    rootSegments: ['routes'],
    fileBaseName: '+server',
    extensions: ['.ts', '.js'],
    pathPrefix: '',
    handlerExports: { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', HEAD: 'HEAD', OPTIONS: 'OPTIONS', fallback: 'ALL' },
    // Route groups `(app)`; the other folder names (`[id]`, `[...rest]`) are path segments.
    ignoredFolderPrefixes: ['('],
    source: { url: 'https://svelte.dev/docs/kit/routing#server', version: '@sveltejs/kit 2' },
  },
  {
    kind: 'file',
    name: 'Astro endpoints',
    rootSegments: ['src', 'pages'],
    extensions: ['.ts', '.js'],
    pathPrefix: '',
    handlerExports: { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', HEAD: 'HEAD', OPTIONS: 'OPTIONS', ALL: 'ALL' },
    ignoredFolderPrefixes: ['_'],
    source: { url: 'https://docs.astro.build/en/guides/endpoints/#server-endpoints-api-routes', version: 'astro 5' },
  },
  {
    kind: 'decorator',
    name: 'NestJS',
    modules: ['@nestjs/common'],
    controllerDecorators: ['Controller'],
    controllerPathProperty: 'path',
    methodDecorators: { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD', Options: 'OPTIONS', All: 'ALL' },
    source: { url: 'https://docs.nestjs.com/controllers#routing', version: '@nestjs/common 11.2.10' },
  },
  {
    kind: 'procedure',
    name: 'tRPC',
    // `createTRPCRouter` is the create-t3-app name for `t.router`.
    routerFactories: ['router', 'createTRPCRouter', 'createRouter'],
    builderWord: 'procedure',
    writeMethods: ['mutation'],
    source: { url: 'https://trpc.io/docs/server/routers', version: '@trpc/server 11' },
  },
  {
    kind: 'client',
    name: 'front-end frameworks',
    modules: [
      'react', 'react-dom', 'react-native', 'next/navigation', 'next/router', 'next/link', 'redux', '@reduxjs/toolkit', 'react-redux',
      '@tanstack/react-query', 'swr', 'vue', 'pinia', 'vuex', '@angular/core', '@angular/common', 'svelte', 'svelte/store', 'solid-js', 'preact',
    ],
    source: { url: 'https://react.dev/reference/rsc/use-client', version: 'react 19' },
  },
] as const satisfies readonly WebFrameworkEntry[];
