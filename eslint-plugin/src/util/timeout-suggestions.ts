import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { TimeoutSuggestion } from '../catalogs/types';
import { findProperty, skipTypeWrappers } from './ast';
import type { OptionsLocation } from './outbound-calls';

/** The edit of an "Add a timeout" suggestion, and the code it adds (for the suggestion's title). */
export interface TimeoutFix {
  readonly code: string;
  readonly fix: TSESLint.ReportFixFunction;
}

export interface TimeoutFixRequest {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly call: TSESTree.CallExpression;
  readonly suggestion: TimeoutSuggestion;
  /** Where the call's options are (the fix never runs for `unknown`). */
  readonly location: Exclude<OptionsLocation, { kind: 'unknown' }>;
  readonly milliseconds: number;
  /** A signal the call already passes, which the new one must keep honouring: `AbortSignal.any([existing, timeout])`. */
  readonly existingSignal?: TSESTree.Node;
  /** A turned-off timeout written at this call (superagent `.timeout(0)`), which the fix replaces instead of adding another. */
  readonly disabledValue?: TSESTree.Node;
}

/**
 * Builds the "Add a N ms timeout" edit in the client's idiom: `timeout: N` in an options object (added to the literal,
 * replacing a turned-off value, nested for got's `timeout: { request: N }`), a new options argument when there is
 * none (`fetch(url, { signal: AbortSignal.timeout(N) })`, before a trailing callback), `{ ...options, timeout: N }`
 * around a variable, or a chained `.timeout(N)` for superagent.
 */
export function buildTimeoutFix(request: TimeoutFixRequest): TimeoutFix {
  const { suggestion, sourceCode, call, milliseconds, disabledValue } = request;
  if (suggestion.kind === 'method') {
    const code = `.${suggestion.method}(${milliseconds})`;
    if (disabledValue) return { code, fix: (fixer) => fixer.replaceText(disabledValue, String(milliseconds)) };
    return { code, fix: (fixer) => fixer.insertTextAfter(call, code) };
  }
  const value = renderValue(sourceCode, suggestion.value, milliseconds, request.existingSignal);
  const code = renderProperty(suggestion.path, value);
  const { location } = request;
  if (location.kind === 'absent') return { code, fix: (fixer) => insertArgument(fixer, sourceCode, call, location.insertAt, `{ ${code} }`) };
  const options = skipTypeWrappers(location.node);
  if (options.type === AST_NODE_TYPES.ObjectExpression) return { code, fix: (fixer) => setOption(fixer, sourceCode, options, suggestion.path, value) };
  return { code, fix: (fixer) => fixer.replaceText(location.node, `{ ...${sourceCode.getText(location.node)}, ${code} }`) };
}

function renderValue(sourceCode: Readonly<TSESLint.SourceCode>, kind: 'milliseconds' | 'abort-signal' | 'deadline', milliseconds: number, existingSignal?: TSESTree.Node): string {
  switch (kind) {
    case 'milliseconds':
      return String(milliseconds);
    case 'deadline':
      return `Date.now() + ${milliseconds}`;
    case 'abort-signal':
      return existingSignal
        ? `AbortSignal.any([${sourceCode.getText(existingSignal)}, AbortSignal.timeout(${milliseconds})])`
        : `AbortSignal.timeout(${milliseconds})`;
  }
}

/** `['timeout', 'request']`, `5000` → `timeout: { request: 5000 }`. */
function renderProperty(path: readonly string[], value: string): string {
  const [key, ...rest] = path;
  return rest.length === 0 ? `${key}: ${value}` : `${key}: { ${renderProperty(rest, value)} }`;
}

/** Sets `path` in an object literal: replaces the value it has, descends into a nested literal, or adds the property. */
function setOption(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.ObjectExpression, path: readonly string[], value: string): TSESLint.RuleFix {
  const [key, ...rest] = path;
  const property = key === undefined ? undefined : findProperty(object, key);
  if (!property || !isLastOwnEntry(object, property)) return addProperty(fixer, sourceCode, object, renderProperty(path, value));
  const current = skipTypeWrappers(property.value);
  if (rest.length > 0 && current.type === AST_NODE_TYPES.ObjectExpression) return setOption(fixer, sourceCode, current, rest, value);
  const replacement = rest.length === 0 ? value : `{ ${renderProperty(rest, value)} }`;
  return property.shorthand ? fixer.replaceText(property, `${key}: ${replacement}`) : fixer.replaceText(property.value, replacement);
}

/** A property can be edited in place only when no spread after it may override it. */
function isLastOwnEntry(object: TSESTree.ObjectExpression, property: TSESTree.Property): boolean {
  return object.properties.slice(object.properties.indexOf(property) + 1).every((entry) => entry.type !== AST_NODE_TYPES.SpreadElement);
}

/** Adds a property at the end of an object literal, on its own line when the literal spans several. */
function addProperty(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.ObjectExpression, property: string): TSESLint.RuleFix {
  const last = object.properties[object.properties.length - 1];
  if (!last) return fixer.replaceText(object, `{ ${property} }`);
  const comma = sourceCode.getTokenAfter(last);
  const hasTrailingComma = comma !== null && ASTUtils.isCommaToken(comma);
  if (last.loc.start.line !== object.loc.start.line) {
    const indent = sourceCode.lines[last.loc.start.line - 1]?.slice(0, last.loc.start.column) ?? '';
    return hasTrailingComma ? fixer.insertTextAfter(comma, `\n${indent}${property},`) : fixer.insertTextAfter(last, `,\n${indent}${property}`);
  }
  return hasTrailingComma ? fixer.insertTextAfter(comma, ` ${property},`) : fixer.insertTextAfter(last, `, ${property}`);
}

/** Inserts a new argument at `index`, before the argument there (a callback), or after the last, padding with `undefined`. */
function insertArgument(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, index: number, text: string): TSESLint.RuleFix {
  const before = call.arguments[index];
  if (before) return fixer.insertTextBefore(before, `${text}, `);
  const padding = 'undefined, '.repeat(index - call.arguments.length);
  const last = call.arguments[call.arguments.length - 1];
  if (last) return fixer.insertTextAfter(last, `, ${padding}${text}`);
  const openingParen = sourceCode.getTokenAfter(call.typeArguments ?? call.callee, ASTUtils.isOpeningParenToken);
  if (!openingParen) throw new Error(`no-unguarded-outbound-call: no opening parenthesis after the callee at ${call.loc.start.line}:${call.loc.start.column}`);
  return fixer.insertTextAfter(openingParen, `${padding}${text}`);
}
