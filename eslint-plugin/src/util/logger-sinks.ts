import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { loggers } from '../catalogs/loggers';
import type { LoggerEntry, LoggerMethods } from '../catalogs/types';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import { matchesModule, matchesPath } from './catalog-patterns';
import { findFactoryReturn } from './factory-returns';
import type { DeclarationSite, ImportedDeclarationFinder } from './imported-declarations';
import { resolveLibraryReexport } from './library-reexports';
import { GLOBAL_MODULE, resolveQualifiedName, type QualifiedName } from './module-bindings';
import type { TypeInformation } from './type-information';
import { getTypeOrigin } from './type-origin';
import { findInitializer } from './value-origin';
import { endsWithPhrase, splitWords } from './words';

/** Loggers the rule's `loggers` option adds, recognised by the name of the receiver or function. */
export interface ConfiguredLogger {
  /** Names (matched on their words, at the end of a name): `audit` matches `audit.info()`, `this.audit.info()` and `audit()`. */
  readonly names: readonly string[];
  /** Methods that write a record; by default the level names of the catalog's name-based `logger` entry. */
  readonly methods?: readonly string[];
  /** Report under the telemetry message. */
  readonly telemetry?: boolean;
}

/** Where a logger was created, when the rule can see it: the factory call and the child calls made from it since. */
export interface LoggerCreation {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly factoryCall: TSESTree.CallExpression | TSESTree.NewExpression;
  /** From the factory's logger to this one, in order: `logger.child(bindings, { redact })`. */
  readonly childCalls: readonly TSESTree.CallExpression[];
  /** Whether the factory call is in the linted file, where a fix may edit it. */
  readonly isInLintedFile: boolean;
}

/** A call that writes a log or telemetry record. */
export interface SinkCall {
  readonly entry: LoggerEntry;
  /** How its arguments carry data. */
  readonly methods: LoggerMethods;
  readonly creation?: LoggerCreation;
}

interface LoggerIdentity {
  readonly entry: LoggerEntry;
  readonly creation?: LoggerCreation;
}

export interface SinkMatcherContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly typeInformation?: TypeInformation;
  /** Follows imported loggers to their module, with type information. */
  readonly declarations?: ImportedDeclarationFinder;
  readonly configured: readonly ConfiguredLogger[];
}

/** A callable logger writes every argument, as does a child call its bindings. */
const ALL_ARGUMENTS: LoggerMethods = { names: [], arguments: 'all' };
/** How many assignments and child calls a logger is followed through. */
const MAX_DEPTH = 6;

/** Recognises sink calls: by how the logger was created, else by its type, else by its name (see `catalogs/loggers.ts`). */
export function createSinkMatcher(context: SinkMatcherContext): (call: TSESTree.CallExpression) => SinkCall | undefined {
  const entries = [...loggers, ...context.configured.map(toConfiguredEntry)];
  const methodNames = new Set(entries.flatMap((entry) => [...entry.methods.flatMap((methods) => methods.names), ...entry.childMethods]));
  const matcher = { ...context, entries, methodNames };
  return (call) => matchSinkCall(matcher, call);
}

type Matcher = SinkMatcherContext & {
  readonly entries: readonly LoggerEntry[];
  /** Every method that writes a record in some entry: other method calls are not looked at further. */
  readonly methodNames: ReadonlySet<string>;
};

function matchSinkCall(matcher: Matcher, call: TSESTree.CallExpression): SinkCall | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getStaticPropertyName(callee);
    if (method === undefined || !matcher.methodNames.has(method)) return undefined;
    const identity = identifyLogger(matcher, matcher.sourceCode, callee.object, 0);
    return identity && toSinkCall(identity, method);
  }
  // A module function imported by name: `import { setUser } from '@sentry/node'`.
  const qualified = resolveLibraryName(matcher, matcher.sourceCode, callee);
  const method = qualified?.path.at(-1);
  if (qualified && method !== undefined) {
    const owner = matchExport(matcher.entries, { module: qualified.module, path: qualified.path.slice(0, -1) });
    const sink = owner && toSinkCall({ entry: owner }, method);
    if (sink) return sink;
  }
  const identity = identifyLogger(matcher, matcher.sourceCode, callee, 0);
  return identity?.entry.isCallable ? { entry: identity.entry, methods: ALL_ARGUMENTS, creation: identity.creation } : undefined;
}

function toSinkCall(identity: LoggerIdentity, method: string): SinkCall | undefined {
  const methods = identity.entry.methods.find((candidate) => candidate.names.includes(method));
  if (methods) return { entry: identity.entry, methods, creation: identity.creation };
  // `logger.child({ userId })`: the bindings are written on every record of the child.
  if (identity.entry.childMethods.includes(method)) return { entry: identity.entry, methods: ALL_ARGUMENTS, creation: identity.creation };
  return undefined;
}

/** What logger an expression is: by its creation (followed through variables and imports), else its type, else its name. */
function identifyLogger(matcher: Matcher, sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth: number): LoggerIdentity | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = skipTypeWrappers(node);
  const isLintedFile = sourceCode === matcher.sourceCode;
  if (expression.type === AST_NODE_TYPES.CallExpression || expression.type === AST_NODE_TYPES.NewExpression) {
    const created = identifyCreation(matcher, sourceCode, expression, depth) ?? identifyFactoryMade(matcher, { sourceCode, node: expression }, undefined, depth);
    if (created) return created;
  } else {
    const qualified = resolveLibraryName(matcher, sourceCode, expression);
    const exported = qualified && matchExport(matcher.entries, qualified);
    if (exported) return { entry: exported };
    const initializer = findInitializer(sourceCode, expression);
    const initialized = initializer && identifyLogger(matcher, sourceCode, initializer, depth + 1);
    if (initialized) return initialized;
  }
  const typed = isLintedFile ? identifyByType(matcher, expression) : undefined;
  // The type identifies a library's logger; following its import (parsing that module) only adds where it was created,
  // which matters for a logger's own redaction, so `cache.set()` and `set.add()` never make the rule parse other modules.
  if (typed) return (typed.entry.redactOption && identifyImported(matcher, expression, depth)) || typed;
  return identifyByName(matcher.entries, expression);
}

/** `pino()`, `new Logger()`, `meter.createCounter()`, or a child of a logger: `logger.child({ module })`. */
function identifyCreation(
  matcher: Matcher,
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  depth: number,
): LoggerIdentity | undefined {
  const use = call.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
  const qualified = resolveQualifiedName(sourceCode, call.callee);
  const callee = skipTypeWrappers(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
  for (const entry of matcher.entries) {
    for (const source of entry.sources) {
      const isFactory =
        'method' in source
          ? source.method === method
          : source.use === use && qualified !== undefined && isFromModules(entry, qualified.module) && matchesPath(source.path, qualified.path);
      if (isFactory) return { entry, creation: { sourceCode, factoryCall: call, childCalls: [], isInLintedFile: sourceCode === matcher.sourceCode } };
    }
  }
  if (call.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.MemberExpression || method === undefined) return undefined;
  const parent = identifyLogger(matcher, sourceCode, callee.object, depth + 1);
  if (!parent?.entry.childMethods.includes(method)) return undefined;
  const creation = parent.creation && { ...parent.creation, childCalls: [...parent.creation.childCalls, call] };
  return { entry: parent.entry, creation };
}

/**
 * A logger imported from another module of the program, followed to its creation there (`import { logger } from
 * './logger'`), or made by a factory imported from one (`childLogger('orders')` → `logger.child({ module })`).
 */
function identifyImported(matcher: Matcher, expression: TSESTree.Node, depth: number): LoggerIdentity | undefined {
  if (!matcher.declarations) return undefined;
  if (expression.type === AST_NODE_TYPES.CallExpression) return identifyFactoryMade(matcher, { sourceCode: matcher.sourceCode, node: expression }, matcher.declarations, depth);
  if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declaration = matcher.declarations.findDeclaration({ sourceCode: matcher.sourceCode, node: expression });
  if (!declaration) return undefined;
  const initializer = declaration.node.type === AST_NODE_TYPES.Identifier ? findInitializer(declaration.sourceCode, declaration.node) : declaration.node;
  return initializer && identifyLogger(matcher, declaration.sourceCode, initializer, depth + 1);
}

/** The logger the application's own factory returns, followed into other modules only with `declarations`. */
function identifyFactoryMade(matcher: Matcher, site: DeclarationSite, declarations: ImportedDeclarationFinder | undefined, depth: number): LoggerIdentity | undefined {
  const returned = findFactoryReturn(site, declarations);
  return returned && identifyLogger(matcher, returned.sourceCode, returned.node, depth + 1);
}

function identifyByType(matcher: Matcher, expression: TSESTree.Node): LoggerIdentity | undefined {
  if (!matcher.typeInformation) return undefined;
  const origin = getTypeOrigin(matcher.typeInformation, expression);
  const entry = matcher.entries.find(
    (candidate) => candidate.typePackages.some((name) => origin.packages.has(name)) && candidate.typeNames.some((name) => origin.names.has(name)),
  );
  return entry && { entry };
}

/** `this.logger`, `req.log`, `checkoutSpan`: the last words of the receiver's name. */
function identifyByName(entries: readonly LoggerEntry[], expression: TSESTree.Node): LoggerIdentity | undefined {
  const name =
    expression.type === AST_NODE_TYPES.Identifier ? expression.name : expression.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(expression) : undefined;
  if (name === undefined) return undefined;
  const words = splitWords(name);
  const entry = entries.find((candidate) => candidate.receiverWords.some((phrase) => endsWithPhrase(words, splitWords(phrase))));
  return entry && { entry };
}

/** Where a name comes from; with type information, through the project's own re-export of a library (`export { Sentry }`). */
function resolveLibraryName(matcher: Matcher, sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): QualifiedName | undefined {
  const qualified = resolveQualifiedName(sourceCode, node);
  if (!qualified || qualified.module === GLOBAL_MODULE || !matcher.typeInformation || sourceCode !== matcher.sourceCode) return qualified;
  if (matcher.entries.some((entry) => isFromModules(entry, qualified.module))) return qualified;
  return resolveLibraryReexport(matcher.typeInformation, node) ?? qualified;
}

/** A module export or global that is a logger itself (`console`, `import * as Sentry`, `consola`, Nest's static `Logger`). */
function matchExport(entries: readonly LoggerEntry[], qualified: QualifiedName): LoggerEntry | undefined {
  return entries.find((entry) => {
    if (qualified.module === GLOBAL_MODULE) return qualified.path.length === 1 && entry.globals.includes(qualified.path[0] ?? '');
    return isFromModules(entry, qualified.module) && entry.sources.some((source) => 'use' in source && source.use === 'value' && matchesPath(source.path, qualified.path));
  });
}

function isFromModules(entry: LoggerEntry, module: string): boolean {
  return entry.modules.some((pattern) => matchesModule(pattern, module));
}

/** The catalog's name-based entry, whose level names configured loggers use by default. */
const NAMED_LOGGER = loggers.find((entry) => entry.name === 'logger');

function toConfiguredEntry(configured: ConfiguredLogger): LoggerEntry {
  if (!NAMED_LOGGER) throw new Error('no-pii-in-logs: catalogs/loggers.ts has no name-based `logger` entry for configured loggers to extend');
  return {
    ...NAMED_LOGGER,
    name: configured.names.join(', '),
    kind: configured.telemetry ? 'telemetry' : 'log',
    receiverWords: configured.names,
    methods: configured.methods ? [{ names: configured.methods, arguments: 'all' }] : NAMED_LOGGER.methods,
    childMethods: [],
  };
}
