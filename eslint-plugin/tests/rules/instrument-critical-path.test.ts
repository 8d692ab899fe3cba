import rule from '../../src/rules/instrument-critical-path';
import { runRuleTests } from '../rule-tester';

// Cases are linted as files of tests/fixtures/tracing/, whose package.json names the tracer `shop-api`; cross-file
// wrappers, helpers and the shared tracer live in tests/fixtures/tracing/telemetry.ts.

runRuleTests('instrument-critical-path', rule, {
  valid: [
    // A one-word method borrows its service's subject, but auditing subscriptions does not move money.
    `export class SubscriptionsService {
  async audit(subscriptionIds: string[]): Promise<number> {
    return subscriptionIds.length;
  }
}`,
    {
      // words, not substrings
      code: `export function display(): void {}
export function repaint(): void {}
export function parsePayload(payload: string): unknown {
  return JSON.parse(payload);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // reads and predicates
      code: `export async function getPaymentMethods(customerId: string): Promise<string[]> {
  return [customerId];
}
export function isSubscribed(plan: string | undefined): boolean {
  return plan !== undefined;
}
export async function listRefunds(): Promise<unknown[]> {
  return [];
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // types and things named after payments
      code: `export type PaymentStatus = 'pending' | 'paid';
export interface CheckoutRequest {
  cartId: string;
}
export const paymentSchema = { type: 'object' };
export function checkoutRouter(): void {}
export function PaymentForm(): null {
  return null;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // getters and private helpers
      code: `export class Account {
  get isSubscribed(): boolean {
    return true;
  }
  private async chargeCard(amount: number): Promise<number> {
    return amount;
  }
  async #refundInternally(): Promise<void> {}
  protected async capturePayment(): Promise<void> {}
  _payLater(): void {}
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // framework plumbing named register
      code: `import type { FastifyInstance } from 'fastify';
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(async () => undefined);
}
export default async function register(app: FastifyInstance): Promise<void> {
  app.log.info('ready');
}
export function registerPlugin(name: string): string {
  return name;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // test files
      code: `export async function capturePayment(id: string): Promise<string> {
  return id;
}`,
      filename: 'tracing/checkout.spec.ts',
    },
    {
      // not exported
      code: `async function capturePayment(id: string): Promise<string> {
  return id;
}
void capturePayment('x');`,
      filename: 'tracing/checkout.ts',
    },
    {
      // OpenTelemetry span in the body
      code: `import { trace, SpanStatusCode } from '@opentelemetry/api';
const tracer = trace.getTracer('payments');
export async function capturePayment(id: string): Promise<string> {
  return tracer.startActiveSpan('capturePayment', async (span) => {
    try {
      return id;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // startSpan with context.with
      code: `import { context, trace } from '@opentelemetry/api';
const tracer = trace.getTracer('payments');
export async function refundOrder(orderId: string): Promise<string> {
  const span = tracer.startSpan('refundOrder');
  try {
    return await context.with(trace.setSpan(context.active(), span), async () => orderId);
  } finally {
    span.end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // Sentry span
      code: `import * as Sentry from '@sentry/node';
export async function placeOrder(cartId: string): Promise<string> {
  return Sentry.startSpan({ name: 'placeOrder' }, async () => cartId);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // dd-trace span
      code: `import tracer from 'dd-trace';
export async function chargeCustomer(customerId: string): Promise<string> {
  return tracer.trace('chargeCustomer', async () => customerId);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // dd-trace tracer.wrap around the handler
      code: `import tracer from 'dd-trace';
export const chargeCustomer = tracer.wrap('chargeCustomer', async (customerId: string) => customerId);`,
      filename: 'tracing/checkout.ts',
    },
    {
      // prom-client counter with labels
      code: `import client from 'prom-client';
const refunds = new client.Counter({ name: 'refunds_total', help: 'Refunds', labelNames: ['outcome'] });
export async function refundOrder(orderId: string): Promise<string> {
  refunds.labels('ok').inc();
  return orderId;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // prom-client histogram timer
      code: `import { Histogram } from 'prom-client';
const checkoutSeconds = new Histogram({ name: 'checkout_seconds', help: 'Checkout duration' });
export async function checkout(cartId: string): Promise<string> {
  const end = checkoutSeconds.startTimer();
  try {
    return cartId;
  } finally {
    end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // OpenTelemetry counter from a meter
      code: `import { metrics } from '@opentelemetry/api';
const meter = metrics.getMeter('payments');
const payouts = meter.createCounter('payouts');
export async function payout(amount: number): Promise<number> {
  payouts.add(1);
  return amount;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // metrics facade of the application
      code: `declare const metrics: { increment(name: string): void };
export async function submitOrder(cartId: string): Promise<string> {
  metrics.increment('orders.submitted');
  return cartId;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // nestjs-otel Span decorator
      code: `import { Injectable } from '@nestjs/common';
import { Span } from 'nestjs-otel';
@Injectable()
export class PaymentsService {
  @Span('PaymentsService.capture')
  async capturePayment(id: string): Promise<string> {
    return id;
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // nestjs-otel Traceable class decorator (nestjs-otel 8)
      code: `import { Traceable } from 'nestjs-otel';
@Traceable()
export class BillingService {
  async chargeCustomer(id: string): Promise<string> {
    return id;
  }
}`,
      filename: 'tracing/checkout.ts',
      typed: false,
    },
    {
      // same-file wrapper that starts a span
      code: `import { trace } from '@opentelemetry/api';
const tracer = trace.getTracer('shop');
function withSpan<T>(name: string, fn: () => Promise<T>): () => Promise<T> {
  return () => tracer.startActiveSpan(name, async (span) => {
    try {
      return await fn();
    } finally {
      span.end();
    }
  });
}
export const checkout = withSpan('checkout', async () => 'ok');`,
      filename: 'tracing/checkout.ts',
    },
    {
      // a reference wrapped later in the file
      code: `import { withSpan } from './telemetry';
async function purchase(sku: string): Promise<string> {
  return sku;
}
export const purchaseItem = withSpan('purchase', purchase);
export default withSpan('purchase', purchase);`,
      filename: 'tracing/checkout.ts',
    },
    {
      // wrapper from another module that starts a span (read with types; by name without)
      code: `import express from 'express';
import { withSpan } from './telemetry';
const app = express();
app.post('/checkout', withSpan('POST /checkout', async (req: express.Request, res: express.Response) => {
  res.json({ ok: true });
}));`,
      filename: 'tracing/checkout.ts',
    },
    {
      // helper in another module that records a metric (read with types)
      code: `import { recordCheckout } from './telemetry';
export async function checkout(cartId: string): Promise<string> {
  recordCheckout('ok');
  return cartId;
}`,
      filename: 'tracing/checkout.ts',
      typed: true,
    },
    {
      // counter imported from another module
      code: `import { checkoutCounter } from './telemetry';
export async function checkout(cartId: string): Promise<string> {
  checkoutCounter.add(1);
  return cartId;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // decorator from another module that starts a span
      code: `import { Traced } from './telemetry';
export class CheckoutService {
  @Traced()
  async placeOrder(cartId: string): Promise<string> {
    return cartId;
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // same-file helper that starts a span
      code: `import { trace } from '@opentelemetry/api';
const tracer = trace.getTracer('shop');
function recordPayment(amount: number): void {
  tracer.startSpan('payment.recorded').end();
  void amount;
}
export async function pay(amount: number): Promise<void> {
  recordPayment(amount);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // instrumenters option
      code: `declare function wrapHandler<T>(fn: T): T;
export const refund = wrapHandler(async (id: string) => id);`,
      filename: 'tracing/checkout.ts',
      options: [{"instrumenters":["wrapHandler"]}],
    },
    {
      // read routes and routes without critical words
      code: `import express from 'express';
const router = express.Router();
router.get('/payments', async (req, res) => {
  res.json([]);
});
router.get('/checkout/:id', (req, res) => {
  res.json({ id: req.params.id });
});
router.post('/cart/items', (req, res) => {
  res.status(201).end();
});
router.post('/payment-methods', (req, res) => {
  res.status(201).end();
});
router.post('/checkout/preview', (req, res) => {
  res.json({});
});
const settings = express();
settings.get('env');`,
      filename: 'tracing/checkout.ts',
    },
    {
      // route-like calls on objects that are not routers
      code: `declare const http: { post(path: string, resolver: () => unknown): void };
http.post('/checkout', () => ({ ok: true }));
const cache = new Map<string, () => void>();
cache.set('/checkout', () => undefined);`,
      filename: 'tracing/checkout.ts',
    },
    {
      // 'use client' components
      code: `'use client';
export function handleCheckout(): void {}
export async function submitOrder(): Promise<void> {}`,
      filename: 'tracing/checkout-button.tsx',
    },
    {
      // middleware named after login
      code: `import type { NextFunction, Request, Response } from 'express';
export function authenticate(req: Request, res: Response, next: NextFunction): void {
  next();
}
export function authenticateToken(token: string): boolean {
  return token.length > 0;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // vocabulary none
      code: `export async function capturePayment(id: string): Promise<string> {
  return id;
}`,
      filename: 'tracing/checkout.ts',
      options: [{"critical":{"vocabulary":"none"}}],
    },
    {
      // ambiguous verbs without a business word
      code: `export function subscribe(listener: () => void): () => void {
  return listener;
}
export function captureError(error: unknown): void {
  void error;
}
export function transferOwnership(projectId: string, userId: string): string {
  return projectId + userId;
}
export class EventBus {
  subscribe(topic: string): string {
    return topic;
  }
}
export class PaymentRepository {
  async save(payment: unknown): Promise<unknown> {
    return payment;
  }
}
export class MetricsRegistry {
  register(name: string): string {
    return name;
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // Next.js GET route
      code: `export async function GET(): Promise<Response> {
  return Response.json({ ok: true });
}`,
      filename: 'tracing/app/api/checkout/route.ts',
    },
    {
      // NestJS read endpoints
      code: `import { Controller, Get, Param } from '@nestjs/common';
@Controller('payments')
export class PaymentsController {
  @Get()
  findAll(): string[] {
    return [];
  }
  @Get(':id')
  findOne(@Param('id') id: string): string {
    return id;
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // handler imported from another module (reported in its own file)
      code: `import express from 'express';
import { checkoutHandler } from './telemetry';
const app = express();
app.post('/checkout', checkoutHandler as express.RequestHandler);`,
      filename: 'tracing/checkout.ts',
    },
    {
      // front-end code that calls the server
      code: `import { useState } from 'react';
export async function submitOrder(cartId: string): Promise<Response> {
  return fetch('/api/orders', { method: 'POST', body: cartId });
}
export function useCheckout(): [boolean, (value: boolean) => void] {
  return useState(false);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // things about payments that are not the operation
      code: `export function refundPolicy(days: number): string {
  return days + ' days';
}
export function checkoutReducer(state: string, action: string): string {
  return action || state;
}
export async function subscribeToNewsletter(email: string): Promise<string> {
  return email;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // an instrument annotated with its OpenTelemetry type
      code: `import type { Histogram } from '@opentelemetry/api';
declare const checkoutLatency: Histogram;
export async function checkout(cartId: string): Promise<string> {
  const started = Date.now();
  try {
    return cartId;
  } finally {
    checkoutLatency.record(Date.now() - started);
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // Sentry metrics
      code: `import * as Sentry from '@sentry/node';
export async function purchase(sku: string): Promise<string> {
  Sentry.metrics.count('purchase', 1);
  return sku;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // nestjs-otel method counter
      code: `import { OtelMethodCounter } from 'nestjs-otel';
export class SignupService {
  @OtelMethodCounter()
  async signUp(email: string): Promise<string> {
    return email;
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // with types, an imported object that is not a router
      code: `import type { Request, Response } from 'express';
import { app } from './telemetry';

app.post('/checkout', async (req: Request, res: Response) => {
  res.status(201).end();
});`,
      filename: 'tracing/checkout.ts',
      typed: true,
    },
    {
      // deferring work and timestamps are not the operation
      code: `declare const cron: { schedule(spec: string, job: () => Promise<void>): void };
export function schedulePayouts(job: () => Promise<void>): void {
  cron.schedule('0 2 * * *', job);
}
export function subscriptionEndsAt(start: Date): Date {
  return new Date(start.getTime() + 30 * 86_400_000);
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // the root of a router file: reads and deletes
      code: `import { Router } from 'express';
const router = Router();
router.get('/', (req, res) => {
  res.json([]);
});
router.delete('/:id', (req, res) => {
  res.status(204).end();
});
export default router;`,
      filename: 'tracing/orders.routes.ts',
    },
    {
      // New Relic segment and Elastic APM transaction
      code: `import newrelic from 'newrelic';
import apm from 'elastic-apm-node';
export async function capturePayment(id: string): Promise<string> {
  return newrelic.startSegment('capturePayment', true, async () => id);
}
export async function refundPayment(id: string): Promise<string> {
  const transaction = apm.startTransaction('refundPayment');
  try {
    return id;
  } finally {
    transaction?.end();
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // a decorator from a package, named for tracing
      code: `import { Traceable } from '@amplication/opentelemetry-nestjs';
@Traceable()
export class CheckoutService {
  async placeOrder(cartId: string): Promise<string> {
    return cartId;
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // a Lambda handler whose file names a read
      code: `export const handler = async (event: { id: string }): Promise<{ id: string }> => ({ id: event.id });`,
      filename: 'tracing/functions/get-payment.ts',
    },
    {
      // Powertools tracer decorator and metrics
      code: `import { Tracer } from '@aws-lambda-powertools/tracer';
import { Metrics } from '@aws-lambda-powertools/metrics';
const tracer = new Tracer({ serviceName: 'payments' });
const telemetry = new Metrics({ namespace: 'payments' });
export class PaymentsHandler {
  @tracer.captureMethod()
  async capturePayment(id: string): Promise<string> {
    return id;
  }
  async refundPayment(id: string): Promise<string> {
    telemetry.addMetric('refunds', 'Count', 1);
    return id;
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // values named by the operation, then a preposition: the head (`chargeAmount`) is what they are
      code: `export function chargeAmountWithTax(amountCents: number, taxRate: number): number {
  return Math.round(amountCents * (1 + taxRate));
}
export function paymentFeeForCard(amountCents: number): number {
  return Math.round(amountCents * 0.029) + 30;
}
export function refundAmountFromOrder(order: { total: number; refunded: number }): number {
  return order.total - order.refunded;
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // a data-access module (db.ts) stores rows; the service calling it is the critical path
      code: `declare const prisma: { order: { create(args: { data: unknown }): Promise<unknown> } };

export async function createOrder(data: { userId: string; total: number }): Promise<unknown> {
  return prisma.order.create({ data });
}`,
      filename: 'tracing/db.ts',
    },
    {
      // the work handed as a callback to a tracing method of an injected service whose body the rule cannot read
      code: `import { Injectable } from '@nestjs/common';

interface TracingService {
  withSpan<Result>(name: string, work: () => Promise<Result>): Promise<Result>;
}
declare const orders: { insert(userId: string): Promise<{ id: string }> };

@Injectable()
export class OrderService {
  constructor(private readonly tracing: TracingService) {}

  async createOrder(userId: string): Promise<{ id: string }> {
    return this.tracing.withSpan('order.create', async () => orders.insert(userId));
  }
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // browser code (it reads localStorage) calls the critical path rather than being it
      code: `export async function submitOrder(cartId: string): Promise<Response> {
  return fetch('/api/orders', { method: 'POST', headers: { authorization: localStorage.getItem('token') ?? '' }, body: cartId });
}`,
      filename: 'tracing/checkout.ts',
    },
    {
      // a script run by hand serves no caller
      code: `declare const db: { order: { create(args: { data: { total: number } }): Promise<unknown> } };

export async function createOrder(total: number): Promise<unknown> {
  return db.order.create({ data: { total } });
}`,
      filename: 'tracing/scripts/seed-orders.ts',
    },
    {
      // a webhook route of a file that names no payment provider
      code: `import { Router } from 'express';

declare function markOrderPaid(payload: unknown): Promise<void>;

export const router = Router();

router.post('/webhook', async (req, res) => {
  await markOrderPaid(req.body);
  res.sendStatus(200);
});`,
      filename: 'tracing/checkout.ts',
    },
  ],
  invalid: [
    {
      // A payment service provider's client: `capture` is the payment capture.
      code: `export class PspClient {
  async capture(chargeId: string): Promise<string> {
    return chargeId;
  }
}`,
      filename: 'tracing/checkout.ts',
      errors: [
        {
          messageId: 'uninstrumented',
          data: { subject: "'PspClient.capture'", reason: 'its name says payment capture' },
          suggestions: [
            {
              messageId: 'instrumentWithSpan',
              output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export class PspClient {
  async capture(chargeId: string): Promise<string> {
    return tracer.startActiveSpan('PspClient.capture', async (span): Promise<string> => {
      try {
        return chargeId;
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // Express inline handler with an early return
    code: `import express from 'express';

const app = express();

app.post('/checkout', async (req, res) => {
  const cart = req.body as { items: string[] };
  if (cart.items.length === 0) {
    res.status(400).json({ error: 'empty cart' });
    return;
  }
  res.status(201).json({ ok: true });
});`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 23, endLine: 5, endColumn: 42, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const app = express();

app.post('/checkout', async (req, res) => {
  return tracer.startActiveSpan('POST /checkout', async (span) => {
    try {
      const cart = req.body as { items: string[] };
      if (cart.items.length === 0) {
        res.status(400).json({ error: 'empty cart' });
        return;
      }
      res.status(201).json({ ok: true });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});` }] },
    ],
  },
    {
      // named Express handler in the same file
    code: `import { Router, type Request, type Response } from 'express';

export const ordersRouter = Router();

async function placeOrder(req: Request, res: Response): Promise<void> {
  res.status(201).json({ id: req.params.id });
}

ordersRouter.post('/orders', placeOrder);`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 16, endLine: 5, endColumn: 26, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Router, type Request, type Response } from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export const ordersRouter = Router();

async function placeOrder(req: Request, res: Response): Promise<void> {
  return tracer.startActiveSpan('POST /orders', async (span): Promise<void> => {
    try {
      res.status(201).json({ id: req.params.id });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

ordersRouter.post('/orders', placeOrder);` }] },
    ],
  },
    {
      // Next.js route handler
    code: `import { NextResponse, type NextRequest } from 'next/server';

export async function POST(request: NextRequest): Promise<NextResponse> {
  const body = (await request.json()) as { cartId: string };
  return NextResponse.json({ cartId: body.cartId }, { status: 201 });
}`,
    filename: 'tracing/app/api/checkout/route.ts',
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 23, endLine: 3, endColumn: 27, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { NextResponse, type NextRequest } from 'next/server';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export async function POST(request: NextRequest): Promise<NextResponse> {
  return tracer.startActiveSpan('POST /api/checkout', async (span): Promise<NextResponse> => {
    try {
      const body = (await request.json()) as { cartId: string };
      return await NextResponse.json({ cartId: body.cartId }, { status: 201 });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // NestJS controller method using this
    code: `import { Controller, Param, Post } from '@nestjs/common';

interface Payments {
  refund(id: string): Promise<string>;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly payments: Payments) {}

  @Post(':id/refund')
  async refund(@Param('id') id: string): Promise<string> {
    return this.payments.refund(id);
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 12, column: 9, endLine: 12, endColumn: 15, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Controller, Param, Post } from '@nestjs/common';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

interface Payments {
  refund(id: string): Promise<string>;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly payments: Payments) {}

  @Post(':id/refund')
  async refund(@Param('id') id: string): Promise<string> {
    return tracer.startActiveSpan('POST /orders/:id/refund', async (span): Promise<string> => {
      try {
        return await this.payments.refund(id);
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}` }] },
    ],
  },
    {
      // @critical on a sync function with an SLI
    code: `/** @critical checkout-success */
export function applyDiscount(totalCents: number, percent: number): number {
  if (percent <= 0) {
    return totalCents;
  }
  return Math.round(totalCents * (1 - percent / 100));
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 2, column: 17, endLine: 2, endColumn: 30, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

/** @critical checkout-success */
export function applyDiscount(totalCents: number, percent: number): number {
  return tracer.startActiveSpan('applyDiscount', (span): number => {
    try {
      if (percent <= 0) {
        return totalCents;
      }
      return Math.round(totalCents * (1 - percent / 100));
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // @critical class: each public method
    code: `/** @critical */
export class FulfilmentService {
  async ship(orderId: string): Promise<string> {
    return orderId;
  }

  cancel(orderId: string): boolean {
    return orderId.length > 0;
  }

  private audit(orderId: string): void {
    void orderId;
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 9, endLine: 3, endColumn: 13, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

/** @critical */
export class FulfilmentService {
  async ship(orderId: string): Promise<string> {
    return tracer.startActiveSpan('FulfilmentService.ship', async (span): Promise<string> => {
      try {
        return orderId;
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }

  cancel(orderId: string): boolean {
    return orderId.length > 0;
  }

  private audit(orderId: string): void {
    void orderId;
  }
}` }] },
      { messageId: 'uninstrumented', line: 7, column: 3, endLine: 7, endColumn: 9, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

/** @critical */
export class FulfilmentService {
  async ship(orderId: string): Promise<string> {
    return orderId;
  }

  cancel(orderId: string): boolean {
    return tracer.startActiveSpan('FulfilmentService.cancel', (span): boolean => {
      try {
        return orderId.length > 0;
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }

  private audit(orderId: string): void {
    void orderId;
  }
}` }] },
    ],
  },
    {
      // exported arrow with an expression body
    code: `declare const gateway: { charge(id: string): Promise<string> };

export const chargeCard = async (id: string): Promise<string> => gateway.charge(id);`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 14, endLine: 3, endColumn: 24, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare const gateway: { charge(id: string): Promise<string> };

export const chargeCard = async (id: string): Promise<string> => {
  return tracer.startActiveSpan('chargeCard', async (span): Promise<string> => {
    try {
      return await gateway.charge(id);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
};` }] },
    ],
  },
    {
      // reuses the module tracer and merges the import
    code: `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('orders');

export async function refundOrder(orderId: string): Promise<boolean> {
  const refunded = orderId.length > 0;
  return refunded;
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 23, endLine: 5, endColumn: 34, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('orders');

export async function refundOrder(orderId: string): Promise<boolean> {
  return tracer.startActiveSpan('refundOrder', async (span): Promise<boolean> => {
    try {
      const refunded = orderId.length > 0;
      return refunded;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // reuses this.tracer in a class
    code: `import { trace, SpanStatusCode } from '@opentelemetry/api';

export class CheckoutService {
  private readonly tracer = trace.getTracer('checkout');

  async placeOrder(cartId: string): Promise<string> {
    return this.confirm(cartId);
  }

  private async confirm(cartId: string): Promise<string> {
    return cartId;
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 6, column: 9, endLine: 6, endColumn: 19, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

export class CheckoutService {
  private readonly tracer = trace.getTracer('checkout');

  async placeOrder(cartId: string): Promise<string> {
    return this.tracer.startActiveSpan('CheckoutService.placeOrder', async (span): Promise<string> => {
      try {
        return await this.confirm(cartId);
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }

  private async confirm(cartId: string): Promise<string> {
    return cartId;
  }
}` }] },
    ],
  },
    {
      // generator: reported without a fix
    code: `/** @critical */
export function* exportPayments(): Generator<string> {
  yield 'payment';
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 2, column: 18, endLine: 2, endColumn: 32, suggestions: [] },
    ],
  },
    {
      // Fastify route
    code: `import Fastify from 'fastify';

const app = Fastify();

app.post('/checkout', async (request, reply) => {
  return reply.code(201).send({ ok: true });
});`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 23, endLine: 5, endColumn: 48, suggestions: [{ messageId: 'instrumentWithSpan', output: `import Fastify from 'fastify';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const app = Fastify();

app.post('/checkout', async (request, reply) => {
  return tracer.startActiveSpan('POST /checkout', async (span) => {
    try {
      return await reply.code(201).send({ ok: true });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});` }] },
    ],
  },
    {
      // Fastify plugin with an annotated instance
    code: `import type { FastifyInstance } from 'fastify';

export default async function authRoutes(app: FastifyInstance): Promise<void> {
  app.post('/login', async (request) => {
    return { user: request.body };
  });
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 4, column: 22, endLine: 4, endColumn: 40, suggestions: [{ messageId: 'instrumentWithSpan', output: `import type { FastifyInstance } from 'fastify';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export default async function authRoutes(app: FastifyInstance): Promise<void> {
  app.post('/login', async (request) => {
    return tracer.startActiveSpan('POST /login', async (span) => {
      try {
        return { user: request.body };
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  });
}` }] },
    ],
  },
    {
      // Koa router with a prefix
    code: `import Router from '@koa/router';

const router = new Router({ prefix: '/payments' });

router.post('/:id/refund', async (ctx) => {
  ctx.status = 202;
});

export default router;`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 28, endLine: 5, endColumn: 42, suggestions: [{ messageId: 'instrumentWithSpan', output: `import Router from '@koa/router';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const router = new Router({ prefix: '/payments' });

router.post('/:id/refund', async (ctx) => {
  return tracer.startActiveSpan('POST /payments/:id/refund', async (span) => {
    try {
      ctx.status = 202;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

export default router;` }] },
    ],
  },
    {
      // Hono with a base path and an expression body
    code: `import { Hono } from 'hono';

const app = new Hono().basePath('/api');

app.post('/subscribe', async (c) => c.json({ subscribed: true }, 201));

export default app;`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 24, endLine: 5, endColumn: 36, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Hono } from 'hono';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const app = new Hono().basePath('/api');

app.post('/subscribe', async (c) => {
  return tracer.startActiveSpan('POST /api/subscribe', async (span) => {
    try {
      return await c.json({ subscribed: true }, 201);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

export default app;` }] },
    ],
  },
    {
      // a wrapper that does not instrument
    code: `import express from 'express';

const router = express.Router();
const asyncHandler = <T>(fn: T): T => fn;

router.post('/checkout', asyncHandler(async (req: express.Request, res: express.Response) => {
  res.status(201).end();
}));`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 6, column: 39, endLine: 6, endColumn: 93, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const router = express.Router();
const asyncHandler = <T>(fn: T): T => fn;

router.post('/checkout', asyncHandler(async (req: express.Request, res: express.Response) => {
  return tracer.startActiveSpan('POST /checkout', async (span) => {
    try {
      res.status(201).end();
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}));` }] },
    ],
  },
    {
      // names and routes from options
    code: `import express from 'express';

const app = express();

app.post('/internal/reindex', (req, res) => {
  res.status(202).end();
});

export class OrderService {
  fulfil(orderId: string): string {
    return orderId;
  }
}`,
    filename: 'tracing/checkout.ts',
    options: [{"critical":{"names":["OrderService.fulfil"],"routes":["POST /internal/reindex"]}}],
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 31, endLine: 5, endColumn: 44, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const app = express();

app.post('/internal/reindex', (req, res) => {
  return tracer.startActiveSpan('POST /internal/reindex', (span) => {
    try {
      res.status(202).end();
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

export class OrderService {
  fulfil(orderId: string): string {
    return orderId;
  }
}` }] },
      { messageId: 'uninstrumented', line: 10, column: 3, endLine: 10, endColumn: 9, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const app = express();

app.post('/internal/reindex', (req, res) => {
  res.status(202).end();
});

export class OrderService {
  fulfil(orderId: string): string {
    return tracer.startActiveSpan('OrderService.fulfil', (span): string => {
      try {
        return orderId;
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}` }] },
    ],
  },
    {
      // enriching the HTTP span does not count
    code: `import { trace } from '@opentelemetry/api';

export async function capturePayment(paymentId: string): Promise<string> {
  trace.getActiveSpan()?.setAttribute('payment.id', paymentId);
  return paymentId;
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 23, endLine: 3, endColumn: 37, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export async function capturePayment(paymentId: string): Promise<string> {
  return tracer.startActiveSpan('capturePayment', async (span): Promise<string> => {
    try {
      trace.getActiveSpan()?.setAttribute('payment.id', paymentId);
      return paymentId;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // a wrapper named like one, read with types, that does not instrument
    code: `import { traced } from './telemetry';

export const purchase = traced(async (sku: string) => sku);`,
    filename: 'tracing/checkout.ts',
    typed: true,
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 14, endLine: 3, endColumn: 22, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { traced } from './telemetry';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export const purchase = traced(async (sku: string) => {
  return tracer.startActiveSpan('purchase', async (span) => {
    try {
      return sku;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});` }] },
    ],
  },
    {
      // a metric helper from another module is unknown without types
    code: `import { recordCheckout } from './telemetry';

export async function checkout(cartId: string): Promise<string> {
  recordCheckout('ok');
  return cartId;
}`,
    filename: 'tracing/checkout.ts',
    typed: false,
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 23, endLine: 3, endColumn: 31, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { recordCheckout } from './telemetry';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export async function checkout(cartId: string): Promise<string> {
  return tracer.startActiveSpan('checkout', async (span): Promise<string> => {
    try {
      recordCheckout('ok');
      return cartId;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // Pages API route
    code: `import type { IncomingMessage, ServerResponse } from 'node:http';

export default async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.statusCode = 201;
  res.end();
}`,
    filename: 'tracing/pages/api/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 31, endLine: 3, endColumn: 38, suggestions: [{ messageId: 'instrumentWithSpan', output: `import type { IncomingMessage, ServerResponse } from 'node:http';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export default async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  return tracer.startActiveSpan('/api/checkout', async (span): Promise<void> => {
    try {
      res.statusCode = 201;
      res.end();
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // Express route chain and mount prefix
    code: `import express from 'express';

const app = express();
const billing = express.Router();

billing.route('/refunds').post((req, res) => {
  res.status(202).end();
});

app.use('/billing', billing);`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 6, column: 32, endLine: 6, endColumn: 45, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const app = express();
const billing = express.Router();

billing.route('/refunds').post((req, res) => {
  return tracer.startActiveSpan('POST /billing/refunds', (span) => {
    try {
      res.status(202).end();
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

app.use('/billing', billing);` }] },
    ],
  },
    {
      // one-word methods borrow their class subject
    code: `export class OrderService {
  async create(cartId: string): Promise<string> {
    return cartId;
  }

  async findAll(): Promise<string[]> {
    return [];
  }
}

export class AuthService {
  async register(email: string): Promise<string> {
    return email;
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 2, column: 9, endLine: 2, endColumn: 15, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export class OrderService {
  async create(cartId: string): Promise<string> {
    return tracer.startActiveSpan('OrderService.create', async (span): Promise<string> => {
      try {
        return cartId;
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }

  async findAll(): Promise<string[]> {
    return [];
  }
}

export class AuthService {
  async register(email: string): Promise<string> {
    return email;
  }
}` }] },
      { messageId: 'uninstrumented', line: 12, column: 9, endLine: 12, endColumn: 17, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export class OrderService {
  async create(cartId: string): Promise<string> {
    return cartId;
  }

  async findAll(): Promise<string[]> {
    return [];
  }
}

export class AuthService {
  async register(email: string): Promise<string> {
    return tracer.startActiveSpan('AuthService.register', async (span): Promise<string> => {
      try {
        return email;
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}` }] },
    ],
  },
    {
      // object-literal controller
    code: `import type { Request, Response } from 'express';

export const paymentController = {
  async refund(req: Request, res: Response): Promise<void> {
    res.status(202).end();
  },
};`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 4, column: 9, endLine: 4, endColumn: 15, suggestions: [{ messageId: 'instrumentWithSpan', output: `import type { Request, Response } from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export const paymentController = {
  async refund(req: Request, res: Response): Promise<void> {
    return tracer.startActiveSpan('paymentController.refund', async (span): Promise<void> => {
      try {
        res.status(202).end();
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  },
};` }] },
    ],
  },
    {
      // a name taken by something else: otelTracer
    code: `import tracer from 'dd-trace';

tracer.init();

export function withdraw(amountCents: number): number {
  return amountCents;
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 17, endLine: 5, endColumn: 25, suggestions: [{ messageId: 'instrumentWithSpan', output: `import tracer from 'dd-trace';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const otelTracer = trace.getTracer('shop-api');

tracer.init();

export function withdraw(amountCents: number): number {
  return otelTracer.startActiveSpan('withdraw', (span): number => {
    try {
      return amountCents;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // Koa named route
    code: `import Router from '@koa/router';

const router = new Router();

router.post('refund', '/refunds/:id', async (ctx) => {
  ctx.status = 202;
});

export default router;`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 39, endLine: 5, endColumn: 53, suggestions: [{ messageId: 'instrumentWithSpan', output: `import Router from '@koa/router';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const router = new Router();

router.post('refund', '/refunds/:id', async (ctx) => {
  return tracer.startActiveSpan('POST /refunds/:id', async (span) => {
    try {
      ctx.status = 202;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

export default router;` }] },
    ],
  },
    {
      // Hono sub-application mounted with route()
    code: `import { Hono } from 'hono';

const billing = new Hono();
billing.post('/refund', (c) => c.text('ok', 202));

const app = new Hono();
app.route('/billing', billing);

export default app;`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 4, column: 25, endLine: 4, endColumn: 31, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Hono } from 'hono';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const billing = new Hono();
billing.post('/refund', (c) => {
  return tracer.startActiveSpan('POST /billing/refund', (span) => {
    try {
      return c.text('ok', 202);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

const app = new Hono();
app.route('/billing', billing);

export default app;` }] },
    ],
  },
    {
      // Fastify route object
    code: `import Fastify from 'fastify';

const app = Fastify();

app.route({
  method: ['POST'],
  url: '/checkout',
  handler: async () => ({ ok: true }),
});`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 8, column: 12, endLine: 8, endColumn: 25, suggestions: [{ messageId: 'instrumentWithSpan', output: `import Fastify from 'fastify';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const app = Fastify();

app.route({
  method: ['POST'],
  url: '/checkout',
  handler: async () => {
    return tracer.startActiveSpan('POST /checkout', async (span) => {
      try {
        return ({ ok: true });
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  },
});` }] },
    ],
  },
    {
      // Next.js route handler assigned to a constant
    code: `export const POST = async (request: Request): Promise<Response> => {
  const body = (await request.json()) as { cartId: string };
  return Response.json({ cartId: body.cartId }, { status: 201 });
};`,
    filename: 'tracing/app/api/checkout/route.ts',
    errors: [
      { messageId: 'uninstrumented', line: 1, column: 14, endLine: 1, endColumn: 18, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export const POST = async (request: Request): Promise<Response> => {
  return tracer.startActiveSpan('POST /api/checkout', async (span): Promise<Response> => {
    try {
      const body = (await request.json()) as { cartId: string };
      return await Response.json({ cartId: body.cartId }, { status: 201 });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
};` }] },
    ],
  },
    {
      // SvelteKit endpoint
    code: `export async function POST({ request }: { request: Request }): Promise<Response> {
  const body = await request.text();
  return new Response(body, { status: 201 });
}`,
    filename: 'tracing/routes/api/checkout/+server.ts',
    errors: [
      { messageId: 'uninstrumented', line: 1, column: 23, endLine: 1, endColumn: 27, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export async function POST({ request }: { request: Request }): Promise<Response> {
  return tracer.startActiveSpan('POST /api/checkout', async (span): Promise<Response> => {
    try {
      const body = await request.text();
      return await new Response(body, { status: 201 });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // NestJS controller path in an options object
    code: `import { Body, Controller, Post } from '@nestjs/common';

@Controller({ path: 'payments', version: '1' })
export class PaymentsController {
  @Post()
  create(@Body() body: { amountCents: number }): { amountCents: number } {
    return body;
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 6, column: 3, endLine: 6, endColumn: 9, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Body, Controller, Post } from '@nestjs/common';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

@Controller({ path: 'payments', version: '1' })
export class PaymentsController {
  @Post()
  create(@Body() body: { amountCents: number }): { amountCents: number } {
    return tracer.startActiveSpan('POST /payments', (span): { amountCents: number } => {
      try {
        return body;
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}` }] },
    ],
  },
    {
      // route handlers that are methods of an object or a class instance of the file
    code: `import express from 'express';

class OrdersController {
  async refund(req: express.Request, res: express.Response): Promise<void> {
    res.status(202).end();
  }
}

const orders = new OrdersController();
const payments = {
  capture: async (req: express.Request, res: express.Response): Promise<void> => {
    res.status(200).end();
  },
};

const router = express.Router();
router.post('/orders/:id/refund', orders.refund.bind(orders));
router.post('/payments/:id/capture', payments.capture);

export default router;`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 4, column: 9, endLine: 4, endColumn: 15, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

class OrdersController {
  async refund(req: express.Request, res: express.Response): Promise<void> {
    return tracer.startActiveSpan('POST /orders/:id/refund', async (span): Promise<void> => {
      try {
        res.status(202).end();
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}

const orders = new OrdersController();
const payments = {
  capture: async (req: express.Request, res: express.Response): Promise<void> => {
    res.status(200).end();
  },
};

const router = express.Router();
router.post('/orders/:id/refund', orders.refund.bind(orders));
router.post('/payments/:id/capture', payments.capture);

export default router;` }] },
      { messageId: 'uninstrumented', line: 11, column: 3, endLine: 11, endColumn: 10, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

class OrdersController {
  async refund(req: express.Request, res: express.Response): Promise<void> {
    res.status(202).end();
  }
}

const orders = new OrdersController();
const payments = {
  capture: async (req: express.Request, res: express.Response): Promise<void> => {
    return tracer.startActiveSpan('POST /payments/:id/capture', async (span): Promise<void> => {
      try {
        res.status(200).end();
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  },
};

const router = express.Router();
router.post('/orders/:id/refund', orders.refund.bind(orders));
router.post('/payments/:id/capture', payments.capture);

export default router;` }] },
    ],
  },
    {
      // a router imported from the module that creates it
    code: `import type { Request, Response } from 'express';
import { app } from './telemetry';

app.post('/checkout', async (req: Request, res: Response) => {
  res.status(201).end();
});`,
    filename: 'tracing/checkout.ts',
    typed: false,
    errors: [
      { messageId: 'uninstrumented', line: 4, column: 23, endLine: 4, endColumn: 61, suggestions: [{ messageId: 'instrumentWithSpan', output: `import type { Request, Response } from 'express';
import { app } from './telemetry';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

app.post('/checkout', async (req: Request, res: Response) => {
  return tracer.startActiveSpan('POST /checkout', async (span) => {
    try {
      res.status(201).end();
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});` }] },
    ],
  },
    {
      // the root of a router is the resource its file is named after
    code: `import { Router } from 'express';

const router = Router();

router.post('/', async (req, res) => {
  res.status(201).json({ id: 'order-1' });
});

export default router;`,
    filename: 'tracing/orders.routes.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 18, endLine: 5, endColumn: 37, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Router } from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

const router = Router();

router.post('/', async (req, res) => {
  return tracer.startActiveSpan('POST /', async (span) => {
    try {
      res.status(201).json({ id: 'order-1' });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

export default router;` }] },
    ],
  },
    {
      // a Lambda handler named by its file
    code: `export const handler = async (event: { amountCents: number }): Promise<{ statusCode: number }> => {
  return { statusCode: event.amountCents > 0 ? 201 : 400 };
};`,
    filename: 'tracing/functions/process-payment.ts',
    errors: [
      { messageId: 'uninstrumented', line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

export const handler = async (event: { amountCents: number }): Promise<{ statusCode: number }> => {
  return tracer.startActiveSpan('handler', async (span): Promise<{ statusCode: number }> => {
    try {
      return { statusCode: event.amountCents > 0 ? 201 : 400 };
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
};` }] },
    ],
  },
    {
      // a payment provider's webhook route is critical; a GitHub one is not
    code: `import express from 'express';

declare function markOrderPaid(sessionId: string): Promise<void>;

export const webhooks = express.Router();

webhooks.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  await markOrderPaid(String(req.body));
  res.sendStatus(200);
});

webhooks.post('/webhooks/github', async (req, res) => {
  res.sendStatus(204);
});`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 7, column: 78, endLine: 7, endColumn: 97, suggestions: [{ messageId: 'instrumentWithSpan', output: `import express from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare function markOrderPaid(sessionId: string): Promise<void>;

export const webhooks = express.Router();

webhooks.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  return tracer.startActiveSpan('POST /webhooks/stripe', async (span) => {
    try {
      await markOrderPaid(String(req.body));
      res.sendStatus(200);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});

webhooks.post('/webhooks/github', async (req, res) => {
  res.sendStatus(204);
});` }] },
    ],
  },
    {
      // a webhook method of a payment provider's service; a GitHub service's is not
    code: `import { Injectable } from '@nestjs/common';

declare function markOrderPaid(sessionId: string): Promise<void>;

@Injectable()
export class StripeService {
  async handleWebhook(payload: string): Promise<void> {
    await markOrderPaid(payload);
  }
}

@Injectable()
export class GithubService {
  async handleWebhook(payload: string): Promise<void> {
    await markOrderPaid(payload);
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 7, column: 9, endLine: 7, endColumn: 22, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Injectable } from '@nestjs/common';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare function markOrderPaid(sessionId: string): Promise<void>;

@Injectable()
export class StripeService {
  async handleWebhook(payload: string): Promise<void> {
    return tracer.startActiveSpan('StripeService.handleWebhook', async (span): Promise<void> => {
      try {
        await markOrderPaid(payload);
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}

@Injectable()
export class GithubService {
  async handleWebhook(payload: string): Promise<void> {
    await markOrderPaid(payload);
  }
}` }] },
    ],
  },
    {
      // CommonJS export; a controller that hands errors to next(err) is a handler, one that calls next() is middleware
    code: `declare const users: { create(body: unknown): Promise<{ id: string }> };
type Handler = (req: { body: unknown }, res: { status(code: number): { json(body: unknown): void } }, next: (err?: unknown) => void) => Promise<void>;

exports.signup = (async (req, res, next) => {
  try {
    const user = await users.create(req.body);
    res.status(201).json({ id: user.id });
  } catch (err) {
    next(err);
  }
}) satisfies Handler;

exports.requireLogin = (req: { user?: string }, res: { sendStatus(code: number): void }, next: () => void) => {
  if (!req.user) return res.sendStatus(401);
  next();
};`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 4, column: 9, endLine: 4, endColumn: 15, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare const users: { create(body: unknown): Promise<{ id: string }> };
type Handler = (req: { body: unknown }, res: { status(code: number): { json(body: unknown): void } }, next: (err?: unknown) => void) => Promise<void>;

exports.signup = (async (req, res, next) => {
  return tracer.startActiveSpan('signup', async (span) => {
    try {
      try {
        const user = await users.create(req.body);
        res.status(201).json({ id: user.id });
      } catch (err) {
        next(err);
      }
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}) satisfies Handler;

exports.requireLogin = (req: { user?: string }, res: { sendStatus(code: number): void }, next: () => void) => {
  if (!req.user) return res.sendStatus(401);
  next();
};` }] },
    ],
  },
    {
      // locals exported by module.exports = { ... }
    code: `declare const payments: { process(body: unknown): Promise<unknown> };

async function processPayment(body: unknown): Promise<unknown> {
  return payments.process(body);
}

function listPayments(): unknown[] {
  return [];
}

module.exports = { processPayment, listPayments };`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 16, endLine: 3, endColumn: 30, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare const payments: { process(body: unknown): Promise<unknown> };

async function processPayment(body: unknown): Promise<unknown> {
  return tracer.startActiveSpan('processPayment', async (span): Promise<unknown> => {
    try {
      return await payments.process(body);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

function listPayments(): unknown[] {
  return [];
}

module.exports = { processPayment, listPayments };` }] },
    ],
  },
    {
      // tRPC mutation (queries read)
    code: `type Resolver<Result> = (options: { input: { priceId: string } }) => Promise<Result>;
interface ProcedureBuilder {
  input(schema: unknown): ProcedureBuilder;
  mutation<Result>(resolver: Resolver<Result>): Resolver<Result>;
  query<Result>(resolver: Resolver<Result>): Resolver<Result>;
}
declare const protectedProcedure: ProcedureBuilder;
declare function createTRPCRouter<Procedures>(procedures: Procedures): Procedures;
declare const stripe: { checkout: { sessions: { create(params: { price: string }): Promise<{ url: string }> } }; prices: { list(): Promise<unknown[]> } };

export const billingRouter = createTRPCRouter({
  createCheckout: protectedProcedure.input({}).mutation(async ({ input }) => {
    return stripe.checkout.sessions.create({ price: input.priceId });
  }),
  plans: protectedProcedure.query(async () => stripe.prices.list()),
});`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 12, column: 57, endLine: 12, endColumn: 77, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

type Resolver<Result> = (options: { input: { priceId: string } }) => Promise<Result>;
interface ProcedureBuilder {
  input(schema: unknown): ProcedureBuilder;
  mutation<Result>(resolver: Resolver<Result>): Resolver<Result>;
  query<Result>(resolver: Resolver<Result>): Resolver<Result>;
}
declare const protectedProcedure: ProcedureBuilder;
declare function createTRPCRouter<Procedures>(procedures: Procedures): Procedures;
declare const stripe: { checkout: { sessions: { create(params: { price: string }): Promise<{ url: string }> } }; prices: { list(): Promise<unknown[]> } };

export const billingRouter = createTRPCRouter({
  createCheckout: protectedProcedure.input({}).mutation(async ({ input }) => {
    return tracer.startActiveSpan('billing.createCheckout', async (span) => {
      try {
        return await stripe.checkout.sessions.create({ price: input.priceId });
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }),
  plans: protectedProcedure.query(async () => stripe.prices.list()),
});` }] },
    ],
  },
    {
      // a preposition tail after the operation keeps it one
    code: `declare const gateway: { charge(customerId: string, cardId: string): Promise<string> };

export async function chargeCustomerWithSavedCard(customerId: string, cardId: string): Promise<string> {
  return gateway.charge(customerId, cardId);
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 3, column: 23, endLine: 3, endColumn: 50, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare const gateway: { charge(customerId: string, cardId: string): Promise<string> };

export async function chargeCustomerWithSavedCard(customerId: string, cardId: string): Promise<string> {
  return tracer.startActiveSpan('chargeCustomerWithSavedCard', async (span): Promise<string> => {
    try {
      return await gateway.charge(customerId, cardId);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}` }] },
    ],
  },
    {
      // Medusa API route: completing a cart is the checkout
    code: `declare function completeCart(cartId: string): Promise<{ id: string }>;
type Request = { params: { id: string } };
type Response = { json(body: unknown): void };

export const POST = async (req: Request, res: Response) => {
  const order = await completeCart(req.params.id);
  res.json({ type: 'order', order });
};

export const GET = async (req: Request, res: Response) => {
  res.json({ id: req.params.id });
};`,
    filename: 'tracing/src/api/store/carts/[id]/complete/route.ts',
    errors: [
      { messageId: 'uninstrumented', line: 5, column: 14, endLine: 5, endColumn: 18, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare function completeCart(cartId: string): Promise<{ id: string }>;
type Request = { params: { id: string } };
type Response = { json(body: unknown): void };

export const POST = async (req: Request, res: Response) => {
  return tracer.startActiveSpan('POST /store/carts/[id]/complete', async (span) => {
    try {
      const order = await completeCart(req.params.id);
      res.json({ type: 'order', order });
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
};

export const GET = async (req: Request, res: Response) => {
  res.json({ id: req.params.id });
};` }] },
    ],
  },
    {
      // an ESM controller that hands errors to next(err); a require… guard factory is not an operation
    code: `import type { NextFunction, Request, Response } from 'express';

declare const users: { findByEmail(email: string): Promise<{ token(): string } | undefined> };

export const requireSubscription = (minTier = 'pro') => (req: Request, res: Response, next: NextFunction) => {
  if (req.headers['x-tier'] !== minTier) return res.sendStatus(402);
  next();
};

export const login = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const user = await users.findByEmail(String(req.body.email));
    if (!user) return res.sendStatus(401);
    res.json({ token: user.token() });
  } catch (error) {
    next(error);
  }
};`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 10, column: 14, endLine: 10, endColumn: 19, suggestions: [{ messageId: 'instrumentWithSpan', output: `import type { NextFunction, Request, Response } from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare const users: { findByEmail(email: string): Promise<{ token(): string } | undefined> };

export const requireSubscription = (minTier = 'pro') => (req: Request, res: Response, next: NextFunction) => {
  if (req.headers['x-tier'] !== minTier) return res.sendStatus(402);
  next();
};

export const login = async (req: Request, res: Response, next: NextFunction) => {
  return tracer.startActiveSpan('login', async (span) => {
    try {
      try {
        const user = await users.findByEmail(String(req.body.email));
        if (!user) return await res.sendStatus(401);
        res.json({ token: user.token() });
      } catch (error) {
        next(error);
      }
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
};` }] },
    ],
  },
    {
      // a webhook of a payments controller
    code: `declare function markPaid(payload: string): Promise<void>;

export class PaymentsController {
  async handleWebhook(payload: string): Promise<void> {
    await markPaid(payload);
  }
}`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 4, column: 9, endLine: 4, endColumn: 22, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare function markPaid(payload: string): Promise<void>;

export class PaymentsController {
  async handleWebhook(payload: string): Promise<void> {
    return tracer.startActiveSpan('PaymentsController.handleWebhook', async (span): Promise<void> => {
      try {
        await markPaid(payload);
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}` }] },
    ],
  },
    {
      // methods of the object a payment handler is constructed with (Vendure's PaymentMethodHandler)
    code: `declare class PaymentMethodHandler {
  constructor(config: { code: string; createPayment(amount: number): Promise<{ state: string }>; createRefund(amount: number): Promise<{ state: string }> });
}
declare const gateway: { charge(amount: number): Promise<string>; refund(amount: number): Promise<string> };

export const cardPaymentHandler = new PaymentMethodHandler({
  code: 'card',
  async createPayment(amount) {
    await gateway.charge(amount);
    return { state: 'Settled' };
  },
  createRefund: async (amount) => {
    await gateway.refund(amount);
    return { state: 'Settled' };
  },
});`,
    filename: 'tracing/checkout.ts',
    errors: [
      { messageId: 'uninstrumented', line: 8, column: 9, endLine: 8, endColumn: 22, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare class PaymentMethodHandler {
  constructor(config: { code: string; createPayment(amount: number): Promise<{ state: string }>; createRefund(amount: number): Promise<{ state: string }> });
}
declare const gateway: { charge(amount: number): Promise<string>; refund(amount: number): Promise<string> };

export const cardPaymentHandler = new PaymentMethodHandler({
  code: 'card',
  async createPayment(amount) {
    return tracer.startActiveSpan('cardPaymentHandler.createPayment', async (span) => {
      try {
        await gateway.charge(amount);
        return { state: 'Settled' };
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  },
  createRefund: async (amount) => {
    await gateway.refund(amount);
    return { state: 'Settled' };
  },
});` }] },
      { messageId: 'uninstrumented', line: 12, column: 3, endLine: 12, endColumn: 15, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare class PaymentMethodHandler {
  constructor(config: { code: string; createPayment(amount: number): Promise<{ state: string }>; createRefund(amount: number): Promise<{ state: string }> });
}
declare const gateway: { charge(amount: number): Promise<string>; refund(amount: number): Promise<string> };

export const cardPaymentHandler = new PaymentMethodHandler({
  code: 'card',
  async createPayment(amount) {
    await gateway.charge(amount);
    return { state: 'Settled' };
  },
  createRefund: async (amount) => {
    return tracer.startActiveSpan('cardPaymentHandler.createRefund', async (span) => {
      try {
        await gateway.refund(amount);
        return { state: 'Settled' };
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw err;
      } finally {
        span.end();
      }
    });
  },
});` }] },
    ],
  },
    {
      // a webhook route in a payment provider's routes file
    code: `import { Router } from 'express';

declare function markOrderPaid(payload: unknown): Promise<void>;

export const router = Router();

router.post('/webhook', async (req, res) => {
  await markOrderPaid(req.body);
  res.sendStatus(200);
});`,
    filename: 'tracing/stripe.routes.ts',
    errors: [
      { messageId: 'uninstrumented', line: 7, column: 25, endLine: 7, endColumn: 44, suggestions: [{ messageId: 'instrumentWithSpan', output: `import { Router } from 'express';
import { trace, SpanStatusCode } from '@opentelemetry/api';

const tracer = trace.getTracer('shop-api');

declare function markOrderPaid(payload: unknown): Promise<void>;

export const router = Router();

router.post('/webhook', async (req, res) => {
  return tracer.startActiveSpan('POST /webhook', async (span) => {
    try {
      await markOrderPaid(req.body);
      res.sendStatus(200);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
});` }] },
    ],
  },
  ],
});
