import * as path from 'node:path';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { HttpMethod } from '../catalogs/types';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import { getClassSubjectWords, getFileSubjectWords, isPlumbingFile, matchCriticalName, matchCriticalProcedure, matchCriticalRoute } from './critical-names';
import { getCriticalTag } from './critical-tags';
import { resolveFunction } from './function-resolution';
import { indexFile, type FileIndex, type FunctionUnit } from './function-units';
import { createInstrumentationFinder, type InstrumentationEvidence } from './instrumentation-evidence';
import { findProcedureRoutes } from './procedure-routes';
import { findRouterCallRoutes, getDecoratedRoute, getFileRoutes, importsClientFramework, type RouteRegistration } from './route-handlers';
import { isBrowserModule, isScriptFile } from './service-code';
import { isTestFile } from './test-files';
import type { TypeInformation } from './type-information';
import { findInitializer } from './value-origin';
import { splitWords } from './words';

/** The options of `instrument-critical-path`, which the analysis takes as they are. */
export interface CriticalPathOptions {
  readonly critical: {
    /** Function names (`placeOrder`) or `Class.method` names that are critical. */
    readonly names: readonly string[];
    /** Routes that are critical: `POST /orders`, `/orders/*` (any method); `*` matches one path segment, `**` the rest. */
    readonly routes: readonly string[];
    /** `default` uses the built-in vocabulary on names and routes; `none` keeps only tags and the lists above. */
    readonly vocabulary: 'default' | 'none';
  };
  /** Names of wrappers and decorators that instrument what they wrap (`withSpan`, `Traced`), for ones the rule cannot read. */
  readonly instrumenters: readonly string[];
}

export const DEFAULT_CRITICAL_PATH_OPTIONS: CriticalPathOptions = { critical: { names: [], routes: [], vocabulary: 'default' }, instrumenters: [] };

/** The rule's options as a config writes them: every part optional. */
export interface CriticalPathOptionsInput {
  readonly critical?: Partial<CriticalPathOptions['critical']>;
  readonly instrumenters?: readonly string[];
}

/** Completes options as written in a config with the defaults, exactly as the rule reads them. */
export function withCriticalPathDefaults(options: CriticalPathOptionsInput | undefined): CriticalPathOptions {
  const defaults = DEFAULT_CRITICAL_PATH_OPTIONS;
  return {
    critical: {
      names: options?.critical?.names ?? defaults.critical.names,
      routes: options?.critical?.routes ?? defaults.critical.routes,
      vocabulary: options?.critical?.vocabulary ?? defaults.critical.vocabulary,
    },
    instrumenters: options?.instrumenters ?? defaults.instrumenters,
  };
}

/**
 * Why a function is critical, as the rule's message words it: `tagged @critical checkout-success`,
 * `it handles POST /checkout`, `its name says payment`. The root route of a router names its file.
 */
export function describeCriticalReason(reason: CriticalReason | undefined, fileName: string): string {
  switch (reason?.kind) {
    case 'tag':
      return reason.sli === undefined ? 'tagged @critical' : `tagged @critical ${reason.sli}`;
    case 'route': {
      if (isProcedurePath(reason.path)) return `it handles the ${reason.framework} procedure ${reason.path}`;
      // The root of a router is named by its file (`orders.routes.ts`): say so, or `POST /` explains nothing.
      const where = reason.path === '/' ? ` of ${path.basename(fileName)}` : '';
      return `it handles ${formatRoute(reason)}${where}${reason.isConfigured ? ', listed in critical.routes' : ''}`;
    }
    case 'configured-name':
      return 'listed in critical.names';
    case 'name':
      return `its ${reason.fromFile ? 'file ' : ''}name says ${reason.topic}`;
    default:
      return 'critical';
  }
}

/** `POST /checkout`; a route of every method by its path, an RPC procedure by its dotted name (`billing.createCheckout`). */
function formatRoute(route: { readonly method: HttpMethod; readonly path: string }): string {
  return route.method === 'ALL' || isProcedurePath(route.path) ? route.path : `${route.method} ${route.path}`;
}

function isProcedurePath(routePath: string): boolean {
  return !routePath.startsWith('/') && routePath !== '*';
}

/** Why a function is critical. */
export type CriticalReason =
  | { readonly kind: 'tag'; readonly sli?: string }
  | { readonly kind: 'route'; readonly framework: string; readonly method: HttpMethod; readonly path: string; readonly isConfigured: boolean }
  | { readonly kind: 'configured-name' }
  /** `fromFile`: a generic entry point (`export const handler`) named by its file (`process-payment.ts`). */
  | { readonly kind: 'name'; readonly topic: string; readonly fromFile?: boolean };

/** A critical function of the file and whether it records a span or a metric. */
export interface CriticalPath {
  /** How messages name it: `capturePayment`, `CheckoutService.placeOrder`, or `POST /checkout` for an anonymous handler. */
  readonly name: string;
  /** False for anonymous route handlers, which `name` calls by their route. */
  readonly isNamed: boolean;
  /** The span name a fix would use: the route (`POST /checkout`) or the qualified function name. */
  readonly spanName: string;
  /** Every reason found, the strongest first (tag, route, configured name, vocabulary name). */
  readonly reasons: readonly CriticalReason[];
  /** The SLI a `@critical` tag names, when one does. */
  readonly sli: string | undefined;
  readonly isInstrumented: boolean;
  /** What instruments it, when something does. */
  readonly instrumentation: InstrumentationEvidence | undefined;
  /** Where a report goes: the function's name, or the head of an anonymous handler. */
  readonly loc: TSESTree.SourceLocation;
  readonly range: TSESTree.Range;
  /** The function itself (the rule's fix rewrites its body). */
  readonly fn: TSESTree.FunctionLike;
}

/** The file to analyse. `typeInformation` is optional: without it, cross-file wrappers are judged by their names. */
export interface CriticalPathSource {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly fileName: string;
  readonly typeInformation?: TypeInformation;
}

/**
 * Exported entry points named for their role rather than their job (AWS Lambda's `handler`, a worker's `main`, an
 * anonymous default export): the file says what they do (`functions/process-payment.ts`).
 */
const ENTRY_POINT_NAMES: ReadonlySet<string> = new Set(['handler', 'lambdaHandler', 'main', 'default']);

/**
 * Functions whose last parameter is `next` and that call `next()` to pass the request on are middleware: they guard a
 * route, they are not the critical operation. A controller that only hands errors to `next(err)` is a handler.
 */
const MIDDLEWARE_LAST_PARAMETER = 'next';

/**
 * Finds the critical paths of a file (functions tagged `@critical`, route handlers whose route or name matches the
 * vocabulary, exported functions and public methods whose names match it, and the names and routes the options list)
 * and whether each records a span or a metric. Pure: it reads the source code (and, when given, the type checker and
 * the file's nearest package.json) and reports nothing. `instrument-critical-path` reports from it, and the workspace
 * engine computes coverage from it.
 */
export function findCriticalPaths(source: CriticalPathSource, options: CriticalPathOptions = DEFAULT_CRITICAL_PATH_OPTIONS): CriticalPath[] {
  const { sourceCode, fileName, typeInformation } = source;
  const index = indexFile(sourceCode);
  // Browser code calls the critical path rather than being it, and a script (`scripts/seed-orders.ts`) serves no caller.
  const isClientCode = importsClientFramework(index.importedModules) || isBrowserModule(sourceCode);
  const useVocabulary = options.critical.vocabulary === 'default' && !isTestFile(fileName) && !isScriptFile(fileName) && !isClientCode;
  const fileWords = [path.basename(path.dirname(fileName)), path.basename(fileName).replace(/\..*$/, '')].flatMap(splitWords);
  const candidates = new Map<TSESTree.FunctionLike, Candidate>();
  const unitsByFunction = new Map(index.units.map((unit) => [unit.fn, unit]));
  const addReason = (fn: TSESTree.FunctionLike, unit: FunctionUnit | undefined, reason: CriticalReason, route?: RouteRegistration): void => {
    const candidate = candidates.get(fn) ?? { fn, unit, reasons: [], routes: [] };
    candidate.reasons.push(reason);
    if (route) candidate.routes.push(route);
    candidates.set(fn, candidate);
  };

  for (const unit of index.units) {
    for (const reason of getUnitReasons(sourceCode, index, unit, options, useVocabulary, fileName, fileWords)) addReason(unit.fn, unit, reason);
  }
  for (const route of findRoutes(sourceCode, fileName, typeInformation, index)) {
    const fn = findHandlerFunction(sourceCode, route.handler, unitsByFunction, index);
    if (!fn) continue;
    const unit = unitsByFunction.get(fn);
    const reason = getRouteReason(route, unit, options, useVocabulary, fileName, fileWords);
    if (reason) addReason(fn, unit, reason, route);
  }

  const findInstrumentation = createInstrumentationFinder({ sourceCode, typeInformation, calls: index.calls, instrumenters: new Set(options.instrumenters) });
  return [...candidates.values()]
    .sort((a, b) => a.fn.range[0] - b.fn.range[0])
    .map((candidate) => toCriticalPath(sourceCode, candidate, findInstrumentation));
}

interface Candidate {
  readonly fn: TSESTree.FunctionLike;
  readonly unit: FunctionUnit | undefined;
  readonly reasons: CriticalReason[];
  readonly routes: RouteRegistration[];
}

function toCriticalPath(
  sourceCode: Readonly<TSESLint.SourceCode>,
  candidate: Candidate,
  findInstrumentation: ReturnType<typeof createInstrumentationFinder>,
): CriticalPath {
  const { fn, unit, routes } = candidate;
  const reasons = [...candidate.reasons].sort((a, b) => REASON_ORDER.indexOf(a.kind) - REASON_ORDER.indexOf(b.kind));
  const route = reasons.find((reason): reason is Extract<CriticalReason, { kind: 'route' }> => reason.kind === 'route');
  const routeLabel = route && formatRoute(route);
  const qualifiedName = unit && (unit.owner ? `${unit.owner.name}.${unit.name}` : unit.name);
  // A route file's `export async function POST` is named after its method: messages call it by its route.
  const isNamed = qualifiedName !== undefined && !(routeLabel !== undefined && unit !== undefined && !unit.owner && isHttpMethodName(unit.name));
  const instrumentation = findInstrumentation({
    fn,
    wrappers: [...(unit?.wrappers ?? []), ...routes.flatMap((registration) => registration.wrappers)],
    decorators: [...(unit?.decorators ?? []), ...(unit?.owner?.decorators ?? [])],
    binding: unit?.binding,
  });
  const reportNode = unit?.nameNode;
  const range: TSESTree.Range = reportNode ? reportNode.range : [fn.range[0], getHeadEnd(sourceCode, fn)];
  return {
    name: isNamed ? qualifiedName : (routeLabel ?? 'anonymous function'),
    isNamed,
    spanName: routeLabel ?? qualifiedName ?? 'anonymous function',
    reasons,
    sli: reasons.flatMap((reason) => (reason.kind === 'tag' && reason.sli !== undefined ? [reason.sli] : []))[0],
    isInstrumented: instrumentation !== undefined,
    instrumentation,
    loc: { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) },
    range,
    fn,
  };
}

const REASON_ORDER: readonly CriticalReason['kind'][] = ['tag', 'route', 'configured-name', 'name'];

/** The end of an anonymous function's head (`async (req, res) =>`), so a report underlines the handler, not its whole body. */
function getHeadEnd(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike): number {
  const bodyStart = fn.body ? fn.body.range[0] : fn.range[1];
  const before = sourceCode.getTokenBefore({ range: [bodyStart, bodyStart] } as TSESTree.Node);
  return before && before.range[1] > fn.range[0] ? before.range[1] : fn.range[1];
}

function getUnitReasons(
  sourceCode: Readonly<TSESLint.SourceCode>,
  index: FileIndex,
  unit: FunctionUnit,
  options: CriticalPathOptions,
  useVocabulary: boolean,
  fileName: string,
  fileWords: readonly string[],
): CriticalReason[] {
  const reasons: CriticalReason[] = [];
  const tag = getCriticalTag(sourceCode, unit.declaration) ?? (unit.owner?.kind === 'class' && unit.isPublic ? getCriticalTag(sourceCode, unit.owner.declaration) : undefined);
  if (tag) reasons.push({ kind: 'tag', ...(tag.sli === undefined ? {} : { sli: tag.sli }) });
  const qualifiedName = unit.owner ? `${unit.owner.name}.${unit.name}` : unit.name;
  if (options.critical.names.includes(qualifiedName) || options.critical.names.includes(unit.name)) reasons.push({ kind: 'configured-name' });
  if (useVocabulary && !isPlumbingFile(fileName) && isNameCandidate(sourceCode, index, unit)) {
    // JSX files default-export components, not entry points.
    const isEntryPoint = !unit.owner && ENTRY_POINT_NAMES.has(unit.name) && !/\.[jt]sx$/.test(fileName);
    const match = isEntryPoint ? matchCriticalName(getFileSubjectWords(fileName).join(' '), fileWords) : matchUnitName(unit, fileWords);
    if (match) reasons.push(isEntryPoint ? { kind: 'name', topic: match.topic, fromFile: true } : { kind: 'name', topic: match.topic });
  }
  return reasons;
}

/** Exported functions and public methods of exported classes and objects; not components, middleware or generators of the framework. */
function isNameCandidate(sourceCode: Readonly<TSESLint.SourceCode>, index: FileIndex, unit: FunctionUnit): boolean {
  const isExported = unit.owner
    ? unit.owner.isDirectlyExported || (unit.owner.localName !== undefined && index.exportedLocals.has(unit.owner.localName))
    : unit.isDirectlyExported || index.exportedLocals.has(unit.name);
  if (!isExported || !unit.isPublic) return false;
  // PascalCase functions are components and constructors (`CheckoutPage`); `POST` is a route export, handled as a route.
  if (!unit.owner && /^[A-Z]/.test(unit.name)) return false;
  return !isMiddleware(sourceCode, unit.fn);
}

function isMiddleware(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike): boolean {
  const lastParameter = fn.params.at(-1);
  if (lastParameter?.type !== AST_NODE_TYPES.Identifier || lastParameter.name !== MIDDLEWARE_LAST_PARAMETER) return false;
  const next = sourceCode.getDeclaredVariables(fn).find((variable) => variable.name === MIDDLEWARE_LAST_PARAMETER);
  return (next?.references ?? []).some(({ identifier }) => {
    const parent = identifier.parent;
    return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier && parent.arguments.length === 0;
  });
}

/** A one-word method borrows its class's subject (`OrderService.create` → create order); plumbing classes never match. */
function matchUnitName(unit: FunctionUnit, fileWords: readonly string[]): ReturnType<typeof matchCriticalName> {
  if (!unit.owner) return matchCriticalName(unit.name, fileWords);
  const owner = getClassSubjectWords(unit.owner.name);
  if (!owner) return undefined;
  const isOneWord = splitWords(unit.name).length === 1;
  const name = isOneWord && owner.isServiceRole ? [unit.name, ...owner.subject].join(' ') : unit.name;
  return matchCriticalName(name, [...owner.subject, ...fileWords]);
}

function findRoutes(sourceCode: Readonly<TSESLint.SourceCode>, fileName: string, typeInformation: TypeInformation | undefined, index: FileIndex): RouteRegistration[] {
  const routes = [...findRouterCallRoutes({ sourceCode, typeInformation, importedModules: index.importedModules }, index.calls), ...findProcedureRoutes(index.calls)];
  const fileRoutes = getFileRoutes(fileName);
  for (const unit of index.units) {
    if (unit.method) {
      const decorated = getDecoratedRoute(sourceCode, unit.method);
      if (decorated) routes.push({ ...decorated, handler: unit.fn, wrappers: [] });
    }
    if (fileRoutes.length === 0 || unit.owner) continue;
    const exportedNames = [...(unit.isDirectlyExported ? [isDefaultExport(unit) ? 'default' : unit.name] : []), ...(index.exportedLocals.get(unit.name) ?? [])];
    for (const fileRoute of fileRoutes) {
      for (const exported of exportedNames) {
        const method = Object.hasOwn(fileRoute.handlerExports, exported) ? fileRoute.handlerExports[exported] : undefined;
        if (method) routes.push({ framework: fileRoute.framework, method, path: fileRoute.path, handler: unit.fn, wrappers: [] });
      }
    }
  }
  return routes;
}

function isDefaultExport(unit: FunctionUnit): boolean {
  return unit.declaration.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

/**
 * The function a route's handler expression denotes in this file: inline, a named function or wrapped constant,
 * `this.checkout`, or a method of an object literal or class instance of the file (`controller.checkout`).
 */
function findHandlerFunction(
  sourceCode: Readonly<TSESLint.SourceCode>,
  handler: TSESTree.Node,
  unitsByFunction: ReadonlyMap<TSESTree.FunctionLike, FunctionUnit>,
  index: FileIndex,
): TSESTree.FunctionLike | undefined {
  const node = skipTypeWrappers(handler);
  if (node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration) return node;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0]?.node;
    return index.units.find((candidate) => candidate.binding !== undefined && candidate.binding === definition)?.fn;
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = skipTypeWrappers(node.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    const resolved = resolveFunction(sourceCode, undefined, node);
    return resolved?.where === 'this-file' && unitsByFunction.has(resolved.node) ? resolved.node : undefined;
  }
  const name = getStaticPropertyName(node);
  const owner = object.type === AST_NODE_TYPES.Identifier ? findOwnerNode(sourceCode, object) : undefined;
  return owner && index.units.find((candidate) => candidate.owner?.node === owner && candidate.name === name)?.fn;
}

/** `controller` → the object literal it is initialised with, or the class of the file it is a `new` instance of. */
function findOwnerNode(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const init = findInitializer(sourceCode, identifier);
  const value = init && skipTypeWrappers(init);
  if (value?.type === AST_NODE_TYPES.ObjectExpression) return value;
  if (value?.type !== AST_NODE_TYPES.NewExpression || value.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = ASTUtils.findVariable(sourceCode.getScope(value.callee), value.callee)?.defs[0];
  return definition?.type === 'ClassName' ? definition.node : undefined;
}

function getRouteReason(
  route: RouteRegistration,
  unit: FunctionUnit | undefined,
  options: CriticalPathOptions,
  useVocabulary: boolean,
  fileName: string,
  fileWords: readonly string[],
): CriticalReason | undefined {
  const base = { kind: 'route', framework: route.framework, method: route.method, path: route.path } as const;
  if (options.critical.routes.some((pattern) => matchesRoutePattern(pattern, route.method, route.path))) return { ...base, isConfigured: true };
  if (!useVocabulary) return undefined;
  const byPath = isProcedurePath(route.path) ? matchCriticalProcedure(route.path) : matchCriticalRoute(route.method, route.path, fileName, fileWords);
  const byHandlerName = unit && !isHttpMethodName(unit.name) && !['GET', 'HEAD', 'OPTIONS'].includes(route.method) ? matchUnitName(unit, fileWords) : undefined;
  return byPath || byHandlerName ? { ...base, isConfigured: false } : undefined;
}

function isHttpMethodName(name: string): boolean {
  return /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ALL|fallback|default)$/.test(name);
}

/** `POST /orders/*` or `/orders/**`: an optional method, then segments where `*` is one segment and `**` the rest. */
export function matchesRoutePattern(pattern: string, method: HttpMethod, routePath: string): boolean {
  const [first = '', second] = pattern.trim().split(/\s+/);
  const patternMethod = second === undefined ? undefined : first.toUpperCase();
  const patternPath = second ?? first;
  if (patternMethod !== undefined && patternMethod !== method && method !== 'ALL') return false;
  const wanted = patternPath.split('/').filter(Boolean);
  const actual = routePath.split('/').filter(Boolean);
  const doubleStar = wanted.indexOf('**');
  if (doubleStar !== -1) return actual.length >= doubleStar && wanted.slice(0, doubleStar).every((segment, position) => matchesSegment(segment, actual[position] ?? ''));
  return wanted.length === actual.length && wanted.every((segment, position) => matchesSegment(segment, actual[position] ?? ''));
}

function matchesSegment(wanted: string, actual: string): boolean {
  return wanted === '*' || (isParameter(wanted) ? isParameter(actual) : wanted === actual);
}

/** `:id`, `[id]`, `{id}`: parameters match each other whatever their spelling. */
function isParameter(segment: string): boolean {
  return /^[:[{]/.test(segment);
}
