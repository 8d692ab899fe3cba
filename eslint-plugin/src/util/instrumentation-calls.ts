import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { tracers } from '../catalogs/tracers';
import type { InstrumentationMethods, InstrumentationSource, SpanLifecycle, TracerEntry } from '../catalogs/types';
import { getMemberPath, getStaticPropertyName, skipTypeWrappers } from './ast';
import { findDeclaredTypeNames } from './declared-type';
import { resolveQualifiedName, type QualifiedName } from './module-bindings';
import type { TypeInformation } from './type-information';
import { getDeclaringPackage, getTypeOrigin } from './type-origin';
import { traceInitializer } from './value-origin';
import { splitWords } from './words';

/** A call or decorator that starts a span or records a metric, matched against the tracers catalog. */
export interface InstrumentationCall {
  /** The catalog entry's display name (`OpenTelemetry traces`). */
  readonly library: string;
  readonly kind: 'span' | 'metric';
  /** For spans: who ends them (`span-must-end` reads it). */
  readonly lifecycle?: SpanLifecycle;
}

const ENTRIES: readonly TracerEntry[] = tracers;

/** Every module some entry imports from: a callee resolved to one of them is a known library call, not an application helper. */
export const INSTRUMENTATION_MODULES: ReadonlySet<string> = new Set(ENTRIES.flatMap((entry) => entry.modules));

/** How sure a receiver match is: `specific` (traced to the library) wins over `any` (a distinctive method name on anything). */
type ReceiverMatch = 'specific' | 'any' | undefined;

/**
 * Matches a call against the tracers catalog: `tracer.startActiveSpan(...)`, `Sentry.startSpan(...)`,
 * `checkoutCounter.add(1)`, `histogram.labels('eu').observe(ms)`, `tracer.dogstatsd.increment(...)`.
 * A match traced to a library (Sentry's own `startSpan`) wins over a match on a method name alone. `kinds` narrows the
 * search (`span-must-end` looks at spans only, so `set.add(x)` never costs it a type lookup).
 */
export function matchInstrumentationCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  typeInformation: TypeInformation | undefined,
  kinds: readonly InstrumentationCall['kind'][] = ['span', 'metric'],
): InstrumentationCall | undefined {
  const callee = skipTypeWrappers(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
  if (name === undefined || !ENTRIES.some((entry) => entry.methods.some((methods) => kinds.includes(methods.kind) && (methods.names === 'any' || methods.names.includes(name))))) {
    return undefined;
  }
  const qualified = resolveQualifiedName(sourceCode, callee);
  let fallback: InstrumentationCall | undefined;
  for (const entry of ENTRIES) {
    for (const methods of entry.methods) {
      if (!kinds.includes(methods.kind) || (methods.names !== 'any' && !methods.names.includes(name))) continue;
      const match = isExportedFunction(entry, methods, qualified, name) ? 'specific' : matchReceiver(sourceCode, typeInformation, entry, methods, callee);
      if (match === 'specific') return toInstrumentationCall(entry, methods);
      if (match === 'any') fallback ??= toInstrumentationCall(entry, methods);
    }
  }
  return fallback;
}

/** Matches a decorator against the tracers catalog: nestjs-otel `@Span()` and `@Traceable()`, `@SentryTraced()`. */
export function matchInstrumentationDecorator(sourceCode: Readonly<TSESLint.SourceCode>, decorator: TSESTree.Decorator): InstrumentationCall | undefined {
  const expression = skipTypeWrappers(decorator.expression);
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
  const qualified = resolveQualifiedName(sourceCode, callee);
  const name = qualified?.path.length === 1 ? qualified.path[0] : undefined;
  if (!qualified || name === undefined) return undefined;
  for (const entry of ENTRIES) {
    if (!entry.modules.includes(qualified.module)) continue;
    const group = entry.decorators.find((decorators) => decorators.names.includes(name));
    if (group) return { library: entry.name, kind: group.kind };
  }
  return undefined;
}

/**
 * The same match on the TypeScript AST of another module (a wrapper or decorator followed there with the checker):
 * a distinctive method name, or a callee the checker declares in one of an entry's packages.
 */
export function isInstrumentationCallInDeclaration(typeInformation: TypeInformation, call: ts.CallExpression): boolean {
  const callee = call.expression;
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
  if (!nameNode) return false;
  const name = nameNode.text;
  const candidates = ENTRIES.filter((entry) => entry.methods.some((methods) => methods.names !== 'any' && methods.names.includes(name)));
  if (candidates.length === 0) return false;
  if (candidates.some((entry) => entry.sources.some((source) => 'use' in source && source.use === 'any'))) return true;
  const { checker } = typeInformation;
  let symbol = checker.getSymbolAtLocation(nameNode);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const packages = (symbol?.getDeclarations() ?? []).map((declaration) => getDeclaringPackage(declaration.getSourceFile().fileName));
  return candidates.some((entry) => packages.some((declaringPackage) => declaringPackage !== undefined && entry.typePackages.includes(declaringPackage)));
}

function toInstrumentationCall(entry: TracerEntry, methods: InstrumentationMethods): InstrumentationCall {
  return methods.lifecycle ? { library: entry.name, kind: methods.kind, lifecycle: methods.lifecycle } : { library: entry.name, kind: methods.kind };
}

/** `Sentry.startSpan`, `import { startSpan } from '@sentry/node'`, `tracer.trace` on dd-trace's default export. */
function isExportedFunction(entry: TracerEntry, methods: InstrumentationMethods, qualified: QualifiedName | undefined, name: string): boolean {
  if (!qualified || !entry.modules.includes(qualified.module)) return false;
  return entry.sources.some((source) => 'path' in source && source.use === 'value' && isPath(qualified.path, [...source.path, ...methods.path, name]));
}

function matchReceiver(
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInformation: TypeInformation | undefined,
  entry: TracerEntry,
  methods: InstrumentationMethods,
  callee: TSESTree.Node,
): ReceiverMatch {
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const instance = findInstance(callee.object, methods.path, entry.passThroughMethods);
  if (!instance) return undefined;
  if (entry.sources.some((source) => 'use' in source && source.use === 'any')) return 'any';
  const origin = instance.type === AST_NODE_TYPES.CallExpression || instance.type === AST_NODE_TYPES.NewExpression ? instance : traceInitializer(sourceCode, instance);
  if (origin && entry.sources.some((source) => isCreatedBy(sourceCode, entry, source, origin))) return 'specific';
  if (isAnnotatedAs(sourceCode, entry, instance)) return 'specific';
  if (typeInformation && entry.typeNames.length > 0 && !isUntyped(typeInformation, instance)) {
    const typeOrigin = getTypeOrigin(typeInformation, instance);
    const isInstrument = entry.typePackages.some((name) => typeOrigin.packages.has(name)) && entry.typeNames.some((name) => typeOrigin.names.has(name));
    return isInstrument ? 'specific' : undefined;
  }
  // A receiver the rule cannot trace (imported, injected) counts by its name; one traced to something else does not.
  if (origin && entry.sources.length > 0) return undefined;
  const words = (getMemberPath(instance) ?? []).flatMap(splitWords);
  return entry.receiverWords.some((word) => words.includes(word)) ? 'specific' : undefined;
}

/** Strips the properties between the instrumentation object and the method, and pass-through calls (`counter.labels('eu')`). */
function findInstance(receiver: TSESTree.Node, path: readonly string[], passThroughMethods: readonly string[]): TSESTree.Node | undefined {
  let current = skipTypeWrappers(receiver);
  for (let index = path.length - 1; index >= 0; index--) {
    if (current.type !== AST_NODE_TYPES.MemberExpression || getStaticPropertyName(current) !== path[index]) return undefined;
    current = skipTypeWrappers(current.object);
  }
  while (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(current.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || name === undefined || !passThroughMethods.includes(name)) break;
    current = skipTypeWrappers(callee.object);
  }
  return current;
}

function isCreatedBy(sourceCode: Readonly<TSESLint.SourceCode>, entry: TracerEntry, source: InstrumentationSource, origin: TSESTree.Node): boolean {
  const node = skipTypeWrappers(origin);
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = skipTypeWrappers(node.callee);
  if ('method' in source) return node.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(callee) === source.method;
  if (!('path' in source)) return false;
  const expectedUse = node.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
  const qualified = resolveQualifiedName(sourceCode, callee);
  return source.use === expectedUse && qualified !== undefined && entry.modules.includes(qualified.module) && isPath(qualified.path, source.path);
}

/** `constructor(private readonly checkouts: Counter)` with `Counter` imported from the entry's module. */
function isAnnotatedAs(sourceCode: Readonly<TSESLint.SourceCode>, entry: TracerEntry, instance: TSESTree.Node): boolean {
  if (entry.typeNames.length === 0) return false;
  return findDeclaredTypeNames(sourceCode, instance).some(
    (type) => entry.modules.includes(type.module) && type.path.length === 1 && entry.typeNames.includes(type.path[0] ?? ''),
  );
}

/** `any` and `unknown` say nothing about a receiver: fall back to what the code itself says. */
function isUntyped(typeInformation: TypeInformation, node: TSESTree.Node): boolean {
  const type = typeInformation.services.getTypeAtLocation(node);
  return (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}

function isPath(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && actual.every((part, index) => part === expected[index]);
}
