import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { httpClients } from '../catalogs/http-clients';
import type { HttpClientEntry, OutboundCallShape } from '../catalogs/types';
import { getCalleeName, getStaticPropertyName, getStaticValue, skipTypeWrappers } from './ast';
import { matchesModule, matchesPath } from './catalog-patterns';
import { resolveClientInstance, type ClientInstance, type InstanceLookup } from './client-instances';
import { GLOBAL_MODULE, resolveQualifiedName, type QualifiedName } from './module-bindings';
import { findOption, resolveObjectLiteral } from './option-lookup';
import { isRootRelativeUrl } from './service-code';
import type { TypeInformation } from './type-information';
import { getDeclaringPackage } from './type-origin';
import { findInitializer } from './value-origin';
import { splitWords } from './words';

/** A call that goes over the network, matched against the `http-clients` catalog. */
export interface OutboundCall {
  readonly node: TSESTree.CallExpression;
  readonly entry: HttpClientEntry;
  readonly shape: OutboundCallShape;
  /** Set for calls on an instance (`api.get()`, `axios.get()`): where it was made and what its options say. */
  readonly instance?: ClientInstance;
  /** The instance the call is made on, as written (`this.http`), for messages. */
  readonly receiver?: TSESTree.Node;
}

/**
 * Where a call's options object is, following the call shape's `optionsArguments`:
 * the `argument` holding it, `absent` with the position a new one would take, or `unknown` when the rule cannot
 * tell which argument is the URL and which the options (`got(target)` with `target` a parameter).
 */
export type OptionsLocation =
  | { readonly kind: 'argument'; readonly node: TSESTree.Expression }
  | { readonly kind: 'absent'; readonly insertAt: number }
  | { readonly kind: 'unknown' };

const entries: readonly HttpClientEntry[] = httpClients;

/** Instance call shapes, by method name, to skip receivers that cannot be clients before resolving them. */
const instanceShapes = entries.flatMap((entry) => entry.instances?.calls ?? []);
const instanceMethodNames = new Set(instanceShapes.flatMap((shape) => shape.path.slice(-1)));
/** Shapes with a `*` method match any name, so they narrow candidates by their callback instead (gRPC unary calls). */
const wildcardShapes = instanceShapes.filter((shape) => shape.path.includes('*'));
/** Whether some instance is itself callable (`api(config)`). */
const hasCallableInstances = instanceShapes.some((shape) => shape.path.length === 0);

/** Last words of names that hold a URL (`url`, `baseUrl`, `endpoint`): with `got(target, options)` they are not the options. */
const URL_WORDS = new Set(['url', 'uri', 'href', 'endpoint']);

/**
 * Matches a call against the catalog: a module function (`fetch()`, `http.request()`), a call on a library's default
 * instance (`axios.get()`), or a call on an instance the rule can trace (`api.get()` after `const api = axios.create()`).
 */
export function matchOutboundCall(lookup: InstanceLookup, call: TSESTree.CallExpression): OutboundCall | undefined {
  const callee = skipTypeWrappers(call.callee);
  const qualified = resolveQualifiedName(lookup.sourceCode, callee);
  const catalogEntries = qualified ? entries.filter((entry) => entry.modules.some((module) => matchesModule(module, qualified.module))) : [];
  if (qualified && catalogEntries.length > 0) return matchModuleCall(lookup, call, qualified, catalogEntries);
  if (qualified?.module === GLOBAL_MODULE) return undefined;
  if (callee.type !== AST_NODE_TYPES.MemberExpression && callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && method === undefined) return undefined;
  const path = method === undefined ? [] : [method];
  if (!isInstanceCallCandidate(lookup.sourceCode, call, path)) return undefined;
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
  const instance = resolveClientInstance(lookup, receiver);
  const shape = instance?.instances.calls.find((candidate) => matchesShape(lookup.sourceCode, call, candidate, path));
  return instance && shape ? { node: call, entry: instance.entry, shape, instance, receiver } : undefined;
}

/** Whether a call could be made on a client instance, judged before its receiver is resolved (which may ask the type checker). */
function isInstanceCallCandidate(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, path: readonly string[]): boolean {
  const [method] = path;
  if (method === undefined) return hasCallableInstances;
  return instanceMethodNames.has(method) || wildcardShapes.some((shape) => matchesShape(sourceCode, call, shape, path));
}

function matchModuleCall(
  lookup: InstanceLookup,
  call: TSESTree.CallExpression,
  qualified: QualifiedName,
  catalogEntries: readonly HttpClientEntry[],
): OutboundCall | undefined {
  for (const entry of catalogEntries) {
    const shape = entry.calls.find((candidate) => matchesShape(lookup.sourceCode, call, candidate, qualified.path));
    if (shape) return { node: call, entry, shape };
    for (const root of entry.instances?.exportedInstances ?? []) {
      const isOnRoot = root.every((name, index) => qualified.path[index] === name);
      const rest = qualified.path.slice(root.length);
      const instanceShape = isOnRoot ? entry.instances?.calls.find((candidate) => matchesShape(lookup.sourceCode, call, candidate, rest)) : undefined;
      if (!instanceShape) continue;
      const callee = skipTypeWrappers(call.callee);
      const receiver = callee.type === AST_NODE_TYPES.MemberExpression && rest.length > 0 ? callee.object : callee;
      const instance = resolveClientInstance(lookup, receiver);
      return instance && { node: call, entry, shape: instanceShape, instance };
    }
  }
  return undefined;
}

function matchesShape(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, shape: OutboundCallShape, path: readonly string[]): boolean {
  if (!matchesPath(shape.path, path)) return false;
  const name = path[path.length - 1];
  if (name !== undefined && shape.excludedNames?.includes(name)) return false;
  if (!shape.requiresCallback) return true;
  const last = call.arguments[call.arguments.length - 1];
  return call.arguments.length >= 2 && last !== undefined && isFunctionValue(sourceCode, last);
}

/**
 * Whether a call can only run in a browser: the global `fetch` of a root-relative URL (`fetch('/api/cart')`) or with
 * options only a browser honours (`credentials: 'include'`), or a call on an instance whose base URL is root-relative.
 */
export function isBrowserOnlyCall(sourceCode: Readonly<TSESLint.SourceCode>, outbound: OutboundCall): boolean {
  const { entry, shape, node, instance } = outbound;
  if (instance?.madeForBrowser) return true;
  const input = shape.requestArgument === undefined ? undefined : node.arguments[shape.requestArgument];
  if (entry.relativeUrlMeansBrowser && input && isRootRelativeUrl(sourceCode, input)) return true;
  const browserOptions = entry.browserOnlyOptions ?? [];
  return shape.optionsArguments.some((index) => {
    const options = node.arguments[index];
    return options !== undefined && browserOptions.some((option) => findOption(sourceCode, options, [option]).kind === 'found');
  });
}

/** Finds the options argument of an outbound call; type information tells URLs and callbacks from options when names cannot. */
export function locateOptions(
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInformation: TypeInformation | undefined,
  outbound: OutboundCall,
): OptionsLocation {
  const { node: call, shape, entry } = outbound;
  // `fetch(...args)`: any argument may be the options.
  if (call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return { kind: 'unknown' };
  if (shape.optionsArguments.length === 0) return { kind: 'absent', insertAt: call.arguments.length };
  for (const index of shape.optionsArguments) {
    const argument = call.arguments[index];
    if (!argument) return { kind: 'absent', insertAt: index };
    if (argument.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
    let role = classifyArgument(sourceCode, entry, argument);
    if (role === 'unknown' && typeInformation) role = classifyArgumentByType(typeInformation, entry, argument);
    if (role === 'options') return { kind: 'argument', node: argument };
    if (role === 'callback') return { kind: 'absent', insertAt: index };
    if (role === 'unknown') return { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}

/**
 * The options of a `Request` object passed as the call's input (`fetch(new Request(url, { signal }))`): the `init`
 * argument it was constructed with; `unknown` when the input may be a `Request` the rule cannot see into (typed as
 * one, or, without types, a value that does not look like a URL); undefined when the input is a URL or the call
 * takes no `Request`.
 */
export function findRequestInit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInformation: TypeInformation | undefined,
  outbound: OutboundCall,
): TSESTree.Node | 'unknown' | undefined {
  const index = outbound.shape.requestArgument;
  const argument = index === undefined ? undefined : outbound.node.arguments[index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  let value = skipTypeWrappers(argument);
  if (value.type === AST_NODE_TYPES.Identifier) value = findInitializer(sourceCode, value) ?? value;
  if (value.type === AST_NODE_TYPES.NewExpression && getCalleeName(value) === 'Request') return value.arguments[1];
  if (typeInformation) return typeInformation.services.getTypeAtLocation(argument).getSymbol()?.getName() === 'Request' ? 'unknown' : undefined;
  return isUrlValue(sourceCode, argument) ? undefined : 'unknown';
}

type ArgumentRole = 'url' | 'skipped' | 'callback' | 'options' | 'unknown';

function classifyArgument(sourceCode: Readonly<TSESLint.SourceCode>, entry: HttpClientEntry, argument: TSESTree.Expression): ArgumentRole {
  if (isFunctionValue(sourceCode, argument)) return 'callback';
  if (isUrlValue(sourceCode, argument)) return 'url';
  if (isSkippedValue(sourceCode, entry, argument)) return 'skipped';
  if (resolveObjectLiteral(sourceCode, argument)) return 'options';
  return 'unknown';
}

function classifyArgumentByType(typeInformation: TypeInformation, entry: HttpClientEntry, argument: TSESTree.Expression): ArgumentRole {
  const type = typeInformation.services.getTypeAtLocation(argument);
  const isUrlType = (part: ts.Type): boolean => (part.flags & ts.TypeFlags.StringLike) !== 0 || part.getSymbol()?.getName() === 'URL';
  if (type.isUnion() ? type.types.every(isUrlType) : isUrlType(type)) return 'url';
  if (type.getCallSignatures().length > 0) return 'callback';
  const symbol = type.getSymbol();
  const declaringPackages = (symbol?.getDeclarations() ?? []).map((declaration) => getDeclaringPackage(declaration.getSourceFile().fileName));
  if (symbol && entry.skippedArgumentTypes.includes(symbol.getName()) && declaringPackages.some((name) => name !== undefined && entry.modules.includes(name))) {
    return 'skipped';
  }
  return 'options';
}

function isFunctionValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) return true;
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = ASTUtils.findVariable(sourceCode.getScope(value), value)?.defs[0];
  if (definition?.type === 'FunctionName') return true;
  const initializer = findInitializer(sourceCode, value);
  return initializer?.type === AST_NODE_TYPES.ArrowFunctionExpression || initializer?.type === AST_NODE_TYPES.FunctionExpression;
}

/** A string, a template, `new URL()`, a string constant, or a name that says it holds a URL (`baseUrl`, `this.endpoint`). */
function isUrlValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth = 3): boolean {
  const value = skipTypeWrappers(node);
  if (depth <= 0) return false;
  switch (value.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.Literal:
      return typeof value.value === 'string';
    case AST_NODE_TYPES.BinaryExpression:
      return value.operator === '+' && (isUrlValue(sourceCode, value.left, depth - 1) || isUrlValue(sourceCode, value.right, depth - 1));
    case AST_NODE_TYPES.NewExpression:
      return value.callee.type === AST_NODE_TYPES.Identifier && value.callee.name === 'URL';
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      if (typeof getStaticValue(sourceCode, value)?.value === 'string') return true;
      const name = value.type === AST_NODE_TYPES.Identifier ? value.name : getStaticPropertyName(value);
      const lastWord = name === undefined ? undefined : splitWords(name).at(-1);
      if (lastWord !== undefined && URL_WORDS.has(lastWord)) return true;
      const initializer = findInitializer(sourceCode, value);
      return initializer !== undefined && isUrlValue(sourceCode, initializer, depth - 1);
    }
    default:
      return false;
  }
}

/** An argument the catalog says is neither URL nor options: gRPC `new Metadata()`, directly or through a variable. */
function isSkippedValue(sourceCode: Readonly<TSESLint.SourceCode>, entry: HttpClientEntry, node: TSESTree.Node): boolean {
  if (entry.skippedArgumentTypes.length === 0) return false;
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) value = findInitializer(sourceCode, value) ?? value;
  if (value.type !== AST_NODE_TYPES.NewExpression) return false;
  const qualified = resolveQualifiedName(sourceCode, value.callee);
  const name = qualified?.path[qualified.path.length - 1];
  return qualified !== undefined && name !== undefined && entry.modules.includes(qualified.module) && entry.skippedArgumentTypes.includes(name);
}
