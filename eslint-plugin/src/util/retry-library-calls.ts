import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { retryLibraries } from '../catalogs/retry-libraries';
import type { RetryCallShape, RetryLibraryEntry } from '../catalogs/types';
import { getStaticPropertyName, getStaticValue, skipTypeWrappers } from './ast';
import { isQualifiedName, resolveQualifiedName } from './module-bindings';
import { findOption, resolveObjectLiteral, type OptionLookup } from './option-lookup';
import type { TypeInformation } from './type-information';
import { isTypeFromPackages } from './type-origin';
import { traceInitializer } from './value-origin';
import { walkSubtree } from './walk-subtree';

/**
 * Where a call keeps its retry settings: an object literal the rule can read (the options, or ky's and got's nested
 * `retry` object), a bare number standing for the limit (ky's `retry: 3`), or nothing (the library's defaults).
 */
export type RetrySettings =
  | { readonly kind: 'object'; readonly object: TSESTree.ObjectExpression }
  | { readonly kind: 'number'; readonly value: TSESTree.Expression }
  | { readonly kind: 'absent' };

/**
 * A use of a retry library from the catalog, with the settings it passes: a call (`pRetry(fn, opts)`), or a settings
 * object assigned to the library's settings property (retry-axios's `raxConfig = { ... }`), which has no call.
 */
export interface RetryLibraryCall {
  readonly library: RetryLibraryEntry;
  readonly call: TSESTree.CallExpression | undefined;
  /** Where the library is used: the call, or the settings object. */
  readonly site: TSESTree.Node;
  readonly shape: RetryCallShape | undefined;
  readonly settings: RetrySettings;
}

/** How many instance derivations (`api.extend()` of `ky.create()`) are followed. */
const MAX_INSTANCE_DEPTH = 4;

/**
 * Matches a call against the retry-library catalog: a module export (`pRetry(fn, opts)`, `retry.operation(opts)`,
 * `ky.get(url, opts)`) or a call on a client instance (`api.get(url, opts)` where `api = ky.create()`; with type
 * information, any value typed as the library's instance). Returns undefined when the call is not one, when its
 * settings cannot be read (a parameter, a spread of unknown options), and when a client call leaves `retry` unset.
 */
export function matchRetryLibraryCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInformation: TypeInformation | undefined,
  call: TSESTree.CallExpression,
): RetryLibraryCall | undefined {
  const qualified = resolveQualifiedName(sourceCode, call.callee);
  const libraries = retryLibraries as readonly RetryLibraryEntry[];
  const exporting = qualified && libraries.find((library) => library.modules.includes(qualified.module));
  if (qualified && exporting) {
    const shape = exporting.calls.find((candidate) => isQualifiedName(qualified, qualified.module, candidate.path));
    // A library configured through a settings property applies its defaults only where nothing sets that property.
    if (exporting.settingsProperty !== undefined && assignsProperty(sourceCode, exporting.settingsProperty)) return undefined;
    return shape && readSettings(sourceCode, exporting, shape, call);
  }
  // Calls on instances are many (`api.get()` on any object): only those passing retry settings are worth a type check.
  for (const library of libraries) {
    for (const shape of library.instances?.calls ?? []) {
      const receiver = getReceiver(call.callee, shape.path);
      const match = receiver && readSettings(sourceCode, library, shape, call);
      if (receiver && match && isInstance(sourceCode, typeInformation, library, receiver, 0)) return match;
    }
  }
  return undefined;
}

function readSettings(
  sourceCode: Readonly<TSESLint.SourceCode>,
  library: RetryLibraryEntry,
  shape: RetryCallShape,
  call: TSESTree.CallExpression,
): RetryLibraryCall | undefined {
  const options = findOptionsArgument(sourceCode, call, shape);
  if (options === 'unknown') return undefined;
  const site = { library, shape, call, site: call };
  if (!library.settings) return { ...site, settings: options ? { kind: 'object', object: options } : { kind: 'absent' } };
  if (!options) return undefined;
  const nested = findOption(sourceCode, options, [library.settings.option]);
  if (nested.kind !== 'found') return undefined;
  const object = resolveObjectLiteral(sourceCode, nested.value);
  if (object) return { ...site, settings: { kind: 'object', object } };
  const isNumber = library.settings.numberMeans !== undefined && typeof getStaticValue(sourceCode, nested.value)?.value === 'number';
  return isNumber ? { ...site, settings: { kind: 'number', value: nested.value } } : undefined;
}

/**
 * Matches a settings object assigned to a library's settings property: `api.defaults.raxConfig = { retry: 3 }` or a
 * request's `{ raxConfig: { retry: 3 } }`. The property name belongs to the library (retry-axios adds it to axios's
 * request config), so no import is needed in this file: the interceptor may be attached in another one.
 */
export function matchRetrySettingsObject(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Property | TSESTree.AssignmentExpression,
): RetryLibraryCall | undefined {
  if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator !== '=') return undefined;
  const [key, value] = node.type === AST_NODE_TYPES.Property ? [node, node.value] : [node.left, node.right];
  if (key.type !== AST_NODE_TYPES.Property && key.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = getStaticPropertyName(key);
  const library = name === undefined ? undefined : (retryLibraries as readonly RetryLibraryEntry[]).find((entry) => entry.settingsProperty === name);
  const object = library && value.type !== AST_NODE_TYPES.AssignmentPattern && resolveObjectLiteral(sourceCode, value as TSESTree.Expression);
  return library && object ? { library, shape: undefined, call: undefined, site: object, settings: { kind: 'object', object } } : undefined;
}

/** Whether the file sets a property anywhere (`x.raxConfig = ...`, `{ raxConfig: ... }`). */
function assignsProperty(sourceCode: Readonly<TSESLint.SourceCode>, property: string): boolean {
  if (!sourceCode.text.includes(property)) return false;
  let found = false;
  walkSubtree(sourceCode, sourceCode.ast, (node) => {
    const key = node.type === AST_NODE_TYPES.Property ? node : node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : undefined;
    found ||= key !== undefined && (key.type === AST_NODE_TYPES.Property || key.type === AST_NODE_TYPES.MemberExpression) && getStaticPropertyName(key) === property;
    return !found;
  });
  return found;
}

/**
 * Reads one retry setting: from the settings object, or, for a bare-number `retry`, the limit it stands for.
 * `absent` means the library's default applies.
 */
export function findRetrySetting(sourceCode: Readonly<TSESLint.SourceCode>, match: RetryLibraryCall, name: string): OptionLookup {
  const { settings, library } = match;
  if (settings.kind === 'object') return findOption(sourceCode, settings.object, [name]);
  if (settings.kind === 'number' && library.settings?.numberMeans === name) return { kind: 'found', value: settings.value };
  return { kind: 'absent' };
}

/** The statically known value of a setting: `{ value }` when known, `undefined` when absent, `'unknown'` otherwise. */
export function getSettingValue(sourceCode: Readonly<TSESLint.SourceCode>, lookup: OptionLookup): { value: unknown } | undefined | 'unknown' {
  if (lookup.kind === 'absent') return undefined;
  if (lookup.kind === 'unknown') return 'unknown';
  return getStaticValue(sourceCode, lookup.value) ?? 'unknown';
}

/** Whether the call turns retrying off (`retries: 0`, ky's `retry: 0`): nothing to jitter. */
export function disablesRetries(sourceCode: Readonly<TSESLint.SourceCode>, match: RetryLibraryCall): boolean {
  const limit = getSettingValue(sourceCode, findRetrySetting(sourceCode, match, match.library.attempts.option));
  return limit !== undefined && limit !== 'unknown' && limit.value === 0;
}

/** The instance a call is made on for a shape: `api` for `api(url)` (path `[]`) and for `api.get(url)` (path `['get']`). */
function getReceiver(callee: TSESTree.Node, path: readonly string[]): TSESTree.Node | undefined {
  const node = skipTypeWrappers(callee);
  if (path.length === 0) return node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.Identifier ? node : undefined;
  return node.type === AST_NODE_TYPES.MemberExpression && path.length === 1 && getStaticPropertyName(node) === path[0] ? node.object : undefined;
}

/** Whether a value is an instance of a client library: made by its factory in this file, or typed as one. */
function isInstance(
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInformation: TypeInformation | undefined,
  library: RetryLibraryEntry,
  receiver: TSESTree.Node,
  depth: number,
): boolean {
  const instances = library.instances;
  if (!instances || depth > MAX_INSTANCE_DEPTH) return false;
  if (typeInformation) return isTypeFromPackages(typeInformation, receiver, [library.name], instances.typeNames);
  const made = traceInitializer(sourceCode, receiver);
  if (made?.type !== AST_NODE_TYPES.CallExpression) return false;
  const qualified = resolveQualifiedName(sourceCode, made.callee);
  if (qualified) return library.modules.includes(qualified.module) && instances.factories.some((path) => isQualifiedName(qualified, qualified.module, path));
  const callee = skipTypeWrappers(made.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticPropertyName(callee);
  return instances.factories.some((path) => path.length === 1 && path[0] === method) && isInstance(sourceCode, typeInformation, library, callee.object, depth + 1);
}

/**
 * The options object of a call: the first of the shape's positions that holds neither a function nor a string.
 * Undefined when there is none (the defaults apply), `unknown` when the argument cannot be read.
 */
function findOptionsArgument(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, shape: RetryCallShape): TSESTree.ObjectExpression | undefined | 'unknown' {
  for (const index of shape.optionsArguments) {
    const argument = call.arguments[index];
    if (!argument) continue;
    if (argument.type === AST_NODE_TYPES.SpreadElement) return 'unknown';
    const value = skipTypeWrappers(argument);
    const traced = value.type === AST_NODE_TYPES.Identifier ? (traceInitializer(sourceCode, value) ?? value) : value;
    if (isFunctionOrString(traced) || isFunctionName(sourceCode, traced)) continue;
    return resolveObjectLiteral(sourceCode, value) ?? 'unknown';
  }
  return undefined;
}

function isFunctionName(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Identifier && ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0]?.type === 'FunctionName';
}

function isFunctionOrString(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string';
    default:
      return false;
  }
}
