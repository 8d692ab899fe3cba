import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, getEnclosingFunction } from '../util/ast';
import { createRule } from '../util/create-rule';
import { createCallbackEndFix, createEndInFinallyFix } from '../util/end-in-finally-fix';
import { matchInstrumentationCall } from '../util/instrumentation-calls';
import { analyzeSpanLifetime, type SpanEndVerdict, type SpanLifetime } from '../util/span-lifetime';
import { getTypeInformation } from '../util/type-information';

export type Options = [];
export type MessageId = 'neverEnded' | 'notEndedOnEveryPath' | 'endInFinally';

export default createRule<Options, MessageId>({
  name: 'span-must-end',
  meta: {
    type: 'problem',
    docs: { description: 'Require every started tracing span to be ended on every path, including the throwing one.', recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      neverEnded:
        'This span is never ended: an unended span is never exported, so the operation it times is invisible and its memory is held. Call `{{endMethod}}()` in a `finally` block.',
      notEndedOnEveryPath:
        'This span is not ended on every path: a thrown error or an early return skips `{{endMethod}}()`, and an unended span is never exported. Call `{{endMethod}}()` in a `finally` block.',
      endInFinally: 'End the span in a `finally` block',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const typeInformation = getTypeInformation(context);
    return {
      CallExpression(call) {
        const lifecycle = matchInstrumentationCall(context.sourceCode, call, typeInformation, ['span'])?.lifecycle;
        if (!lifecycle || lifecycle.ends === 'automatic') return;
        const ending: SpanEnding = { endMethod: lifecycle.endMethod, endMethods: [lifecycle.endMethod, ...(lifecycle.alsoEndedBy ?? [])] };
        if (lifecycle.ends === 'returned') checkReturnedSpan(context, call, ending);
        else checkCallbackSpan(context, call, ending);
      },
    };
  },
});

type SpanRuleContext = Readonly<TSESLint.RuleContext<MessageId, Options>>;

/** How the library ends a span: the method a fix writes, and every method that counts as ending it. */
interface SpanEnding {
  readonly endMethod: string;
  readonly endMethods: readonly string[];
}

/** `const span = tracer.startSpan('x')`: the statements after it in its block must end it. */
function checkReturnedSpan(context: SpanRuleContext, call: TSESTree.CallExpression, { endMethod, endMethods }: SpanEnding): void {
  const { sourceCode } = context;
  let node: TSESTree.Node = call;
  while (node.parent && isTypeWrapper(node.parent)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) {
    reportSpan(context, call, 'never-ended', endMethod, undefined);
    return;
  }
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) return;
  const declaration = parent.parent;
  const statements = getFollowingStatements(declaration);
  const variable = sourceCode.getDeclaredVariables(parent)[0];
  if (!statements || !variable || declaration.kind !== 'const') return;
  const owner = getEnclosingFunction(declaration);
  const lifetime = analyzeSpanLifetime(sourceCode, { variable, statements, owner, endMethods });
  const usedEnd = getUsedEndMethod(lifetime, endMethod);
  const fix = createEndInFinallyFix({ sourceCode, statements, container: owner ?? sourceCode.ast, spanName: parent.id.name, endMethod: usedEnd, endCalls: lifetime.endCalls, isAsync: owner?.async ?? false });
  reportSpan(context, call, lifetime.verdict, usedEnd, fix);
}

/** `tracer.startActiveSpan('x', (span) => { ... })`: the callback must end the span it is given. */
function checkCallbackSpan(context: SpanRuleContext, call: TSESTree.CallExpression, { endMethod, endMethods }: SpanEnding): void {
  const { sourceCode } = context;
  const callback = call.arguments.at(-1);
  if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback?.type !== AST_NODE_TYPES.FunctionExpression) return;
  const [spanParameter, ...otherParameters] = callback.params;
  // Sentry's `startSpanManual` also passes `finish`: code that uses it ends the span its own way.
  if (otherParameters.some((parameter) => parameter.type !== AST_NODE_TYPES.Identifier || sourceCode.getDeclaredVariables(callback).some((variable) => variable.name === parameter.name && variable.references.length > 0))) return;
  if (!spanParameter) {
    reportSpan(context, call, 'never-ended', endMethod, createCallbackEndFix(sourceCode, callback, pickSpanName(sourceCode, callback), endMethod));
    return;
  }
  if (spanParameter.type !== AST_NODE_TYPES.Identifier) return;
  const variable = sourceCode.getDeclaredVariables(callback).find((candidate) => candidate.name === spanParameter.name);
  if (!variable) return;
  if (callback.body.type !== AST_NODE_TYPES.BlockStatement) {
    if (variable.references.length === 0) reportSpan(context, call, 'never-ended', endMethod, createCallbackEndFix(sourceCode, callback, spanParameter.name, endMethod));
    return;
  }
  const statements = callback.body.body;
  const lifetime = analyzeSpanLifetime(sourceCode, { variable, statements, owner: callback, endMethods });
  const usedEnd = getUsedEndMethod(lifetime, endMethod);
  const fix = lifetime.endCalls.length === 0
    ? createCallbackEndFix(sourceCode, callback, spanParameter.name, endMethod)
    : createEndInFinallyFix({ sourceCode, statements, container: callback, spanName: spanParameter.name, endMethod: usedEnd, endCalls: lifetime.endCalls, isAsync: callback.async });
  reportSpan(context, call, lifetime.verdict, usedEnd, fix);
}

/** Reports a span that is not ended on every path, on the call that starts it; spans that end or are handed off are fine. */
function reportSpan(
  context: SpanRuleContext,
  call: TSESTree.CallExpression,
  verdict: SpanEndVerdict,
  endMethod: string,
  fix: TSESLint.ReportFixFunction | undefined,
): void {
  if (verdict !== 'never-ended' && verdict !== 'not-ended-on-every-path') return;
  context.report({
    loc: { start: call.loc.start, end: call.callee.loc.end },
    messageId: verdict === 'never-ended' ? 'neverEnded' : 'notEndedOnEveryPath',
    data: { endMethod },
    suggest: fix ? [{ messageId: 'endInFinally', fix }] : [],
  });
}

/** The end method the code already calls (`finish` on an OpenTracing-style span), else the library's. */
function getUsedEndMethod(lifetime: SpanLifetime, endMethod: string): string {
  const [first] = lifetime.endCalls;
  return (first && getCalleeName(first)) ?? endMethod;
}

function isTypeWrapper(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSNonNullExpression || node.type === AST_NODE_TYPES.TSSatisfiesExpression;
}

/** The statements after a declaration in its block, or undefined when it is not directly in one. */
function getFollowingStatements(declaration: TSESTree.VariableDeclaration): readonly TSESTree.Statement[] | undefined {
  const container = declaration.parent;
  const list =
    container.type === AST_NODE_TYPES.BlockStatement || container.type === AST_NODE_TYPES.Program
      ? container.body
      : container.type === AST_NODE_TYPES.SwitchCase
        ? container.consequent
        : undefined;
  const index = list?.indexOf(declaration as TSESTree.ProgramStatement) ?? -1;
  return list && index !== -1 ? list.slice(index + 1) : undefined;
}

/** `span`, unless the callback body already uses that name for something else. */
function pickSpanName(sourceCode: Readonly<TSESLint.SourceCode>, callback: TSESTree.FunctionLike): string {
  const isTaken = (name: string): boolean => sourceCode.getTokens(callback).some((token) => token.type === 'Identifier' && token.value === name);
  return ['span', 'activeSpan', 'otelSpan'].find((name) => !isTaken(name)) ?? 'currentSpan';
}
