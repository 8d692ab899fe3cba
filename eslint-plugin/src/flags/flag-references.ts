import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { FlagEvaluationMethod } from '../catalogs/types';
import { skipTypeWrappers } from '../util/ast';
import { FlagEvaluationMatcher, type CustomFlagEvaluator } from '../util/match-flag-evaluation';
import { getStaticString } from '../util/static-string';
import type { TypeInformation } from '../util/type-information';

/** One flag evaluation found in a file: plain data, so the workspace engine can keep and compare it. */
export interface FlagReference {
  /** The flag key, or undefined when the key is computed at run time (such references are never reported). */
  readonly key: string | undefined;
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
    if (!match) return;
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
