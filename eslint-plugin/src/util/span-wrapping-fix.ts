import * as path from 'node:path';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { findThisClassBody } from './function-resolution';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import { resolveQualifiedName } from './module-bindings';
import { getNearestPackageName } from './package-name';
import { detectIndentation, getExpressionBodyStart, getLineIndentation, getShiftedLines, trimBlankLines } from './reindent';
import { findReturns, getAwaitInsertions } from './returned-promises';
import type { TypeInformation } from './type-information';
import { getTypeOrigin } from './type-origin';

const OTEL_API = '@opentelemetry/api';

/** Tracers that are not OpenTelemetry's even when named `tracer`: reusing one would call a method it does not have. */
const OTHER_TRACER_MODULES: ReadonlySet<string> = new Set(['dd-trace']);

export interface SpanWrappingFixInput {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly fileName: string;
  readonly fn: TSESTree.FunctionLike;
  readonly spanName: string;
  readonly typeInformation: TypeInformation | undefined;
}

/**
 * The "Instrument with an OpenTelemetry span" fix: wraps a function's body in
 * `tracer.startActiveSpan(name, (span) => { try { ... } catch { record, set ERROR, rethrow } finally { span.end() } })`
 * and returns its value. Async functions (and functions declared to return a `Promise`) get an async callback whose
 * returns are awaited, so the span covers the whole operation and sees its rejection; sync functions get a sync
 * callback; the arrow callback keeps `this`. Reuses a tracer in scope, or adds `const tracer = trace.getTracer('<package>')`
 * and the `@opentelemetry/api` import. Undefined (no fix) for generators and when names would clash.
 */
export function createSpanWrappingFix(input: SpanWrappingFixInput): TSESLint.ReportFixFunction | undefined {
  const { sourceCode, fn } = input;
  if (fn.generator || !fn.body || fn.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSTypePredicate) return undefined;
  const bindings = planOpenTelemetryBindings(input);
  const spanVariable = pickUnusedName(sourceCode, fn, ['span', 'activeSpan', 'otelSpan']);
  if (!bindings || !spanVariable) return undefined;
  const body = buildWrappedBody(input, bindings, spanVariable);
  const bodyStart = fn.body.type === AST_NODE_TYPES.BlockStatement ? fn.body.range[0] : getExpressionBodyStart(sourceCode, fn);
  return (fixer) => [fixer.replaceTextRange([bodyStart, fn.range[1]], body), ...bindings.edits(fixer)];
}

interface OpenTelemetryBindings {
  /** How the function reaches a tracer: `tracer`, `this.tracer`. */
  readonly tracer: string;
  /** How it reaches `SpanStatusCode`. */
  readonly statusCode: string;
  /** Imports and the module-level tracer to add. */
  readonly edits: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

function planOpenTelemetryBindings(input: SpanWrappingFixInput): OpenTelemetryBindings | undefined {
  const { sourceCode, fn } = input;
  const existingTracer = findTracerInScope(input);
  const needed: string[] = [];
  const apiName = (name: string): string | undefined => {
    const existing = findApiBinding(sourceCode, name);
    if (existing) return existing;
    if (isNameTaken(sourceCode, fn, name)) return undefined;
    needed.push(name);
    return name;
  };
  let tracer = existingTracer;
  let tracerDeclaration: string | undefined;
  if (tracer === undefined) {
    const trace = apiName('trace');
    tracer = ['tracer', 'otelTracer'].find((name) => !isNameTaken(sourceCode, fn, name));
    if (trace === undefined || tracer === undefined) return undefined;
    const tracerName = getNearestPackageName(input.fileName) ?? path.basename(input.fileName).replace(/\..*$/, '');
    tracerDeclaration = `const ${tracer} = ${trace}.getTracer(${quote(tracerName)});`;
  }
  const statusCode = apiName('SpanStatusCode');
  if (statusCode === undefined) return undefined;
  return { tracer, statusCode, edits: (fixer) => planImportEdits(sourceCode, fixer, needed, tracerDeclaration) };
}

/**
 * `SpanStatusCode` or `otel.SpanStatusCode` when the file already imports or requires it from `@opentelemetry/api`
 * (named, namespace, default or destructured `require`); type-only imports do not count.
 */
function findApiBinding(sourceCode: Readonly<TSESLint.SourceCode>, name: string): string | undefined {
  // Every span fix of a file asks this of the same module scope: answer once per file and name, or a file with
  // many critical functions pays for its whole module scope once per function.
  const answers = apiBindingsBySource.get(sourceCode) ?? new Map<string, string | undefined>();
  apiBindingsBySource.set(sourceCode, answers);
  if (!answers.has(name)) answers.set(name, lookUpApiBinding(sourceCode, name));
  return answers.get(name);
}

const apiBindingsBySource = new WeakMap<Readonly<TSESLint.SourceCode>, Map<string, string | undefined>>();

function lookUpApiBinding(sourceCode: Readonly<TSESLint.SourceCode>, name: string): string | undefined {
  for (const variable of getModuleScope(sourceCode)?.variables ?? []) {
    const identifier = variable.identifiers[0];
    if (!identifier || isTypeOnlyImport(variable)) continue;
    const qualified = resolveQualifiedName(sourceCode, identifier);
    if (qualified?.module !== OTEL_API) continue;
    if (qualified.path.length === 1 && qualified.path[0] === name) return variable.name;
    if (qualified.path.length === 0) return `${variable.name}.${name}`;
  }
  return undefined;
}

function isTypeOnlyImport(variable: TSESLint.Scope.Variable): boolean {
  const definition = variable.defs[0];
  if (definition?.type !== 'ImportBinding') return false;
  const declaration = definition.parent;
  return (declaration.type === AST_NODE_TYPES.ImportDeclaration && declaration.importKind === 'type') || (definition.node.type === AST_NODE_TYPES.ImportSpecifier && definition.node.importKind === 'type');
}

/** The scope of the file's top-level declarations: the module scope, or the global scope of a script. */
function getModuleScope(sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Scope | undefined {
  const globalScope = sourceCode.scopeManager?.globalScope ?? undefined;
  return globalScope?.childScopes.find((scope) => scope.type === 'module') ?? globalScope;
}

/**
 * An OpenTelemetry tracer the function can already use: `this.tracer` (a field from `getTracer()` or typed `Tracer`),
 * then variables from the innermost scope out (from `getTracer()`, typed or annotated `Tracer`, or an imported `tracer`).
 */
function findTracerInScope(input: SpanWrappingFixInput): string | undefined {
  const { sourceCode, fn, typeInformation } = input;
  const classBody = findThisClassBody(fn);
  const isStatic = fn.parent?.type === AST_NODE_TYPES.MethodDefinition && fn.parent.static;
  if (classBody && !isStatic) {
    const field = findTracerField(sourceCode, classBody);
    if (field) return `this.${field}`;
  }
  const moduleScope = getModuleScope(sourceCode);
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(fn); scope; scope = scope.upper) {
    const candidates = scope === moduleScope ? getModuleTracerVariables(input) : scope.variables.filter((variable) => isTracerVariable(sourceCode, typeInformation, variable));
    const visible = candidates.find((variable) => isVisibleFrom(sourceCode, fn, variable));
    if (visible) return visible.name;
  }
  return undefined;
}

const moduleTracerVariablesBySource = new WeakMap<Readonly<TSESLint.SourceCode>, TSESLint.Scope.Variable[]>();

/** The module scope's tracer variables, found once per file (a module scope can hold thousands of declarations). */
function getModuleTracerVariables({ sourceCode, typeInformation }: SpanWrappingFixInput): TSESLint.Scope.Variable[] {
  let variables = moduleTracerVariablesBySource.get(sourceCode);
  if (!variables) {
    variables = (getModuleScope(sourceCode)?.variables ?? []).filter((variable) => isTracerVariable(sourceCode, typeInformation, variable));
    moduleTracerVariablesBySource.set(sourceCode, variables);
  }
  return variables;
}

function findTracerField(sourceCode: Readonly<TSESLint.SourceCode>, classBody: TSESTree.ClassBody): string | undefined {
  for (const element of classBody.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static) {
      const name = getStaticPropertyName(element);
      if (name !== undefined && !name.startsWith('#') && (isGetTracerCall(element.value) || isTracerAnnotation(sourceCode, element.typeAnnotation))) return name;
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      for (const parameter of element.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty || parameter.parameter.type !== AST_NODE_TYPES.Identifier) continue;
        if (isTracerAnnotation(sourceCode, parameter.parameter.typeAnnotation)) return parameter.parameter.name;
      }
    }
  }
  return undefined;
}

function isTracerVariable(sourceCode: Readonly<TSESLint.SourceCode>, typeInformation: TypeInformation | undefined, variable: TSESLint.Scope.Variable): boolean {
  const definition = variable.defs[0];
  if (!definition || variable.defs.length !== 1) return false;
  if (definition.type === 'Variable') {
    if (isGetTracerCall(definition.node.init)) return true;
    if (isTracerAnnotation(sourceCode, definition.name.type === AST_NODE_TYPES.Identifier ? definition.name.typeAnnotation : undefined)) return true;
  }
  if (definition.type === 'Parameter' && definition.name.type === AST_NODE_TYPES.Identifier && isTracerAnnotation(sourceCode, definition.name.typeAnnotation)) return true;
  if (definition.type !== 'ImportBinding' || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  const module = definition.parent.source.value;
  if (module === OTEL_API || OTHER_TRACER_MODULES.has(module)) return false;
  if (typeInformation) {
    const origin = getTypeOrigin(typeInformation, definition.name);
    return origin.packages.has(OTEL_API) && origin.names.has('Tracer');
  }
  // Without types, an imported `tracer` from the project's own tracing module is taken at its name.
  return /(^|[a-z])(tracer|Tracer)$/.test(variable.name) && (module.startsWith('.') || module.startsWith('@/') || module.startsWith('~/'));
}

/** `trace.getTracer('x')`, `provider.getTracer('x')`, nestjs-otel `traceService.getTracer()`. */
function isGetTracerCall(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const expression = skipTypeWrappers(node);
  return (
    expression.type === AST_NODE_TYPES.CallExpression &&
    expression.callee.type === AST_NODE_TYPES.MemberExpression &&
    getStaticPropertyName(expression.callee) === 'getTracer'
  );
}

function isTracerAnnotation(sourceCode: Readonly<TSESLint.SourceCode>, annotation: TSESTree.TSTypeAnnotation | undefined): boolean {
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName : type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right : undefined;
  const qualified = type.typeName.type === AST_NODE_TYPES.Identifier ? resolveQualifiedName(sourceCode, type.typeName) : undefined;
  if (type.typeName.type === AST_NODE_TYPES.TSQualifiedName && type.typeName.left.type === AST_NODE_TYPES.Identifier) {
    const namespace = resolveQualifiedName(sourceCode, type.typeName.left);
    return namespace?.module === OTEL_API && name?.name === 'Tracer';
  }
  return qualified?.module === OTEL_API && qualified.path.length === 1 && qualified.path[0] === 'Tracer';
}

/** Whether the function sees this variable under its name (not shadowed), and it is not declared in the body being moved. */
function isVisibleFrom(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike, variable: TSESLint.Scope.Variable): boolean {
  const identifier = variable.identifiers[0];
  if (!identifier || (fn.body && identifier.range[0] >= fn.body.range[0] && identifier.range[1] <= fn.body.range[1])) return false;
  return ASTUtils.findVariable(sourceCode.getScope(fn), variable.name) === variable;
}

/** Whether `name` already means something where the function is, or inside it. */
function isNameTaken(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike, name: string): boolean {
  if (ASTUtils.findVariable(sourceCode.getScope(fn), name)) return true;
  if (getModuleScope(sourceCode)?.set.has(name)) return true;
  return fn.body !== null && fn.body !== undefined && sourceCode.getTokens(fn.body).some((token) => token.type === 'Identifier' && token.value === name);
}

function pickUnusedName(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike, names: readonly string[]): string | undefined {
  return names.find((name) => !isNameTaken(sourceCode, fn, name));
}

/**
 * Adds the missing `@opentelemetry/api` names (to an existing import when there is one, as a `require` in a CommonJS
 * file) and the module-level tracer, after the file's imports.
 */
function planImportEdits(sourceCode: Readonly<TSESLint.SourceCode>, fixer: TSESLint.RuleFixer, names: readonly string[], tracerDeclaration: string | undefined): TSESLint.RuleFix[] {
  const program = sourceCode.ast;
  const imports = program.body.filter((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration || isRequireDeclaration(statement));
  const isCommonJs = imports.length > 0 && imports.every(isRequireDeclaration);
  const mergeInto = imports.find(
    (declaration): declaration is TSESTree.ImportDeclaration =>
      declaration.type === AST_NODE_TYPES.ImportDeclaration &&
      declaration.source.value === OTEL_API &&
      declaration.importKind !== 'type' &&
      declaration.specifiers.length > 0 &&
      declaration.specifiers.every((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
  const fixes: TSESLint.RuleFix[] = [];
  let newImport: string | undefined;
  if (names.length > 0 && mergeInto) {
    const last = mergeInto.specifiers.at(-1);
    if (last) fixes.push(fixer.insertTextAfter(last, `, ${names.join(', ')}`));
  } else if (names.length > 0) {
    newImport = isCommonJs ? `const { ${names.join(', ')} } = require('${OTEL_API}');` : `import { ${names.join(', ')} } from '${OTEL_API}';`;
  }
  const additions = [newImport, tracerDeclaration].filter((text): text is string => text !== undefined);
  if (additions.length === 0) return fixes;
  const lastImport = imports.at(-1);
  const lastDirective = [...program.body].reverse().find((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined);
  if (lastImport) {
    const text = (newImport ? `\n${newImport}` : '') + (tracerDeclaration ? `\n\n${tracerDeclaration}` : '');
    fixes.push(fixer.insertTextAfter(lastImport, text));
  } else if (lastDirective) {
    fixes.push(fixer.insertTextAfter(lastDirective, `\n\n${additions.join('\n\n')}`));
  } else {
    const start = sourceCode.text.startsWith('#!') ? sourceCode.text.indexOf('\n') + 1 : 0;
    fixes.push(fixer.insertTextBeforeRange([start, start], `${additions.join('\n\n')}\n\n`));
  }
  return fixes;
}

/** `const x = require('m')` (or a destructuring of it) at the top of a CommonJS file. */
function isRequireDeclaration(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  return statement.declarations.some((declarator) => {
    const init = declarator.init && skipTypeWrappers(declarator.init);
    const call = init?.type === AST_NODE_TYPES.MemberExpression ? init.object : init;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'require';
  });
}

function buildWrappedBody(input: SpanWrappingFixInput, bindings: OpenTelemetryBindings, span: string): string {
  const { sourceCode, fn, spanName } = input;
  const body = fn.body as TSESTree.BlockStatement | TSESTree.Expression;
  const returnType = fn.returnType && sourceCode.getText(fn.returnType.typeAnnotation);
  const isAsync = fn.async || (fn.returnType !== undefined && isPromiseType(fn.returnType.typeAnnotation));
  const { base, unit } = detectIndentation(sourceCode, body);
  const inner = base + unit.repeat(3);
  let statements: string[];
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    const insertions = isAsync ? findReturns(sourceCode, body.body).flatMap((returned) => getAwaitInsertions(sourceCode, returned)) : [];
    statements = trimBlankLines(getShiftedLines(sourceCode, [body.range[0] + 1, body.range[1] - 1], insertions, inner, unit.length * 2, unit));
  } else {
    const start = getExpressionBodyStart(sourceCode, fn);
    const insertions = isAsync ? getAwaitInsertions(sourceCode, body) : [];
    statements = getShiftedLines(sourceCode, [start, fn.range[1]], insertions, `${inner}return `, inner.length - getLineIndentation(sourceCode, start).length, unit);
    statements[statements.length - 1] += ';';
  }
  const head = `${isAsync ? 'async ' : ''}(${span})${returnType ? `: ${returnType}` : ''} => {`;
  return [
    '{',
    `${base}${unit}return ${bindings.tracer}.startActiveSpan(${quote(spanName)}, ${head}`,
    `${base}${unit.repeat(2)}try {`,
    ...statements,
    `${base}${unit.repeat(2)}} catch (err) {`,
    `${inner}${span}.recordException(${isTypeScriptFile(input.fileName) ? 'err as Error' : 'err'});`,
    `${inner}${span}.setStatus({ code: ${bindings.statusCode}.ERROR });`,
    `${inner}throw err;`,
    `${base}${unit.repeat(2)}} finally {`,
    `${inner}${span}.end();`,
    `${base}${unit.repeat(2)}}`,
    `${base}${unit}});`,
    `${base}}`,
  ].join('\n');
}

/** `Promise<T>` (also `globalThis.Promise<T>`): a function declared to return one gets an async callback. */
function isPromiseType(type: TSESTree.TypeNode): boolean {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right.name : '';
  return name === 'Promise';
}

/** JavaScript files get no type assertion in the `catch`. */
function isTypeScriptFile(fileName: string): boolean {
  return /\.[cm]?tsx?$/.test(fileName);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
