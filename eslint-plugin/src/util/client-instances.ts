import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { httpClients } from '../catalogs/http-clients';
import type { ClientInstances, HttpClientEntry } from '../catalogs/types';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import { findFactoryReturn } from './factory-returns';
import type { DeclarationSite, ImportedDeclarationFinder } from './imported-declarations';
import { matchesModule, matchesPath } from './catalog-patterns';
import { resolveQualifiedName } from './module-bindings';
import { findOption } from './option-lookup';
import { isRootRelativeUrl } from './service-code';
import { ABSENT, evaluateTimeBounds, findDefaultsAssignment, type TimeBoundState } from './time-bounds';
import { findInitializer } from './value-origin';

/** An HTTP client instance whose making the rule could see, and what that says about every call made on it. */
export interface ClientInstance {
  readonly entry: HttpClientEntry;
  readonly instances: ClientInstances;
  /** The options it was made with, those of the instance it was derived from, and later `defaults` assignments. */
  readonly state: TimeBoundState;
  /** Whether its base URL is root-relative (`axios.create({ baseURL: '/api' })`), which only a browser can resolve. */
  readonly madeForBrowser: boolean;
}

/** Where instances are looked up: the linted file, and other modules when type information can follow imports. */
export interface InstanceLookup {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Absent without type information: an imported instance's origin is then unknown, and its calls are not candidates. */
  readonly imports?: ImportedDeclarationFinder;
}

/** Aliases, derivations and modules followed before giving up. */
const MAX_DEPTH = 6;

/**
 * The client instance an expression denotes: an HTTP library's default export that is itself an instance (`axios`),
 * a variable or class field initialised by a factory (`axios.create()`, `new Client()`, `got.extend()` of another
 * instance), or, with type information, such a variable exported by another module. Undefined when the rule cannot
 * see where the value came from (a parameter, an injected field, a call to the application's own factory).
 */
export function resolveClientInstance(lookup: InstanceLookup, expression: TSESTree.Node, depth = 0): ClientInstance | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const { sourceCode } = lookup;
  const node = skipTypeWrappers(expression);
  const qualified = resolveQualifiedName(sourceCode, node);
  if (qualified) {
    const entry = findEntry(qualified.module, (candidate) => candidate.instances?.exportedInstances.some((path) => matchesPath(path, qualified.path)) === true);
    if (entry?.instances) return withDefaultsAssignments(sourceCode, node, { entry, instances: entry.instances, state: ABSENT, madeForBrowser: false });
    return isImportBinding(sourceCode, node) ? resolveImportedInstance(lookup, node, depth) : undefined;
  }
  const initializer = findInitializer(sourceCode, node);
  if (!initializer) return undefined;
  const created = resolveCreation(lookup, initializer, depth + 1);
  return created && withDefaultsAssignments(sourceCode, node, created);
}

/** What an initializer makes: an alias of another instance, a factory call, a constructor, or a derived instance. */
function resolveCreation(lookup: InstanceLookup, initializer: TSESTree.Node, depth: number): ClientInstance | undefined {
  let node = skipTypeWrappers(initializer);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = skipTypeWrappers(node.argument);
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) {
    return node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression ? resolveClientInstance(lookup, node, depth) : undefined;
  }
  return resolveDerivation(lookup, node, depth) ?? resolveFactoryCall(lookup, node) ?? resolveConstructedWith(lookup, node) ?? resolveOwnFactory(lookup, node, depth);
}

/**
 * `createHttpClient(url)`: the application's own factory, read where it is written (`return axios.create({ ... })`).
 * Another module is parsed only when the value's type comes from an HTTP library, as for an imported instance.
 */
function resolveOwnFactory(lookup: InstanceLookup, node: TSESTree.CallExpression | TSESTree.NewExpression, depth: number): ClientInstance | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const site = { sourceCode: lookup.sourceCode, node };
  const imports = lookup.imports && isClientTyped(lookup.imports, site) ? lookup.imports : undefined;
  const returned = findFactoryReturn(site, imports);
  return returned && resolveCreation({ sourceCode: returned.sourceCode, imports: lookup.imports }, returned.node, depth + 1);
}

/** `new undici.Client(origin, options)`, `new S3Client(config)`: a factory of the module named in the catalog. */
function resolveFactoryCall(lookup: InstanceLookup, node: TSESTree.CallExpression | TSESTree.NewExpression): ClientInstance | undefined {
  const qualified = resolveQualifiedName(lookup.sourceCode, node.callee);
  if (!qualified) return undefined;
  const use = node.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
  for (const entry of httpClients as readonly HttpClientEntry[]) {
    if (!entry.instances || !entry.modules.some((module) => matchesModule(module, qualified.module))) continue;
    const source = entry.instances.sources.find((candidate) => candidate.use === use && matchesPath(candidate.path, qualified.path));
    if (!source) continue;
    const { instances } = entry;
    const state = evaluateOptionsArgument(lookup.sourceCode, node, source.optionsArgument, instances);
    return { entry, instances, state, madeForBrowser: hasRootRelativeBase(lookup.sourceCode, node, source.optionsArgument, instances) === true };
  }
  return undefined;
}

/** `axios.create(config)`, `api.extend(options)`: a new instance made from another, keeping its options when the library does. */
function resolveDerivation(lookup: InstanceLookup, node: TSESTree.CallExpression | TSESTree.NewExpression, depth: number): ClientInstance | undefined {
  const callee = skipTypeWrappers(node.callee);
  if (node.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = getStaticPropertyName(callee);
  const parent = resolveClientInstance(lookup, callee.object, depth + 1);
  const derivation = parent?.instances.derivations.find((candidate) => candidate.method === method);
  if (!parent || !derivation) return undefined;
  const own = evaluateOptionsArgument(lookup.sourceCode, node, derivation.optionsArgument, parent.instances);
  const state = own.kind === 'absent' && derivation.inheritsOptions ? parent.state : own;
  const ownBase = hasRootRelativeBase(lookup.sourceCode, node, derivation.optionsArgument, parent.instances);
  return { ...parent, state, madeForBrowser: ownBase ?? (derivation.inheritsOptions && parent.madeForBrowser) };
}

/** gRPC: any constructor given credentials from `@grpc/grpc-js` makes a client (its classes are generated at run time). */
function resolveConstructedWith(lookup: InstanceLookup, node: TSESTree.CallExpression | TSESTree.NewExpression): ClientInstance | undefined {
  if (node.type !== AST_NODE_TYPES.NewExpression) return undefined;
  for (const entry of httpClients as readonly HttpClientEntry[]) {
    const constructedWith = entry.instances?.constructedWith;
    if (!entry.instances || !constructedWith) continue;
    const isClient = node.arguments.some((argument) => {
      const value = skipTypeWrappers(argument);
      const made = value.type === AST_NODE_TYPES.Identifier ? findInitializer(lookup.sourceCode, value) : value;
      const maker = made && skipTypeWrappers(made);
      if (maker?.type !== AST_NODE_TYPES.CallExpression) return false;
      const qualified = resolveQualifiedName(lookup.sourceCode, maker.callee);
      return (
        qualified !== undefined &&
        entry.modules.some((module) => matchesModule(module, qualified.module)) &&
        constructedWith.argumentFrom.some((prefix) => prefix.every((name, index) => qualified.path[index] === name))
      );
    });
    if (!isClient) continue;
    const state = evaluateOptionsArgument(lookup.sourceCode, node, constructedWith.optionsArgument, entry.instances);
    return { entry, instances: entry.instances, state, madeForBrowser: false };
  }
  return undefined;
}

function evaluateOptionsArgument(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  instances: ClientInstances,
): TimeBoundState {
  const argument = node.arguments[index];
  if (!argument) return ABSENT;
  if (argument.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
  return evaluateTimeBounds(sourceCode, argument, instances.bounds);
}

/** Whether the base URL an instance is made with is root-relative; undefined when it sets none, or cannot be read. */
function hasRootRelativeBase(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  instances: ClientInstances,
): boolean | undefined {
  const argument = node.arguments[index];
  if (!instances.baseUrlOption || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const base = findOption(sourceCode, argument, instances.baseUrlOption);
  return base.kind === 'found' ? isRootRelativeUrl(sourceCode, base.value) : undefined;
}

/** `api.defaults.timeout = 5000` after `const api = axios.create()` overrides what the instance was made with. */
function withDefaultsAssignments(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, instance: ClientInstance): ClientInstance {
  const { defaultsProperty } = instance.instances;
  if (!defaultsProperty || node.type !== AST_NODE_TYPES.Identifier) return instance;
  const assigned = findDefaultsAssignment(sourceCode, node, defaultsProperty, instance.instances.bounds);
  return assigned.kind === 'absent' ? instance : { ...instance, state: assigned };
}

/**
 * An instance imported from another module of the project. With type information, the import is followed to its
 * declaration when the value's type comes from an HTTP library; without it, the origin is unknown and the rule stays silent.
 */
function resolveImportedInstance(lookup: InstanceLookup, identifier: TSESTree.Identifier, depth: number): ClientInstance | undefined {
  const { imports, sourceCode } = lookup;
  if (!imports) return undefined;
  const site = { sourceCode, node: identifier };
  if (!isClientTyped(imports, site)) return undefined;
  const declaration = imports.findDeclaration(site);
  return declaration && resolveClientInstance({ sourceCode: declaration.sourceCode, imports }, declaration.node, depth + 1);
}

/** Whether a value's type comes from an HTTP library with instances (an `AxiosInstance`, a `Got`, an `S3Client`). */
function isClientTyped(imports: ImportedDeclarationFinder, site: DeclarationSite): boolean {
  return [...imports.getTypePackages(site)].some((name) => findEntry(name, (entry) => entry.instances !== undefined));
}

function isImportBinding(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): node is TSESTree.Identifier {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  return ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0]?.type === 'ImportBinding';
}

function findEntry(module: string, predicate: (entry: HttpClientEntry) => boolean): HttpClientEntry | undefined {
  return (httpClients as readonly HttpClientEntry[]).find((entry) => predicate(entry) && entry.modules.some((pattern) => matchesModule(pattern, module)));
}
