import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { findProperty } from './ast';
import type { LoggerCreation } from './logger-sinks';

/**
 * A logger's own redaction (pino's `redact`): which record paths its factory call and child calls censor, whether a
 * personal value lands on one of them, and the fix that adds a path. Paths use pino's syntax (fast-redact):
 * `user.email`, `*.password`, `req.headers["x-api-key"]`, `items[*].card`.
 * https://github.com/pinojs/pino/blob/main/docs/redaction.md
 */

/** A path pattern split into keys; `*` matches any one key. */
type RedactPattern = readonly string[];

/**
 * The paths a logger censors, read from `redactOption` of its factory's first argument and of each child call's second
 * (`pino({ redact: [...] })`, `pino({ redact: { paths: [...] } })`, `logger.child({}, { redact: [...] })`).
 * Undefined when the logger has no visible creation or an entry without redaction.
 */
export function readRedactPatterns(creation: LoggerCreation | undefined, redactOption: string | undefined): readonly RedactPattern[] | undefined {
  if (!creation || !redactOption) return undefined;
  const optionObjects = [creation.factoryCall.arguments[0], ...creation.childCalls.map((call) => call.arguments[1])];
  return optionObjects.flatMap((options) => readPathStrings(options, redactOption)).map(parseRedactPath);
}

/**
 * Whether a value at `recordPath` is censored. A holder whose fields are unknown (`req.body`) counts as covered when a
 * path names it and reaches into it (`body.password`: the team chose what to censor there); a catch-all such as
 * `*.cardNumber` is written for every key and says nothing about what this holder carries.
 */
export function isRedacted(patterns: readonly RedactPattern[], recordPath: readonly string[], isOpaqueHolder: boolean): boolean {
  return patterns.some((pattern) => {
    const shared = Math.min(pattern.length, recordPath.length);
    const agrees = pattern.slice(0, shared).every((key, index) => key === '*' || key === recordPath[index]);
    if (!agrees || recordPath.length === 0) return false;
    if (pattern.length <= recordPath.length) return true;
    return isOpaqueHolder && pattern.slice(0, recordPath.length).every((key) => key !== '*');
  });
}

/** A record path in pino's syntax: `user.email`, `headers["x-api-key"]`. */
export function formatRedactPath(recordPath: readonly string[]): string {
  return recordPath.map((key, index) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${index === 0 ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`)).join('');
}

/**
 * Adds paths to the `redactOption` of a factory call written in the linted file: into an existing array (or `paths` array),
 * as a new option, or as the first argument of a bare `pino()`. Undefined when the options are not a literal it can edit.
 */
export function fixAddRedactPaths(
  sourceCode: Readonly<TSESLint.SourceCode>,
  factoryCall: TSESTree.CallExpression | TSESTree.NewExpression,
  redactOption: string,
  paths: readonly string[],
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const quoted = paths.map(quote).join(', ');
  const [options] = factoryCall.arguments;
  if (!options) {
    const closing = sourceCode.getLastToken(factoryCall);
    return closing?.value === ')' ? (fixer) => fixer.insertTextBefore(closing, `{ ${redactOption}: [${quoted}] }`) : undefined;
  }
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const option = findProperty(options, redactOption);
  if (!option) {
    const last = options.properties.at(-1);
    if (!last) return (fixer) => fixer.replaceText(options, `{ ${redactOption}: [${quoted}] }`);
    return (fixer) => fixer.insertTextAfter(last, `, ${redactOption}: [${quoted}]`);
  }
  const list = option.value.type === AST_NODE_TYPES.ObjectExpression ? findProperty(option.value, 'paths')?.value : option.value;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const lastPath = list.elements.at(-1);
  if (!lastPath) return (fixer) => fixer.replaceText(list, `[${quoted}]`);
  return (fixer) => fixer.insertTextAfter(lastPath, `, ${quoted}`);
}

function quote(path: string): string {
  return `'${path.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function readPathStrings(options: TSESTree.Node | undefined, redactOption: string): string[] {
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const value = findProperty(options, redactOption)?.value;
  const list = value?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(value, 'paths')?.value : value;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return [];
  return list.elements.flatMap((element) => (element?.type === AST_NODE_TYPES.Literal && typeof element.value === 'string' ? [element.value] : []));
}

/** `a.b["c-d"][*]` → `['a', 'b', 'c-d', '*']`. */
function parseRedactPath(path: string): RedactPattern {
  const keys: string[] = [];
  for (const match of path.matchAll(/\[\s*(?:"([^"]*)"|'([^']*)'|(\*))\s*\]|([^.[\]]+)/g)) {
    keys.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
  }
  return keys;
}
