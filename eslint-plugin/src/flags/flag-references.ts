import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { FlagEvaluationMethod } from '../catalogs/types';
import { getCalleeName, skipTypeWrappers } from '../util/ast';
import { FlagEvaluationMatcher, type CustomFlagEvaluator, type FlagMapMatch } from '../util/match-flag-evaluation';
import { findFlagMapReads } from './flag-map-reads';
import { getStaticString } from '../util/static-string';
import type { TypeInformation } from '../util/type-information';

/** One flag evaluation found in a file: plain data, so the workspace engine can keep and compare it. */
export interface FlagReference {
  /** The flag key, or undefined when the key is computed at run time (such references are never reported). */
  readonly key: string | undefined;
  /**
   * For a flag read from an SDK's object of all flags whose keys it camel-cases (LaunchDarkly React's `useFlags()`),
   * the name as read (`darkMode`); `key` is then undefined, since several registry keys camel-case alike.
   */
  readonly camelCasedKey?: string;
  /** The catalog SDK's name (`OpenFeature (server)`), or `custom` for the `evaluators` option. */
  readonly sdk: string;
  readonly method: string;
  readonly returns: FlagEvaluationMethod['returns'];
  readonly isAsync: boolean;
  /** Whether the evaluation yields a boolean: a boolean method, or a value method whose code default is `true`/`false`. */
  readonly isBoolean: boolean;
  /** Whether the key is written in place as a string literal, so a fix can rewrite it. */
  readonly isKeyLiteral: boolean;
  /** [start, end) offsets of the evaluation call. */
  readonly callRange: readonly [number, number];
  /** [start, end) offsets of the key argument (of the call when it has none). */
  readonly keyRange: readonly [number, number];
  /** Line (1-based) and column (0-based) of the key argument, as ESLint reports them. */
  readonly keyLoc: TSESTree.SourceLocation;
}

export interface CollectFlagReferencesOptions {
  readonly typeInformation?: TypeInformation;
  readonly evaluators?: readonly CustomFlagEvaluator[];
}

/**
 * Every flag evaluation of a file, in source order. Pure: it reads the AST (and the type checker, when given)
 * and does no IO. `balanced/no-orphaned-flag` reports from it and the workspace engine counts references with it.
 */
export function collectFlagReferences(sourceCode: Readonly<TSESLint.SourceCode>, options: CollectFlagReferencesOptions = {}): FlagReference[] {
  const matcher = new FlagEvaluationMatcher(sourceCode, options.typeInformation, options.evaluators);
  const references: FlagReference[] = [];
  visit(sourceCode, sourceCode.ast, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    const match = matcher.match(node);
    if (!match) {
      const flagMap = matcher.matchFlagMap(node);
      if (flagMap) references.push(...collectFlagMapReferences(sourceCode, node, flagMap));
      return;
    }
    const keyNode = node.arguments[match.method.keyArgument];
    const keyExpression = keyNode && keyNode.type !== AST_NODE_TYPES.SpreadElement ? keyNode : undefined;
    const defaultNode = match.method.defaultArgument === undefined ? undefined : node.arguments[match.method.defaultArgument];
    const isBooleanDefault = defaultNode?.type === AST_NODE_TYPES.Literal && typeof defaultNode.value === 'boolean';
    const keyTarget = keyExpression ?? node;
    references.push({
      key: keyExpression && getStaticString(sourceCode, keyExpression, options.typeInformation),
      sdk: match.sdk,
      method: match.method.method,
      returns: match.method.returns,
      isAsync: match.isAsync,
      isBoolean: match.method.returns === 'boolean' || match.method.returns === 'negated-boolean' || (match.method.returns === 'value' && isBooleanDefault),
      isKeyLiteral: keyExpression !== undefined && isStringLiteral(keyExpression),
      callRange: node.range,
      keyRange: keyTarget.range,
      keyLoc: keyTarget.loc,
    });
  });
  return references;
}

/** The flags read from `useFlags()` and the like; they are values, so the cleanup never rewrites them. */
function collectFlagMapReferences(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, match: FlagMapMatch): FlagReference[] {
  return findFlagMapReads(sourceCode, call).map((read) => ({
    key: match.keyCase === 'exact' ? read.name : undefined,
    ...(match.keyCase === 'camelCase' ? { camelCasedKey: read.name } : {}),
    sdk: match.sdk,
    method: getCalleeName(call) ?? 'flags',
    returns: 'value' as const,
    isAsync: false,
    isBoolean: false,
    isKeyLiteral: false,
    callRange: read.node.range,
    keyRange: read.keyNode.range,
    keyLoc: read.keyNode.loc,
  }));
}

/**
 * Whether a registry key is the one an SDK that camel-cases keys exposes as `name`. Compared on letters and digits
 * alone, case-insensitively (`dev-test-flag`, `dev_test_flag` and `devTestFlag` all read as `devTestFlag`), so that
 * no casing corner of the SDK's camel-casing makes a registered flag look unknown.
 */
export function isCamelCasedKey(registryKey: string, name: string): boolean {
  const letters = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return letters(registryKey) === letters(name);
}

function isStringLiteral(node: TSESTree.Node): boolean {
  const inner = skipTypeWrappers(node);
  return (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') || (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0);
}

/** Depth-first, in source order, over the keys ESLint itself traverses. */
function visit(sourceCode: Readonly<TSESLint.SourceCode>, root: TSESTree.Node, callback: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    callback(node);
    const keys = sourceCode.visitorKeys[node.type] ?? [];
    const children: TSESTree.Node[] = [];
    for (const key of keys) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) children.push(...value.filter(isNode));
      else if (isNode(value)) children.push(value);
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as TSESTree.Node);
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
