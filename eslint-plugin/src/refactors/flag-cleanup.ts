import * as path from 'node:path';
import type { Node, Project, SourceFile } from 'ts-morph';
import type { FlagReference } from '../flags/flag-references';
import type { CustomFlagEvaluator } from '../util/match-flag-evaluation';
import { findFlagReferencesInText } from './find-flag-references-in-text';
import { KNOWN_FALSE, KNOWN_TRUE, simplifyNextKnownValue } from './propagate-known-value';
import { countDeclarationUses, removeNewlyUnusedDeclarations } from './remove-dead-declarations';
import { applyEdits, type TextEdit } from './text-edits';
import { loadTsMorph } from './ts-morph-runtime';

/** A flag value as flagd variants hold them (JSON). */
export type FlagValue = string | number | boolean | null | readonly FlagValue[] | { readonly [key: string]: FlagValue };

export interface FlagCleanupOptions {
  readonly key: string;
  /** For a boolean flag, `true` keeps the on path and `false` the off path; for other flags, the value to keep. */
  readonly keep: FlagValue;
  /** The rule's `evaluators` option, so project wrappers are cleaned up too. */
  readonly evaluators?: readonly CustomFlagEvaluator[];
}

/** The outcome of a cleanup: the new text, whether it changed, and why it could not be done when it was not. */
export interface FlagCleanupResult {
  readonly text: string;
  readonly changed: boolean;
  readonly problems: readonly string[];
}

/** What the cleanup needs to know about one evaluation. */
export type FlagEvaluationSite = Pick<FlagReference, 'callRange' | 'keyRange' | 'method' | 'returns' | 'isAsync' | 'isBoolean'>;

/** How many simplification steps a file may take; far above any real file, it only stops a runaway loop. */
const MAX_STEPS = 2000;

/**
 * Removes a stale flag from a file, keeping one path, as Uber's Piranha does: every evaluation of `key` becomes
 * the kept value, then `if`/`else`, ternaries, `&&`/`||`, `!`, early returns and JSX conditionals that value
 * decides are simplified, and variables, functions and imports (flag clients among them) that nothing uses any
 * more are deleted. Pure (text in, text out) and all-or-nothing: when any evaluation cannot be replaced, the text
 * comes back unchanged with the reasons. Works without type information.
 */
export function removeFlag(fileText: string, fileName: string, options: FlagCleanupOptions): FlagCleanupResult {
  const found = findFlagReferencesInText(fileText, fileName, options.evaluators);
  if ('problem' in found) return unchanged(fileText, [found.problem]);
  const sites = found.references.filter((reference) => reference.key === options.key);
  if (sites.length === 0) return unchanged(fileText, [`No evaluation of flag \`${options.key}\` in ${path.basename(fileName)}`]);
  return removeFlagEvaluations(fileText, fileName, sites, options.keep);
}

/**
 * The cleanup for evaluations already found (the rule passes its own references). A failure inside the cleanup
 * comes back as a problem: it runs inside ESLint and the language server, which must keep running.
 */
export function removeFlagEvaluations(fileText: string, fileName: string, sites: readonly FlagEvaluationSite[], keep: FlagValue): FlagCleanupResult {
  try {
    return cleanUpEvaluations(fileText, fileName, sites, keep);
  } catch (error) {
    return unchanged(fileText, [`The flag cleanup failed on ${path.basename(fileName)}; the file is left as it was (please report this): ${String(error)}`]);
  }
}

function cleanUpEvaluations(fileText: string, fileName: string, sites: readonly FlagEvaluationSite[], keep: FlagValue): FlagCleanupResult {
  const { Project, ts } = loadTsMorph();
  if (fileText.includes(KNOWN_TRUE) || fileText.includes(KNOWN_FALSE)) return unchanged(fileText, ['The file already contains the cleanup\'s placeholder names']);
  // No lib files and no imports resolved: the cleanup reads syntax and local bindings only, and loading TypeScript's
  // lib declarations would cost about a second per file.
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, noLib: true, noResolve: true, types: [] },
  });
  const sourceFile = project.createSourceFile(toProjectPath(fileName), fileText);
  const syntaxErrorsBefore = countSyntaxErrors(project, sourceFile);
  const usesBefore = countDeclarationUses(sourceFile);

  const edits: TextEdit[] = [];
  const problems: string[] = [];
  for (const site of sites) {
    const edit = replaceEvaluation(sourceFile, fileText, site, keep);
    if (typeof edit === 'string') problems.push(edit);
    else edits.push(edit);
  }
  if (problems.length > 0) return unchanged(fileText, problems);

  let text = applyEdits(fileText, edits);
  for (let step = 0; ; step++) {
    if (step === MAX_STEPS) return unchanged(fileText, ['The cleanup did not settle; the file is left as it was']);
    sourceFile.replaceWithText(text);
    const stepEdits = simplifyNextKnownValue(sourceFile);
    if (!stepEdits) break;
    text = applyEdits(text, stepEdits);
  }
  removeNewlyUnusedDeclarations(sourceFile, usesBefore);
  text = collapseNewBlankLines(fileText, sourceFile.getFullText());
  sourceFile.replaceWithText(text);
  if (countSyntaxErrors(project, sourceFile) > syntaxErrorsBefore) {
    return unchanged(fileText, ['The cleanup would leave code that does not parse; the file is left as it was (please report this)']);
  }
  return { text, changed: text !== fileText, problems: [] };
}

/** The edit replacing one evaluation by the kept value (a placeholder for booleans, folded afterwards), or why it cannot. */
function replaceEvaluation(sourceFile: SourceFile, text: string, site: FlagEvaluationSite, keep: FlagValue): TextEdit | string {
  const { SyntaxKind } = loadTsMorph();
  const [start, end] = site.callRange;
  const call = sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression).find((candidate) => candidate.getStart() === start && candidate.getEnd() === end);
  const where = `\`${text.slice(start, Math.min(end, start + 60))}\``;
  if (!call) return `Cannot find the evaluation ${where}`;
  if (site.returns === 'object') return `${where} returns a ${site.method} result object, which no literal can replace; rewrite it to read the value, then clean up`;
  let value = keep;
  if (site.isBoolean) {
    if (typeof keep !== 'boolean') return `${where} evaluates a boolean flag; keep true (on) or false (off)`;
    if (site.returns === 'negated-boolean') value = !keep;
  } else if (typeof keep === 'boolean') {
    return `${where} evaluates a ${site.method} value, not on/off; give the value to keep`;
  }
  const quote = text[site.keyRange[0]] === '"' ? '"' : "'";
  const literal = typeof value === 'boolean' ? (value ? KNOWN_TRUE : KNOWN_FALSE) : toLiteral(value, quote);
  const awaited = getAwaitingExpression(call);
  if (awaited) return { start: awaited.getStart(), end: awaited.getEnd(), text: literal };
  if (!site.isAsync || isAsyncReturnValue(call)) return { start, end, text: literal };
  return { start, end, text: `Promise.resolve(${typeof value === 'boolean' ? String(value) : literal})` };
}

/** The `await` expression around a call (through parentheses), whose value is the call's settled value. */
function getAwaitingExpression(call: Node): Node | undefined {
  const { Node } = loadTsMorph();
  let parent = call.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) parent = parent.getParent();
  return parent && Node.isAwaitExpression(parent) ? parent : undefined;
}

/** `return evaluation` in an async function (or an async arrow's body), where a plain value resolves the same. */
function isAsyncReturnValue(call: Node): boolean {
  const { Node } = loadTsMorph();
  const parent = call.getParent();
  if (parent && Node.isArrowFunction(parent)) return parent.isAsync();
  if (!parent || !Node.isReturnStatement(parent)) return false;
  const enclosing = parent.getFirstAncestor(Node.isFunctionLikeDeclaration);
  return enclosing !== undefined && Node.isAsyncable(enclosing) && enclosing.isAsync();
}

function toLiteral(value: FlagValue, quote: string): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const escaped = JSON.stringify(value).slice(1, -1);
  return quote === '"' ? `"${escaped}"` : `'${escaped.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** Removing statements can leave runs of blank lines; fold them unless the file already had such runs. */
function collapseNewBlankLines(original: string, text: string): string {
  const blankRun = /\n(?:[ \t]*\n){2,}/g;
  return blankRun.test(original) ? text : text.replace(blankRun, '\n\n');
}

function countSyntaxErrors(project: Project, sourceFile: SourceFile): number {
  return project.getProgram().getSyntacticDiagnostics(sourceFile).length;
}

/** A path in the in-memory project with an extension TypeScript parses (TSX for `.tsx`/`.jsx`). */
function toProjectPath(fileName: string): string {
  const baseName = path.basename(fileName) || 'file.ts';
  return `/${/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i.test(baseName) ? baseName : `${baseName}.ts`}`;
}

function unchanged(text: string, problems: string[]): FlagCleanupResult {
  return { text, changed: false, problems };
}
