import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findProperty } from './ast';

/**
 * Edits that set one option in an options object literal, keeping the object's layout: the value of an existing
 * property is replaced, a new property goes after the last one (on its own line in a multi-line object).
 */
export function setObjectProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  object: TSESTree.ObjectExpression,
  name: string,
  valueText: string,
): TSESLint.RuleFix {
  const existing = findProperty(object, name);
  if (existing) return existing.shorthand ? fixer.replaceText(existing, `${name}: ${valueText}`) : fixer.replaceText(existing.value, valueText);
  const last = object.properties.at(-1);
  if (!last) return fixer.replaceText(object, `{ ${name}: ${valueText} }`);
  const comma = sourceCode.getTokenAfter(last);
  const hasTrailingComma = comma?.value === ',';
  if (last.loc.start.line === object.loc.start.line) {
    return hasTrailingComma && comma ? fixer.insertTextAfter(comma, ` ${name}: ${valueText},`) : fixer.insertTextAfter(last, `, ${name}: ${valueText}`);
  }
  const indent = ' '.repeat(last.loc.start.column);
  return hasTrailingComma && comma
    ? fixer.insertTextAfter(comma, `\n${indent}${name}: ${valueText},`)
    : fixer.insertTextAfter(last, `,\n${indent}${name}: ${valueText}`);
}

/** Adds an options argument at `index` when the call has exactly the arguments before it; undefined otherwise. */
export function addOptionsArgument(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  index: number,
  objectText: string,
): TSESLint.RuleFix | undefined {
  if (call.arguments.length !== index) return undefined;
  const last = call.arguments.at(-1);
  if (last) return fixer.insertTextAfter(last, `, ${objectText}`);
  const closingParen = sourceCode.getLastToken(call);
  return closingParen?.value === ')' ? fixer.insertTextBefore(closingParen, objectText) : undefined;
}
