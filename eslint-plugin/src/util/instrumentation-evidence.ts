import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { tracingWrapperWords } from '../catalogs/tracers';
import { getCalleeName, getStaticPropertyName, skipTypeWrappers } from './ast';
import { resolveFunction } from './function-resolution';
import { INSTRUMENTATION_MODULES, isInstrumentationCallInDeclaration, matchInstrumentationCall, matchInstrumentationDecorator } from './instrumentation-calls';
import { resolveQualifiedName } from './module-bindings';
import type { TypeInformation } from './type-information';
import { getDeclaringPackage } from './type-origin';
import { splitWords } from './words';

/** What shows that a function is instrumented. */
export interface InstrumentationEvidence {
  /** Where the span or metric is: in the function's own body, in a helper it calls, in a wrapper around it, or a decorator. */
  readonly via: 'body' | 'helper' | 'wrapper' | 'decorator';
  /** What records it: a catalogued library (`OpenTelemetry traces`), or the name of the helper, wrapper or decorator. */
  readonly by: string;
  /** The call or decorator that shows it. */
  readonly node: TSESTree.Node;
}

/** A function to judge, with what surrounds it in the file. */
export interface InstrumentationTarget {
  readonly fn: TSESTree.FunctionLike;
  /** Calls wrapping the function where it is declared or registered (`traced(fn)`, `router.post(path, withSpan(fn))`). */
  readonly wrappers: readonly TSESTree.CallExpression[];
  /** Decorators of the method and of its class. */
  readonly decorators: readonly TSESTree.Decorator[];
  /** The declaration binding the function's name, whose references may be wrapped elsewhere (`export default traced(checkout)`). */
  readonly binding: TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator | undefined;
}

export interface InstrumentationFinderContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly typeInformation: TypeInformation | undefined;
  /** Every call of the file in source order. */
  readonly calls: readonly TSESTree.CallExpression[];
  /** Names of wrappers and decorators the user declared instrumenting (option `instrumenters`). */
  readonly instrumenters: ReadonlySet<string>;
}

/** How many helper calls deep a span is looked for (`checkout` → `recordCheckout` → `counter.add`). */
const MAX_HELPER_DEPTH = 2;
const WRAPPER_WORDS: ReadonlySet<string> = new Set(tracingWrapperWords);

/** The finder's context plus what it has already worked out, so helpers shared by several functions are read once. */
interface FinderState extends InstrumentationFinderContext {
  readonly functionResults: Map<TSESTree.FunctionLike, InstrumentationEvidence | null>;
  readonly declarationResults: Map<ts.Node, boolean>;
}

/**
 * Finds the span or metric that instruments a function: a catalogued call anywhere in its body (nested callbacks
 * included), a same-file helper it calls that records one, a wrapper or decorator that starts one (read in this file,
 * or in another module with type information), or a wrapper named in `instrumenters`. A wrapper or decorator the rule
 * cannot read counts when its name says so (`withSpan`, `@Traced()`): unsure means silent.
 */
export function createInstrumentationFinder(context: InstrumentationFinderContext): (target: InstrumentationTarget) => InstrumentationEvidence | undefined {
  const state: FinderState = { ...context, functionResults: new Map(), declarationResults: new Map() };
  return (target) => {
    for (const decorator of target.decorators) {
      const found = judgeDecorator(state, decorator);
      if (found) return found;
    }
    for (const wrapper of [...target.wrappers, ...findReferenceWrappers(state.sourceCode, target.binding)]) {
      const found = judgeCall(state, wrapper, 'wrapper', 0);
      if (found) return found;
    }
    return findInFunction(state, target.fn, 0);
  };
}

function findInFunction(state: FinderState, fn: TSESTree.FunctionLike, depth: number): InstrumentationEvidence | undefined {
  const cached = state.functionResults.get(fn);
  if (cached !== undefined) return cached ?? undefined;
  state.functionResults.set(fn, null); // recursion guard
  let found: InstrumentationEvidence | undefined;
  for (const call of state.calls) {
    if (call.range[0] < fn.range[0]) continue;
    if (call.range[0] >= fn.range[1]) break;
    found = judgeCall(state, call, 'body', depth);
    if (found) break;
  }
  state.functionResults.set(fn, found ?? null);
  return found;
}

function judgeCall(state: FinderState, call: TSESTree.CallExpression, role: 'body' | 'wrapper', depth: number): InstrumentationEvidence | undefined {
  const via = role === 'body' ? 'body' : 'wrapper';
  const library = matchInstrumentationCall(state.sourceCode, call, state.typeInformation);
  if (library) return { via, by: library.library, node: call };
  const callee = skipTypeWrappers(call.callee);
  const name = getCalleeName(call);
  if (name === undefined) return undefined;
  if (state.instrumenters.has(name)) return { via, by: name, node: call };
  // Inside the body only plain helper calls and `this.helper()` are followed: a span in another object's method covers that
  // method, not this function. A tracing method of another object that is handed the work as a callback covers it, though:
  // `this.tracing.withSpan('order.create', async () => ...)`.
  if (role === 'body' && callee.type !== AST_NODE_TYPES.Identifier && !isThisMember(callee)) {
    return hasWrapperName(name) && hasCallbackArgument(call) && judgeCallee(state, callee, depth) === 'unknown' ? { via, by: name, node: call } : undefined;
  }
  const verdict = judgeCallee(state, callee, depth);
  if (verdict === 'instrumented') return { via: role === 'body' ? 'helper' : 'wrapper', by: name, node: call };
  if (verdict === 'unknown' && (role === 'wrapper' || callee.type === AST_NODE_TYPES.Identifier) && hasWrapperName(name)) return { via, by: name, node: call };
  return undefined;
}

function judgeDecorator(state: FinderState, decorator: TSESTree.Decorator): InstrumentationEvidence | undefined {
  const library = matchInstrumentationDecorator(state.sourceCode, decorator);
  if (library) return { via: 'decorator', by: library.library, node: decorator };
  const expression = skipTypeWrappers(decorator.expression);
  // A decorator made by an instrumentation call of an instance: `@tracer.captureMethod()`.
  const factory = expression.type === AST_NODE_TYPES.CallExpression ? matchInstrumentationCall(state.sourceCode, expression, state.typeInformation) : undefined;
  if (factory) return { via: 'decorator', by: factory.library, node: decorator };
  const callee = skipTypeWrappers(expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
  if (name === undefined) return undefined;
  const verdict = state.instrumenters.has(name) ? 'instrumented' : judgeCallee(state, callee, 0);
  const isInstrumenting = verdict === 'instrumented' || (verdict === 'unknown' && hasWrapperName(name));
  return isInstrumenting ? { via: 'decorator', by: name, node: decorator } : undefined;
}

/** Whether the function a callee names records a span or metric, or `unknown` when the rule cannot read it. */
function judgeCallee(state: FinderState, callee: TSESTree.Node, depth: number): 'instrumented' | 'not-instrumented' | 'unknown' {
  const { sourceCode, typeInformation } = state;
  const qualified = resolveQualifiedName(sourceCode, callee);
  if (qualified && INSTRUMENTATION_MODULES.has(qualified.module)) return 'not-instrumented';
  const resolved = resolveFunction(sourceCode, typeInformation, callee);
  if (!resolved) return 'unknown';
  if (resolved.where === 'this-file') {
    if (depth >= MAX_HELPER_DEPTH) return 'unknown';
    return findInFunction(state, resolved.node, depth + 1) ? 'instrumented' : 'not-instrumented';
  }
  // An interface or abstract method (the type of an injected service) has no body to read.
  if (!typeInformation || isOutsideProject(resolved.declaration.getSourceFile()) || !getDeclarationBody(resolved.declaration)) return 'unknown';
  return isDeclarationInstrumented(typeInformation, resolved.declaration, state.declarationResults, 0) ? 'instrumented' : 'not-instrumented';
}

/** Calls that take the function by name: `export default traced(checkout)`, `app.post('/pay', withSpan(pay))`. */
function findReferenceWrappers(
  sourceCode: Readonly<TSESLint.SourceCode>,
  binding: TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator | undefined,
): TSESTree.CallExpression[] {
  if (!binding) return [];
  const name = binding.type === AST_NODE_TYPES.FunctionDeclaration ? binding.id?.name : binding.id.type === AST_NODE_TYPES.Identifier ? binding.id.name : undefined;
  const variable = sourceCode.getDeclaredVariables(binding).find((candidate) => candidate.name === name);
  return (variable?.references ?? []).flatMap((reference) => {
    const parent = reference.identifier.parent;
    return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(reference.identifier as TSESTree.Expression) ? [parent] : [];
  });
}

/**
 * Whether a function declared in another module (a wrapper, decorator or helper followed with the checker) calls a
 * catalogued span or metric API in its body, following the plain helpers it calls a few levels deep.
 */
function isDeclarationInstrumented(typeInformation: TypeInformation, declaration: ts.Declaration, results: Map<ts.Node, boolean>, depth: number): boolean {
  const cached = results.get(declaration);
  if (cached !== undefined) return cached;
  results.set(declaration, false);
  const body = getDeclarationBody(declaration);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node)) {
      found = isInstrumentationCallInDeclaration(typeInformation, node) || (depth < MAX_HELPER_DEPTH && isHelperInstrumented(typeInformation, node, results, depth));
    }
    if (!found) ts.forEachChild(node, visit);
  };
  if (body) visit(body);
  results.set(declaration, found);
  return found;
}

function isHelperInstrumented(typeInformation: TypeInformation, call: ts.CallExpression, results: Map<ts.Node, boolean>, depth: number): boolean {
  if (!ts.isIdentifier(call.expression)) return false;
  const { checker } = typeInformation;
  let symbol = checker.getSymbolAtLocation(call.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || isOutsideProject(declaration.getSourceFile())) return false;
  return isDeclarationInstrumented(typeInformation, declaration, results, depth + 1);
}

/** A function's body, or the initializer of a constant or property that holds one (possibly wrapped). */
function getDeclarationBody(declaration: ts.Declaration): ts.Node | undefined {
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration) || ts.isFunctionExpression(declaration) || ts.isArrowFunction(declaration)) {
    return declaration.body;
  }
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) return declaration.initializer;
  return undefined;
}

function isOutsideProject(sourceFile: ts.SourceFile): boolean {
  return sourceFile.isDeclarationFile || getDeclaringPackage(sourceFile.fileName) !== undefined;
}

function isThisMember(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(node.object).type === AST_NODE_TYPES.ThisExpression;
}

function hasCallbackArgument(call: TSESTree.CallExpression): boolean {
  return call.arguments.some((argument) => argument.type === AST_NODE_TYPES.ArrowFunctionExpression || argument.type === AST_NODE_TYPES.FunctionExpression);
}

function hasWrapperName(name: string): boolean {
  return splitWords(name).some((word) => WRAPPER_WORDS.has(word));
}
