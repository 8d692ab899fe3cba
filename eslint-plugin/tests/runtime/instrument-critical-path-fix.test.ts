import { createRequire } from 'node:module';
import * as path from 'node:path';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../../src/rules';
import { fixturesDir } from '../type-check';

/**
 * Runs the code the "Instrument with an OpenTelemetry span" suggestion writes, with the real OpenTelemetry SDK and an
 * in-memory exporter: the fix must not only type-check, it must produce one ended span per call, mark failures as
 * errors with the exception recorded, and keep async spans open until the work is done.
 */
const source = `/** @critical */
export function applyDiscount(totalCents: number, percent: number): number {
  if (percent < 0) {
    throw new Error('negative discount');
  }
  return totalCents - Math.round((totalCents * percent) / 100);
}

async function confirmOrder(cartId: string, paymentAccepted: Promise<boolean>): Promise<string> {
  if (!(await paymentAccepted)) {
    throw new Error('payment declined');
  }
  return \`order-\${cartId}\`;
}

/** @critical checkout-success */
export async function placeOrder(cartId: string, paymentAccepted: Promise<boolean>): Promise<string> {
  return confirmOrder(cartId, paymentAccepted);
}
`;

interface FixedModule {
  applyDiscount(totalCents: number, percent: number): number;
  placeOrder(cartId: string, paymentAccepted: Promise<boolean>): Promise<string>;
}

/** A CommonJS JavaScript module: the fix must add a `require` and no TypeScript syntax. */
const commonJsSource = `const crypto = require('node:crypto');

/** @critical */
function chargeCard(amountCents) {
  if (amountCents <= 0) {
    throw new Error('nothing to charge');
  }
  return crypto.createHash('sha256').update(String(amountCents)).digest('hex').length;
}

module.exports = { chargeCard };
`;

/** Applies the rule's suggestion to every report, one at a time, re-linting in between as an editor would. */
function applyAllSpanSuggestions(code: string, fileName = 'tracing/checkout.ts'): string {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ files: ['**/*.ts', '**/*.js'], languageOptions: { parser }, plugins: { balanced: { rules } as never }, rules: { 'balanced/instrument-critical-path': 'error' as const } }];
  let current = code;
  for (let round = 0; round < 10; round++) {
    const [message] = linter.verify(current, config, path.join(fixturesDir, fileName));
    if (!message) return current;
    const fix = message.suggestions?.[0]?.fix;
    if (!fix) throw new Error(`no suggestion for: ${message.message}`);
    current = current.slice(0, fix.range[0]) + fix.text + current.slice(fix.range[1]);
  }
  throw new Error('the suggestions did not converge');
}

/** Runs CommonJS code as a module of the fixtures, so `@opentelemetry/api` resolves to the same copy as the SDK's. */
function runCommonJs(code: string): Record<string, unknown> {
  const moduleObject = { exports: {} as Record<string, unknown> };
  const requireFromFixtures = createRequire(path.join(fixturesDir, 'tracing/checkout.ts'));
  new Function('require', 'module', 'exports', code)(requireFromFixtures, moduleObject, moduleObject.exports);
  return moduleObject.exports;
}

function loadModule(code: string): FixedModule {
  const { outputText } = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  return runCommonJs(outputText) as unknown as FixedModule;
}

describe('instrument-critical-path fix at run time', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let fixed: FixedModule;
  let fixedSource: string;

  beforeAll(() => {
    trace.setGlobalTracerProvider(provider);
    fixedSource = applyAllSpanSuggestions(source);
    fixed = loadModule(fixedSource);
  });
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
  });
  beforeEach(() => exporter.reset());

  it('instrumented both functions with one tracer named after the package', () => {
    expect(fixedSource).toContain("const tracer = trace.getTracer('shop-api');");
    expect(fixedSource.match(/startActiveSpan\(/g)).toHaveLength(2);
  });

  it('a sync function that succeeds yields one ended span', () => {
    expect(fixed.applyDiscount(1000, 10)).toBe(900);
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name)).toEqual(['applyDiscount']);
    expect(spans[0]?.ended).toBe(true);
    expect(spans[0]?.status.code).toBe(SpanStatusCode.UNSET);
    expect(spans[0]?.events).toEqual([]);
  });

  it('a sync function that throws yields an ended span with ERROR status and the exception', () => {
    expect(() => fixed.applyDiscount(1000, -5)).toThrow('negative discount');
    const [span] = exporter.getFinishedSpans();
    expect(span?.ended).toBe(true);
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.events.map((event) => [event.name, event.attributes?.['exception.message']])).toEqual([['exception', 'negative discount']]);
  });

  it('an async function that succeeds yields one span, ended only when its work is done', async () => {
    let accept!: (value: boolean) => void;
    const result = fixed.placeOrder('cart-1', new Promise<boolean>((resolve) => (accept = resolve)));
    expect(exporter.getFinishedSpans()).toEqual([]);
    accept(true);
    await expect(result).resolves.toBe('order-cart-1');
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name)).toEqual(['placeOrder']);
    expect(spans[0]?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('a CommonJS JavaScript module gets a require and plain JavaScript, and records its spans', () => {
    const fixedJs = applyAllSpanSuggestions(commonJsSource, 'tracing/legacy-payments.js');
    expect(fixedJs).toContain("const { trace, SpanStatusCode } = require('@opentelemetry/api');");
    expect(fixedJs).toContain('span.recordException(err);');
    const { chargeCard } = runCommonJs(fixedJs) as { chargeCard: (amountCents: number) => number };
    expect(chargeCard(1200)).toBe(64);
    expect(() => chargeCard(0)).toThrow('nothing to charge');
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => [span.name, span.status.code])).toEqual([
      ['chargeCard', SpanStatusCode.UNSET],
      ['chargeCard', SpanStatusCode.ERROR],
    ]);
  });

  it('an async function that rejects yields an ended span with ERROR status and the exception', async () => {
    await expect(fixed.placeOrder('cart-2', Promise.resolve(false))).rejects.toThrow('payment declined');
    const [span] = exporter.getFinishedSpans();
    expect(span?.ended).toBe(true);
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.events.map((event) => [event.name, event.attributes?.['exception.message']])).toEqual([['exception', 'payment declined']]);
  });
});
