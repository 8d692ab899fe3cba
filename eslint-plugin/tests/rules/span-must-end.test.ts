import rule from '../../src/rules/span-must-end';
import { runRuleTests } from '../rule-tester';

// Cases are linted as tests/fixtures/tracing/checkout.ts against the real @opentelemetry/api, @sentry/node and dd-trace types.

runRuleTests('span-must-end', rule, {
  valid: [
    {
      // callback span ended in finally
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function checkout(): Promise<number> {
  return tracer.startActiveSpan('checkout', async (span) => {
    try {
      return await work();
    } finally {
      span.end();
    }
  });
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // startSpan ended in finally
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function refund(): Promise<number> {
  const span = tracer.startSpan('refund');
  try {
    return await work();
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // ended on both the success and the error path
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function pay(): Promise<number> {
  return tracer.startActiveSpan('pay', async (span) => {
    try {
      const result = await work();
      span.end();
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      throw error;
    }
  });
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // returned: the caller owns it
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function startCheckoutSpan(): Span {
  const span = tracer.startSpan('checkout');
  span.setAttribute('step', 'start');
  return span;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // handed to another function
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function handOff(): Promise<void> {
  const span = tracer.startSpan('handOff');
  await work();
  finishLater(span);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // stored on an object
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export class Job {
  private span: Span | undefined;
  start(): void {
    this.span = tracer.startSpan('job');
  }
  stop(): void {
    this.span?.end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // ended by a promise callback
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function background(): Promise<number> {
  const span = tracer.startSpan('background');
  return work().finally(() => span.end());
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // straight-line code that cannot throw
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function mark(step: string): void {
  const span = tracer.startSpan('mark');
  span.setAttribute('step', step);
  span.end();
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // both branches end
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function settle(ok: boolean): void {
  const span = tracer.startSpan('settle');
  if (ok) {
    span.setStatus({ code: SpanStatusCode.OK });
    span.end();
  } else {
    span.end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // startSpan with context.with, ended in finally
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function withContext(): Promise<number> {
  const span = tracer.startSpan('withContext');
  const ctx = trace.setSpan(context.active(), span);
  try {
    return await context.with(ctx, () => work());
  } finally {
    span.end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // callback defined elsewhere
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

async function handler(span: Span): Promise<number> {
  try {
    return await work();
  } finally {
    span.end();
  }
}
export function named(): Promise<number> {
  return tracer.startActiveSpan('named', handler);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // Sentry startSpan ends its span itself
      code: `import * as Sentry from '@sentry/node';

export async function placeOrder(): Promise<string> {
  return Sentry.startSpan({ name: 'placeOrder' }, async () => 'ok');
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // Sentry startSpanManual ended through finish
      code: `import * as Sentry from '@sentry/node';

export function manual(): void {
  Sentry.startSpanManual({ name: 'manual' }, (span, finish) => {
    span.setAttribute('k', 'v');
    setTimeout(finish, 10);
  });
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // dd-trace trace ends its span itself
      code: `import tracer from 'dd-trace';

export function traced(): Promise<number> {
  return tracer.trace('traced', async () => 1);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // dd-trace startSpan finished in finally
      code: `import tracer from 'dd-trace';

declare function work(): Promise<number>;

export async function ddSpan(): Promise<number> {
  const span = tracer.startSpan('ddSpan');
  try {
    return await work();
  } finally {
    span.finish();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // let: assigned later, not followed
      code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function later(): Promise<void> {
  let span: Span | undefined;
  span = tracer.startSpan('later');
  await work();
  span.end();
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // a tracer of unknown kind whose spans end with finish()
      code: `declare const tracer: { startSpan(name: string): { finish(): void } };

export function legacy(): void {
  const span = tracer.startSpan('legacy');
  try {
    console.log('work');
  } finally {
    span.finish();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // loggers never throw: a log line before the try leaves no path with the span open
      code: `import { trace } from '@opentelemetry/api';
import pino from 'pino';

const tracer = trace.getTracer('shop-api');
const logger = pino();
declare function capture(id: string): Promise<boolean>;

export async function capturePayment(id: string): Promise<boolean> {
  const span = tracer.startSpan('payments.capture');
  logger.info({ id }, 'capturing payment');
  console.debug('capturing', id);
  try {
    return await capture(id);
  } finally {
    span.end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
  ],
  invalid: [
    {
      // an early return skips end()
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function exportOrders(): Promise<number[]> {
  const span = tracer.startSpan('exportOrders');
  const result = [await work()];
  span.setAttribute('orders.count', result.length);
  if (result.length === 0) {
    return result;
  }
  span.end();
  return result;
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 16, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function exportOrders(): Promise<number[]> {
  const span = tracer.startSpan('exportOrders');
  try {
    const result = [await work()];
    span.setAttribute('orders.count', result.length);
    if (result.length === 0) {
      return result;
    }
    return result;
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // callback ends the span only on success
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function checkout(): Promise<void> {
  return tracer.startActiveSpan('checkout', async (span) => {
    const total = await work();
    span.setAttribute('total', total);
    span.end();
  });
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 10, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function checkout(): Promise<void> {
  return tracer.startActiveSpan('checkout', async (span) => {
    try {
      const total = await work();
      span.setAttribute('total', total);
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // callback never ends the span
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function neverEnds(): Promise<number> {
  return tracer.startActiveSpan('neverEnds', async (span) => {
    span.setAttribute('started', true);
    return work();
  });
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'neverEnded', line: 8, column: 10, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function neverEnds(): Promise<number> {
  return tracer.startActiveSpan('neverEnds', async (span) => {
    try {
      span.setAttribute('started', true);
      return await work();
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // callback without a span parameter
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function noParameter(): Promise<number> {
  return tracer.startActiveSpan('noParameter', () => work());
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'neverEnded', line: 8, column: 10, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function noParameter(): Promise<number> {
  return tracer.startActiveSpan('noParameter', (span) => {
    try {
      return work();
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // discarded span: no fix
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export function discarded(): void {
  tracer.startSpan('discarded');
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'neverEnded', line: 8, column: 3, endLine: 8, endColumn: 19, suggestions: [] },
    ],
  },
    {
      // the catch rethrows without ending
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function capture(): Promise<number> {
  const span = tracer.startSpan('capture');
  try {
    const amount = await work();
    span.end();
    return amount;
  } catch (error) {
    span.recordException(error as Error);
    throw error;
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 16, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function capture(): Promise<number> {
  const span = tracer.startSpan('capture');
  try {
    try {
      const amount = await work();
      return amount;
    } catch (error) {
      span.recordException(error as Error);
      throw error;
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // ended in one branch only
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function maybe(ok: boolean): Promise<void> {
  const span = tracer.startSpan('maybe');
  await work();
  if (ok) {
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 16, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function maybe(ok: boolean): Promise<void> {
  const span = tracer.startSpan('maybe');
  try {
    await work();
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // statements after the last end() stay after the try
    code: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function audit(): Promise<void> {
  const span = tracer.startSpan('audit');
  await work();
  span.end();
  console.log('audited');
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 16, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { context, trace, SpanStatusCode, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function finishLater(span: Span): void;

export async function audit(): Promise<void> {
  const span = tracer.startSpan('audit');
  try {
    await work();
  } finally {
    span.end();
  }
  console.log('audited');
}` }] },
    ],
  },
    {
      // dd-trace spans end with finish()
    code: `import tracer from 'dd-trace';

declare function work(): Promise<number>;

export async function ddSpan(): Promise<number> {
  const span = tracer.startSpan('ddSpan');
  const value = await work();
  span.finish();
  return value;
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 6, column: 16, endLine: 6, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import tracer from 'dd-trace';

declare function work(): Promise<number>;

export async function ddSpan(): Promise<number> {
  const span = tracer.startSpan('ddSpan');
  try {
    const value = await work();
    return value;
  } finally {
    span.finish();
  }
}` }] },
    ],
  },
    {
      // Sentry inactive span
    code: `import * as Sentry from '@sentry/node';

declare function work(): Promise<number>;

export async function inactive(): Promise<void> {
  const span = Sentry.startInactiveSpan({ name: 'inactive' });
  await work();
  span.end();
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 6, column: 16, endLine: 6, endColumn: 40, suggestions: [{ messageId: 'endInFinally', output: `import * as Sentry from '@sentry/node';

declare function work(): Promise<number>;

export async function inactive(): Promise<void> {
  const span = Sentry.startInactiveSpan({ name: 'inactive' });
  try {
    await work();
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // Sentry startSpanManual without finish
    code: `import * as Sentry from '@sentry/node';

declare function work(): Promise<number>;

export function manual(): Promise<void> {
  return Sentry.startSpanManual({ name: 'manual' }, async (span) => {
    await work();
    span.end();
  });
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 6, column: 10, endLine: 6, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import * as Sentry from '@sentry/node';

declare function work(): Promise<number>;

export function manual(): Promise<void> {
  return Sentry.startSpanManual({ name: 'manual' }, async (span) => {
    try {
      await work();
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // the fix keeps the end method the code uses
    code: `declare const tracer: { startSpan(name: string): { finish(): void } };
declare function work(): void;

export function legacy(): void {
  const span = tracer.startSpan('legacy');
  work();
  span.finish();
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 5, column: 16, endLine: 5, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `declare const tracer: { startSpan(name: string): { finish(): void } };
declare function work(): void;

export function legacy(): void {
  const span = tracer.startSpan('legacy');
  try {
    work();
  } finally {
    span.finish();
  }
}` }] },
    ],
  },
    {
      // Elastic APM transaction
    code: `import apm from 'elastic-apm-node';

declare function work(): Promise<number>;

export async function job(): Promise<void> {
  const transaction = apm.startTransaction('job');
  await work();
  transaction.end();
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 6, column: 23, endLine: 6, endColumn: 43, suggestions: [{ messageId: 'endInFinally', output: `import apm from 'elastic-apm-node';

declare function work(): Promise<number>;

export async function job(): Promise<void> {
  const transaction = apm.startTransaction('job');
  try {
    await work();
  } finally {
    transaction.end();
  }
}` }] },
    ],
  },
    {
      // a logger call does not throw, but what its arguments compute may
    code: `import { trace } from '@opentelemetry/api';
import pino from 'pino';

const tracer = trace.getTracer('shop-api');
const logger = pino();
declare function capture(id: string): Promise<boolean>;
declare function loadOrder(id: string): Promise<{ total: number }>;

export async function capturePayment(id: string): Promise<boolean> {
  const span = tracer.startSpan('payments.capture');
  logger.info({ order: await loadOrder(id) }, 'capturing payment');
  try {
    return await capture(id);
  } finally {
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 10, column: 16, endLine: 10, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';
import pino from 'pino';

const tracer = trace.getTracer('shop-api');
const logger = pino();
declare function capture(id: string): Promise<boolean>;
declare function loadOrder(id: string): Promise<{ total: number }>;

export async function capturePayment(id: string): Promise<boolean> {
  const span = tracer.startSpan('payments.capture');
  try {
    logger.info({ order: await loadOrder(id) }, 'capturing payment');
    return await capture(id);
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // a try/catch/finally ends the span, but a statement before it can throw: the try/catch keeps its catch, the finally moves out
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function loadOrder(id: string): Promise<{ total: number }>;
declare function refund(order: { total: number }): Promise<boolean>;

export async function refundOrder(id: string): Promise<boolean> {
  const span = tracer.startSpan('refund');
  const order = await loadOrder(id);
  try {
    return await refund(order);
  } catch (error) {
    span.recordException(error as Error);
    throw error;
  } finally {
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 16, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function loadOrder(id: string): Promise<{ total: number }>;
declare function refund(order: { total: number }): Promise<boolean>;

export async function refundOrder(id: string): Promise<boolean> {
  const span = tracer.startSpan('refund');
  try {
    const order = await loadOrder(id);
    try {
      return await refund(order);
    } catch (error) {
      span.recordException(error as Error);
      throw error;
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // the try that ends the span is inside an if: the path that skips the if goes on with the span open
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function charge(total: number): Promise<void>;
declare function notify(): Promise<void>;

export async function settle(total: number): Promise<void> {
  const span = tracer.startSpan('settle');
  if (total > 0) {
    try {
      await charge(total);
    } finally {
      span.end();
    }
  }
  await notify();
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 16, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function charge(total: number): Promise<void>;
declare function notify(): Promise<void>;

export async function settle(total: number): Promise<void> {
  const span = tracer.startSpan('settle');
  try {
    if (total > 0) {
      await charge(total);
    }
    await notify();
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // the existing finally also releases a client declared before the try: it stays, without the end call
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function connect(): Promise<{ query(): Promise<number>; release(): void }>;

export async function exportRows(): Promise<number> {
  const span = tracer.startSpan('exportRows');
  const client = await connect();
  try {
    return await client.query();
  } finally {
    client.release();
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function connect(): Promise<{ query(): Promise<number>; release(): void }>;

export async function exportRows(): Promise<number> {
  const span = tracer.startSpan('exportRows');
  try {
    const client = await connect();
    try {
      return await client.query();
    } finally {
      client.release();
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // statements after a top-level try that ends the span ran after the end: they stay after it
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function tally(): Promise<void> {
  const span = tracer.startSpan('tally');
  await work();
  try {
    await work();
  } finally {
    span.end();
  }
  console.log('tallied');
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function tally(): Promise<void> {
  const span = tracer.startSpan('tally');
  try {
    await work();
    await work();
  } finally {
    span.end();
  }
  console.log('tallied');
}` }] },
    ],
  },
    {
      // the try block declares a name the moved statements declare too: it stays a block of its own
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function reconcile(): Promise<number> {
  const span = tracer.startSpan('reconcile');
  const result = await work();
  span.setAttribute('first', result);
  try {
    const result = await work();
    return result;
  } finally {
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function reconcile(): Promise<number> {
  const span = tracer.startSpan('reconcile');
  try {
    const result = await work();
    span.setAttribute('first', result);
    {
      const result = await work();
      return result;
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // an else that only ended the span goes
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function sync(): Promise<void> {
  const span = tracer.startSpan('sync');
  const changed = await work();
  if (changed > 0) {
    span.setAttribute('changed', changed);
  } else {
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function sync(): Promise<void> {
  const span = tracer.startSpan('sync');
  try {
    const changed = await work();
    if (changed > 0) {
      span.setAttribute('changed', changed);
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // an if that only ended the span, with an else: the else stays under the negated condition
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function poll(status: string): Promise<void> {
  const span = tracer.startSpan('poll');
  await work();
  if (status === 'done') {
    span.end();
  } else {
    console.log('still running');
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function poll(status: string): Promise<void> {
  const span = tracer.startSpan('poll');
  try {
    await work();
    if (status !== 'done') {
      console.log('still running');
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // an emptied if whose condition does something keeps the condition as a statement
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function flush(): Promise<boolean>;

export async function drain(): Promise<void> {
  const span = tracer.startSpan('drain');
  await work();
  if (await flush()) {
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 8, column: 16, endLine: 8, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;
declare function flush(): Promise<boolean>;

export async function drain(): Promise<void> {
  const span = tracer.startSpan('drain');
  try {
    await work();
    await flush();
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // an if without braces whose only statement ended the span goes
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function braceless(ok: boolean): Promise<void> {
  const span = tracer.startSpan('braceless');
  await work();
  if (ok) span.end();
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function braceless(ok: boolean): Promise<void> {
  const span = tracer.startSpan('braceless');
  try {
    await work();
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // an else-if that only ended the span leaves the chain
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function route(kind: string): Promise<void> {
  const span = tracer.startSpan('route');
  if (kind === 'sync') {
    await work();
  } else if (kind === 'skip') {
    span.end();
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function route(kind: string): Promise<void> {
  const span = tracer.startSpan('route');
  try {
    if (kind === 'sync') {
      await work();
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
    {
      // a startActiveSpan callback whose try ends the span after a statement that can throw
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export function checkoutCart(): Promise<number> {
  return tracer.startActiveSpan('checkoutCart', async (span) => {
    const cart = await work();
    try {
      return await work() + cart;
    } finally {
      span.end();
    }
  });
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 10, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export function checkoutCart(): Promise<number> {
  return tracer.startActiveSpan('checkoutCart', async (span) => {
    try {
      const cart = await work();
      return await work() + cart;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // an if that only ended the span, before an else-if chain: the chain moves under the negated condition
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function dispatch(cached: boolean, retry: boolean): Promise<void> {
  const span = tracer.startSpan('dispatch');
  await work();
  if (cached) {
    span.end();
  } else if (retry) {
    console.log('retrying');
  } else {
    console.log('giving up');
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'notEndedOnEveryPath', line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: [{ messageId: 'endInFinally', output: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');
declare function work(): Promise<number>;

export async function dispatch(cached: boolean, retry: boolean): Promise<void> {
  const span = tracer.startSpan('dispatch');
  try {
    await work();
    if (!cached) {
      if (retry) {
        console.log('retrying');
      } else {
        console.log('giving up');
      }
    }
  } finally {
    span.end();
  }
}` }] },
    ],
  },
  ],
});
