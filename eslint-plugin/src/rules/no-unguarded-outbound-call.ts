import type { TSESLint } from '@typescript-eslint/utils';
import { createGuardRegions } from '../util/call-guards';
import { createRule } from '../util/create-rule';
import { createImportedDeclarationFinder } from '../util/imported-declarations';
import { findRequestInit, isBrowserOnlyCall, locateOptions, matchOutboundCall, type OptionsLocation, type OutboundCall } from '../util/outbound-calls';
import { combineTimeBounds, evaluateTimeBounds, findRequestMethodBound, type TimeBoundState } from '../util/time-bounds';
import { buildTimeoutFix } from '../util/timeout-suggestions';
import { isBrowserModule, isScriptFile } from '../util/service-code';
import { isTestFile } from '../util/test-files';
import { getTypeInformation, type TypeInformation } from '../util/type-information';

export type Options = [
  {
    /** Milliseconds the "Add a timeout" suggestions write. */
    defaultTimeoutMs?: number;
    /** The application's own wrappers that bound a call: calls inside their arguments are not reported. */
    guards?: string[];
  },
];
export type MessageId = 'missingTimeout' | 'disabledTimeout' | 'neverAbortedSignal' | 'addTimeout';

/** What an unbounded call costs in production, shared by every message. */
const IMPACT = "If the dependency hangs, the call holds this request, its socket and its memory until the caller's own timeout fires, or forever.";

export default createRule<Options, MessageId>({
  name: 'no-unguarded-outbound-call',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require outbound network calls to have a timeout, an abort signal or a circuit breaker.',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      missingTimeout: `{{call}} has no timeout, abort signal or circuit breaker, and {{defaultBehaviour}}. ${IMPACT} Fix: {{remedy}}.`,
      disabledTimeout: `{{call}} turns its timeout off with \`{{setting}}\`{{where}}. ${IMPACT} Fix: {{remedy}}.`,
      neverAbortedSignal: `{{call}} takes its signal from \`{{controller}}\`, an AbortController that nothing ever aborts, so the call has no time limit. ${IMPACT} Fix: {{remedy}}, or combine the signals with \`AbortSignal.any([{{controller}}.signal, AbortSignal.timeout(ms)])\`.`,
      addTimeout: 'Add a {{milliseconds}} ms timeout: `{{code}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          defaultTimeoutMs: {
            type: 'integer',
            minimum: 1,
            description: 'Milliseconds the "Add a timeout" suggestions write (default 10000).',
          },
          guards: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Your own functions or methods that bound a call, by name or by the end of their path (`withTimeout`, `resilience.run`): outbound calls inside their arguments are not reported.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ defaultTimeoutMs: 10_000, guards: [] }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    // A test or a script that calls a dependency without a timeout hangs a test run or a terminal, not a service; a
    // browser's request holds the user's tab, which the user can close, not a server's sockets and memory.
    if (isTestFile(context.filename) || isScriptFile(context.filename) || isBrowserModule(sourceCode)) return {};
    const typeInformation = getTypeInformation(context);
    const imports = typeInformation && createImportedDeclarationFinder(typeInformation, sourceCode, context.filename);
    const lookup = { sourceCode, imports };
    const guardRegions = createGuardRegions(sourceCode, options.guards ?? []);
    const findings: Finding[] = [];
    // One call that only a browser can make (`fetch('/api/cart')`) shows the whole module is front-end code.
    let runsInBrowser = false;

    return {
      NewExpression(node) {
        guardRegions.visit(node);
      },
      CallExpression(node) {
        guardRegions.visit(node);
        const outbound = matchOutboundCall(lookup, node);
        if (!outbound || runsInBrowser) return;
        runsInBrowser = isBrowserOnlyCall(sourceCode, outbound);
        const finding = judgeOutboundCall(sourceCode, typeInformation, outbound);
        if (finding) findings.push(finding);
      },
      'Program:exit'() {
        if (runsInBrowser) return;
        for (const finding of findings) {
          if (!guardRegions.isGuarded(finding.outbound.node)) report(context, finding, options.defaultTimeoutMs ?? 10_000);
        }
      },
    };
  },
});

/** An outbound call nothing bounds, and why. */
interface Finding {
  readonly outbound: OutboundCall;
  readonly state: Extract<TimeBoundState, { kind: 'absent' | 'disabled' | 'never-aborted' }>;
  /** Where a turned-off timeout or a useless signal comes from: the call itself, or the instance it is made on. */
  readonly source: 'call' | 'instance';
  readonly location: Exclude<OptionsLocation, { kind: 'unknown' }>;
}

/**
 * Decides whether an outbound call is bounded, in the order the libraries apply settings: the call's own options and
 * request methods, then the instance it is made on, then the library's default. Any doubt ends in silence.
 */
function judgeOutboundCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  typeInformation: TypeInformation | undefined,
  outbound: OutboundCall,
): Finding | undefined {
  const location = locateOptions(sourceCode, typeInformation, outbound);
  if (location.kind === 'unknown') return undefined;
  const { entry, instance, node } = outbound;
  const requestInit = findRequestInit(sourceCode, typeInformation, outbound);
  const callState = combineTimeBounds([
    location.kind === 'argument' ? evaluateTimeBounds(sourceCode, location.node, entry.bounds) : { kind: 'absent' },
    requestInit === 'unknown' ? { kind: 'unknown' } : requestInit ? evaluateTimeBounds(sourceCode, requestInit, entry.bounds) : { kind: 'absent' },
    findRequestMethodBound(sourceCode, node, entry.requestBoundMethods),
  ]);
  if (callState.kind === 'bounded' || callState.kind === 'unknown') return undefined;
  if (callState.kind !== 'absent') return { outbound, state: callState, source: 'call', location };
  const instanceState = instance?.state ?? { kind: 'absent' };
  if (instanceState.kind === 'bounded' || instanceState.kind === 'unknown') return undefined;
  if (instanceState.kind !== 'absent') return { outbound, state: instanceState, source: 'instance', location };
  return entry.boundedByDefault ? undefined : { outbound, state: { kind: 'absent' }, source: 'call', location };
}

function report(context: Readonly<TSESLint.RuleContext<MessageId, Options>>, finding: Finding, milliseconds: number): void {
  const { sourceCode } = context;
  const { outbound, state, source, location } = finding;
  const { entry, node, receiver } = outbound;
  const call = receiver ? `This ${entry.name} call on \`${sourceCode.getText(receiver)}\`` : `This ${entry.name} call`;
  const timeoutFix = buildTimeoutFix({
    sourceCode,
    call: node,
    suggestion: entry.suggestion,
    location,
    milliseconds,
    existingSignal: state.kind === 'never-aborted' && source === 'call' ? state.signal : undefined,
    disabledValue: state.kind === 'disabled' && source === 'call' && entry.suggestion.kind === 'method' ? state.value : undefined,
  });
  const suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] = [
    { messageId: 'addTimeout', data: { milliseconds, code: timeoutFix.code }, fix: timeoutFix.fix },
  ];
  const common = { call, remedy: entry.remedy };
  if (state.kind === 'disabled') {
    const where = source === 'instance' ? ' on the instance it is made on' : '';
    context.report({ node, messageId: 'disabledTimeout', data: { ...common, setting: state.setting, where }, suggest });
  } else if (state.kind === 'never-aborted') {
    context.report({ node, messageId: 'neverAbortedSignal', data: { ...common, controller: state.controller }, suggest });
  } else {
    context.report({ node, messageId: 'missingTimeout', data: { ...common, defaultBehaviour: entry.defaultBehaviour }, suggest });
  }
}

