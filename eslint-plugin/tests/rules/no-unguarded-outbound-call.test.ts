import rule, { type MessageId, type Options } from '../../src/rules/no-unguarded-outbound-call';
import { runRuleTests, type InvalidCase, type ValidCase } from '../rule-tester';

type Case = InvalidCase<MessageId, Options>;

/**
 * One report of `messageId` on the call, whose only suggestion turns `code` into `output`. The suggestion message
 * carries the default 10000 ms unless the case sets `defaultTimeoutMs`.
 */
function reported(messageId: Exclude<MessageId, 'addTimeout'>, code: string, output: string, extra: Partial<Case> = {}): Case {
  return { code, errors: [{ messageId, suggestions: [{ messageId: 'addTimeout', output }] }], ...extra };
}

const fetchUrl = "'https://api.example.com/orders'";

/** The message data of axios reports, as the catalog words them. */
const axiosData = {
  defaultBehaviour: 'axios waits forever by default (`timeout: 0`)',
  remedy: 'set `timeout` (ms) or `signal: AbortSignal.timeout(ms)` in the request config, or `timeout` in `axios.create({ timeout })`',
};

// ---- Near misses: not network calls, or calls something else already bounds. ----

const notOutbound: ValidCase<Options>[] = [
  "declare const cache: { get(key: string): unknown }; cache.get('user:42');",
  "const cache = new Map<string, number>(); cache.get('user:42');",
  "declare const map: { fetch(key: string): unknown }; map.fetch('user:42');",
  "declare const repository: { request(id: string): Promise<void> }; void repository.request('42');",
  'export class Session { constructor(private readonly store: Map<string, string>) {} read(key: string) { return this.store.get(key); } }',
  "import express from 'express'; const router = express.Router(); router.get('/orders', (_req, res) => { res.send('ok'); });",
  "import express from 'express'; const app = express(); app.get('/health', (_req, res) => { res.send('ok'); }); app.post('/orders', (_req, res) => { res.send('ok'); });",
  "import { Hono } from 'hono'; const app = new Hono(); void app.request('/health');",
  "async function fetch(url: string): Promise<string> { return url; } void fetch('/orders');",
  "function request(path: string): string { return path; } request('/orders');",
  "export function loadUsers(axios: { get(url: string): Promise<unknown> }) { return axios.get('/users'); }",
  "import http from 'node:http'; http.createServer((_req, res) => res.end()).listen(3000);",
  "import axios from 'axios'; export function isHttpError(error: unknown) { return axios.isAxiosError(error); }",
  "import { get } from 'lodash'; get({ a: 1 }, 'a');",
  'export class OrdersGateway { constructor(private readonly http: { get(url: string): Promise<unknown> }) {} list() { return this.http.get(\'/orders\'); } }',
  'export async function send(url: string, init: RequestInit) { return fetch(url, init); }',
  "export async function send(init: RequestInit) { return fetch('https://api.example.com', { ...init, method: 'POST' }); }",
  "import { httpOptions } from './http/timeouts'; import axios from 'axios'; void axios.get('/orders', httpOptions);",
  // Tests, mocks and stories are not production code.
  { code: "void fetch('http://localhost:3000/health');", filename: 'http/__tests__/health.ts' },
  { code: "import axios from 'axios'; void axios.get('http://localhost:3000/orders');", filename: 'http/orders.spec.ts' },
];

const boundedByOptions: ValidCase<Options>[] = [
  `void fetch(${fetchUrl}, { signal: AbortSignal.timeout(5000) });`,
  `const controller = new AbortController(); const timer = setTimeout(() => controller.abort(), 5000); void fetch(${fetchUrl}, { signal: controller.signal }).finally(() => clearTimeout(timer));`,
  `declare const controller: AbortController; void fetch(${fetchUrl}, { signal: controller.signal });`,
  `export function load(signal: AbortSignal) { return fetch(${fetchUrl}, { signal }); }`,
  `void fetch(new Request(${fetchUrl}, { signal: AbortSignal.timeout(5000) }));`,
  'export function send(request: Request) { return fetch(request); }',
  // Without types, an input that does not look like a URL may be a `Request` carrying its own signal.
  { code: 'export function load(target: string) { return fetch(target); }', typed: false },
  { code: "import got from 'got'; export function load(target: string) { return got(target); }", typed: false },
  "import axios from 'axios'; void axios.get('/orders', { timeout: 5000 });",
  "import axios from 'axios'; const options = { timeout: 5000 }; void axios.get('/orders', options);",
  "import http from 'node:http'; const options: http.RequestOptions = { host: 'api.example.com' }; options.timeout = 5000; http.request(options).end();",
  "import axios, { type AxiosRequestConfig } from 'axios'; declare const overrides: AxiosRequestConfig; const config: AxiosRequestConfig = {}; Object.assign(config, overrides); void axios.get('/orders', config);",
  `export function proxied(...args: [string, RequestInit?]) { return fetch(...args); }`,
  "import axios from 'axios'; const TIMEOUT_MS = 5000; void axios.get('/orders', { timeout: TIMEOUT_MS });",
  "import axios from 'axios'; const base = { timeout: 5000 }; void axios.post('/orders', {}, { ...base, headers: { 'x-id': '1' } });",
  "import axios from 'axios'; import { HTTP_TIMEOUT_MS } from './http/timeouts'; void axios.get('/orders', { timeout: HTTP_TIMEOUT_MS });",
  "import axios, { type AxiosRequestConfig } from 'axios'; export function get(url: string, config: AxiosRequestConfig) { return axios.get(url, { ...config, headers: {} }); }",
  "import axios from 'axios'; const source = axios.CancelToken.source(); void axios.get('/orders', { cancelToken: source.token });",
  "import axios from 'axios'; const api = axios.create({ baseURL: 'https://api.example.com', timeout: 5000 }); void api.get('/orders');",
  "import axios from 'axios'; const api = axios.create({ baseURL: 'https://api.example.com' }); api.defaults.timeout = 5000; void api.get('/orders');",
  "import axios from 'axios'; axios.defaults.timeout = 5000; void axios.get('/orders');",
  "import axios from 'axios'; const api = axios.create({ timeout: 5000 }); const admin = api.create({ baseURL: '/admin' }); void admin.delete('/users/1');",
  "import axios from 'axios'; export class PaymentsClient { private readonly http = axios.create({ timeout: 5000 }); charge() { return this.http.post('/charges', {}); } }",
  "import axios, { type AxiosInstance } from 'axios'; export class PaymentsClient { private readonly http: AxiosInstance; constructor() { this.http = axios.create({ timeout: 5000 }); } charge() { return this.http.post('/charges', {}); } }",
  "import got from 'got'; void got('https://api.example.com/orders', { timeout: { request: 5000 } });",
  "import got from 'got'; const client = got.extend({ prefixUrl: 'https://api.example.com', timeout: { request: 5000 } }); void client.get('orders');",
  "import got from 'got'; const client = got.extend({ timeout: { response: 3000 } }); const admin = client.extend({ headers: { 'x-admin': '1' } }); void admin.post('users');",
  "import ky from 'ky'; void ky.get('https://api.example.com/orders').json();",
  "import ky from 'ky'; const api = ky.create({ prefixUrl: 'https://api.example.com' }); void api.get('orders').json();",
  "import ky from 'ky'; void ky.post('https://api.example.com/orders', { timeout: 3000, json: {} });",
  "import superagent from 'superagent'; void superagent.get('https://api.example.com/orders').set('Accept', 'application/json').timeout(5000);",
  "import superagent from 'superagent'; void superagent.post('https://api.example.com/orders').timeout({ response: 5000, deadline: 60000 }).send({});",
  "import superagent from 'superagent'; const req = superagent.get('https://api.example.com/orders'); req.timeout(5000); void req.then((res) => res.body);",
  "import { request } from 'undici'; void request('https://api.example.com/orders', { headersTimeout: 5000, bodyTimeout: 5000 });",
  "import { request } from 'undici'; void request('https://api.example.com/orders', { signal: AbortSignal.timeout(5000) });",
  "import { Client } from 'undici'; const client = new Client('https://api.example.com', { headersTimeout: 5000, bodyTimeout: 5000 }); void client.request({ path: '/orders', method: 'GET' });",
  "import https from 'node:https'; https.get('https://api.example.com/orders', { timeout: 5000 }, (res) => res.resume());",
  "import http from 'node:http'; const req = http.request({ host: 'api.example.com', path: '/orders' }, (res) => res.resume()); req.setTimeout(5000, () => req.destroy()); req.end();",
  "import http from 'node:http'; http.get('http://api.example.com/orders', { signal: AbortSignal.timeout(5000) }, (res) => res.resume());",
  "import * as grpc from '@grpc/grpc-js'; import { GreeterClient } from './http/greeter-client'; const client = new GreeterClient('localhost:50051', grpc.credentials.createInsecure()); client.sayHello({ name: 'Ada' }, { deadline: Date.now() + 5000 }, () => {});",
  "import * as grpc from '@grpc/grpc-js'; import { GreeterClient } from './http/greeter-client'; declare const deadlineInterceptor: grpc.Interceptor; const client = new GreeterClient('localhost:50051', grpc.credentials.createInsecure(), { interceptors: [deadlineInterceptor] }); client.sayHello({ name: 'Ada' }, () => {});",
  "import * as grpc from '@grpc/grpc-js'; import { GreeterClient } from './http/greeter-client'; const client = new GreeterClient('localhost:50051', grpc.credentials.createInsecure()); client.close();",
  "import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'; const s3 = new S3Client({}); void s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }), { abortSignal: AbortSignal.timeout(5000) });",
  "import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'; const s3 = new S3Client({ requestHandler: { requestTimeout: 5000, throwOnRequestTimeout: true } }); void s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));",
  "import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'; import { NodeHttpHandler } from '@smithy/node-http-handler'; const s3 = new S3Client({ requestHandler: new NodeHttpHandler({ socketTimeout: 5000 }) }); void s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));",
];

const boundedAcrossModules: ValidCase<Options>[] = [
  "import { paymentsApi } from './http/axios-client'; void paymentsApi.post('/charges', { amount: 100 });",
  "import billingApi from './http/axios-client'; void billingApi.get('/invoices');",
  "import { ratesApi } from './http/axios-defaults-client'; void ratesApi.get('/eur');",
  "import { catalogClient } from './http/got-client'; void catalogClient.get('products').json();",
  "import { adminClient } from './http/got-admin-client'; void adminClient.post('users');",
  "import { searchApi } from './http/ky-client'; void searchApi.get('query').json();",
  "import { paymentsApi } from './http/clients'; void paymentsApi.get('/charges/1');",
  "import { GetObjectCommand } from '@aws-sdk/client-s3'; import { reportsBucket } from './http/aws-clients'; void reportsBucket.send(new GetObjectCommand({ Bucket: 'reports', Key: 'q3.csv' }));",
  { code: "import { GetObjectCommand } from '@aws-sdk/client-s3'; import { documentsBucket } from './http/aws-clients'; void documentsBucket.send(new GetObjectCommand({ Bucket: 'docs', Key: 'a.pdf' }));", typed: false },
  { code: "import { greeter } from './http/greeter'; greeter.sayHello({ name: 'Ada' }, () => {});", typed: false },
  "import { orderRepository } from './http/order-repository'; void orderRepository.get('42'); void orderRepository.request('42');",
  // Without type information an imported instance's origin is unknown: not a candidate.
  { code: "import { inventoryApi } from './http/clients'; void inventoryApi.get('/stock');", typed: false },
  { code: "import { inventoryApi } from './http/axios-client-without-timeout'; void inventoryApi.get('/stock');", typed: false },
  { code: "import { exportsApi } from './http/ky-client'; void exportsApi.get('report.csv');", typed: false },
];

const guarded: ValidCase<Options>[] = [
  "import CircuitBreaker from 'opossum'; import axios from 'axios'; const breaker = new CircuitBreaker((id: string) => axios.get('/users/' + id), { timeout: 3000 }); void breaker.fire('42');",
  `import CircuitBreaker from 'opossum'; export const charge = (amount: number) => breaker.fire(amount); async function chargeCard(amount: number) { return fetch(${fetchUrl}, { method: 'POST', body: String(amount) }); } const breaker = new CircuitBreaker(chargeCard);`,
  `import CircuitBreaker from 'opossum'; export class Psp { private readonly breaker = new CircuitBreaker(this.charge.bind(this)); pay(amount: number) { return this.breaker.fire(amount); } private async charge(amount: number) { return fetch(${fetchUrl}, { method: 'POST', body: String(amount) }); } }`,
  `import CircuitBreaker from 'opossum'; export class Psp { private readonly breaker = new CircuitBreaker((amount: number) => this.charge(amount)); pay(amount: number) { return this.breaker.fire(amount); } private charge(amount: number) { return fetch(${fetchUrl}, { method: 'POST', body: String(amount) }); } }`,
  `import CircuitBreaker from 'opossum'; const breaker = new CircuitBreaker(async (call: () => Promise<Response>) => call()); void breaker.fire(() => fetch(${fetchUrl}));`,
  `import { ConsecutiveBreaker, circuitBreaker, handleAll } from 'cockatiel'; const policy = circuitBreaker(handleAll, { halfOpenAfter: 10_000, breaker: new ConsecutiveBreaker(5) }); void policy.execute(() => fetch(${fetchUrl}));`,
  `import type { IPolicy } from 'cockatiel'; export class Orders { constructor(private readonly policy: IPolicy) {} list() { return this.policy.execute(() => fetch(${fetchUrl})); } }`,
  `import pTimeout from 'p-timeout'; void pTimeout(fetch(${fetchUrl}), { milliseconds: 5000 });`,
  `import pTimeout from 'p-timeout'; import axios from 'axios'; export class Rates { load() { return pTimeout(this.fetchRates(), { milliseconds: 5000 }); } private fetchRates() { return axios.get('/rates'); } }`,
  `void Promise.race([fetch(${fetchUrl}), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000))]);`,
  { code: `declare function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T>; void withTimeout(fetch(${fetchUrl}), 5000);`, options: [{ guards: ['withTimeout'] }] },
  {
    code: "import axios from 'axios'; export class Orders { constructor(private readonly resilience: { run<T>(fn: () => Promise<T>): Promise<T> }) {} list() { return this.resilience.run(() => axios.get('/orders')); } }",
    options: [{ guards: ['resilience.run'] }],
  },
];

/**
 * Code that is not a service: browser modules (a request there holds a tab the user can close, not a server's sockets),
 * scripts and end-to-end tests. A module is browser code when it says `'use client'`, imports a front-end framework,
 * uses a browser-only global, or makes a call only a browser can make (a root-relative URL, `credentials`).
 */
const notServiceCode: ValidCase<Options>[] = [
  {
    code: "import { useEffect, useState } from 'react'; export function Orders() { const [orders, setOrders] = useState<unknown[]>([]); useEffect(() => { void fetch('https://shop.example.com/api/orders').then((r) => r.json()).then(setOrders); }, []); return <ul>{orders.length}</ul>; }",
    filename: 'react.tsx',
  },
  "'use client'; import axios from 'axios'; export async function pay(cartId: string) { return axios.post('https://shop.example.com/api/checkout', { cartId }); }",
  "import axios from 'axios'; export const api = axios.create({ baseURL: 'https://api.example.com' }); api.interceptors.request.use((config) => { const token = localStorage.getItem('token'); if (token) config.headers.Authorization = `Bearer ${token}`; return config; }); export const me = () => api.get('/me');",
  "declare const ANALYTICS_URL: string; export const products = () => fetch('/api/products').then((r) => r.json()); export const track = (event: string) => fetch(ANALYTICS_URL, { method: 'POST', body: event });",
  "declare const API: string; export const cart = (id: string) => fetch(`/api/carts/${id}`); export const me = () => fetch(`${API}/me`, { credentials: 'include' });",
  "import axios from 'axios'; const api = axios.create({ baseURL: '/api/v1' }); export const me = () => api.get('/me');",
  "import { ofetch } from 'ofetch'; const api = ofetch.create({ baseURL: '/api' }); export const me = () => api('/me');",
  "import { browserApi } from './http/browser-api'; void browserApi.get('/me');",
  { code: "import axios from 'axios'; void axios.get('https://catalog.example.com/prices');", filename: 'http/scripts/backfill-prices.ts' },
  { code: "import axios from 'axios'; void axios.get('http://localhost:3000/orders');", filename: 'http/orders.e2e-spec.ts' },
  { code: "void fetch('http://localhost:3000/api/checkout', { method: 'POST' });", filename: 'http/checkout.cy.ts' },
];

/** Libraries and frameworks that bound calls, or whose instance settings the rule cannot see. */
const otherClients: ValidCase<Options>[] = [
  // NestJS's HttpService wraps the axios instance of `HttpModule.register({ timeout })`, configured in another module.
  `
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class CustomersClient {
  constructor(private readonly http: HttpService) {}

  async find(id: string) {
    const { data } = await firstValueFrom(this.http.get(\`https://crm.example.com/customers/\${id}\`));
    return data;
  }
}
`,
  // SDK clients have their own default timeouts (Stripe 80 s, OpenAI 10 min) and are not in the catalog.
  "import Stripe from 'stripe'; const stripe = new Stripe('sk_test'); export const pay = (amount: number) => stripe.paymentIntents.create({ amount, currency: 'eur' });",
  "import { Agent } from 'undici'; const agent = new Agent({ headersTimeout: 3000, bodyTimeout: 5000 }); void fetch('https://api.example.com/rates', { dispatcher: agent } as RequestInit);",
  "import { ofetch } from 'ofetch'; const erp = ofetch.create({ baseURL: 'https://erp.example.com', timeout: 4000 }); void erp('/contacts');",
  "import { $fetch } from 'ofetch'; void $fetch('https://status.example.com/ping', { timeout: 1000 });",
  "import rp from 'request-promise'; void rp({ uri: 'https://partner.example.com/stock', json: true, timeout: 5000 });",
  "import rp from 'request-promise'; const partner = rp.defaults({ baseUrl: 'https://partner.example.com', timeout: 5000 }); void partner.get('/stock');",
  "import needle from 'needle'; void needle.get('https://partner.example.com/catalog', { response_timeout: 5000, read_timeout: 10000 });",
  // needle's promise form is not recognised: its third argument is the data or the options depending on the method.
  "import needle from 'needle'; void needle('get', 'https://partner.example.com/catalog');",
  "export async function POST(request: Request) { const res = await fetch('https://fraud.example.com/score', { method: 'POST', body: await request.text(), signal: request.signal }); return res; }",
];

/** Whole service modules in the shapes real code takes, none of which makes an unbounded call. */
/** Instances made by the application's own factories (same file, or imported with types) inherit what the factory sets. */
const madeByOwnFactories: ValidCase<Options>[] = [
  { code: "import { createServiceClient } from './http/client-factories'; void createServiceClient('https://billing.internal').get('/invoices');", typed: true },
  { code: "import { createClientWithTimeout } from './http/client-factories'; const api = createClientWithTimeout('https://tax.internal', 2_000); void api.get('/rates');", typed: true },
  // Without types the imported factory's result is unknown, so its calls are not candidates.
  { code: "import { createLegacyClient } from './http/client-factories'; const legacy = createLegacyClient('https://billing-legacy.internal'); void legacy.get('/invoices');", typed: false },
  "import axios from 'axios'; function makeClient(baseURL: string) { return axios.create({ baseURL, timeout: 3_000 }); } const api = makeClient('https://a.internal'); void api.get('/x');",
  "import axios from 'axios'; const makeClient = (timeout: number) => axios.create({ timeout }); void makeClient(1_000).get('/x');",
  // Two returns: which instance comes back is not known.
  "import axios from 'axios'; function makeClient(fast: boolean) { if (fast) return axios.create({ timeout: 500 }); return axios.create(); } void makeClient(true).get('/x');",
];

const serviceModules: ValidCase<Options>[] = [
  `
import { Injectable } from '@nestjs/common';
import axios, { type AxiosInstance } from 'axios';

interface Config { get(key: string): string }

@Injectable()
export class ShippingClient {
  private readonly http: AxiosInstance;

  constructor(private readonly config: Config, private readonly cache: Map<string, number>) {
    this.http = axios.create({ baseURL: config.get('SHIPPING_URL'), timeout: Number(config.get('SHIPPING_TIMEOUT_MS')) });
  }

  async quote(postcode: string): Promise<number> {
    const cached = this.cache.get(postcode);
    if (cached !== undefined) return cached;
    const { data } = await this.http.get<{ priceCents: number }>('/quotes', { params: { postcode } });
    this.cache.set(postcode, data.priceCents);
    return data.priceCents;
  }
}
`,
  `
import express, { type Request, type Response } from 'express';

interface OrderRepository { get(id: string): Promise<unknown>; request(id: string): Promise<void> }
declare const orders: OrderRepository;
declare const redis: { get(key: string): Promise<string | null>; set(key: string, value: string): Promise<void> };

const router = express.Router();
router.get('/orders/:id', async (req: Request, res: Response) => {
  const cached = await redis.get('order:' + req.params.id);
  if (cached) return res.send(cached);
  const order = await orders.get(String(req.params.id));
  await redis.set('order:' + req.params.id, JSON.stringify(order));
  return res.json(order);
});
export default router;
`,
  `
import CircuitBreaker from 'opossum';
import got from 'got';

const inventory = got.extend({ prefixUrl: 'https://inventory.internal', timeout: { request: 2_000 } });

async function reserve(sku: string, quantity: number) {
  return inventory.post('reservations', { json: { sku, quantity } }).json<{ id: string }>();
}

async function notifyWarehouse(sku: string) {
  return fetch('https://warehouse.internal/notify', { method: 'POST', body: sku });
}

const reserveBreaker = new CircuitBreaker(reserve, { timeout: 3_000, errorThresholdPercentage: 50 });
const notifyBreaker = new CircuitBreaker(notifyWarehouse, { timeout: 1_000 });

export async function reserveStock(sku: string, quantity: number) {
  const reservation = await reserveBreaker.fire(sku, quantity);
  await notifyBreaker.fire(sku);
  return reservation;
}
`,
  `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION, requestHandler: { requestTimeout: 3_000, throwOnRequestTimeout: true } });
export const dynamo = new DynamoDBClient({});

export async function readInvoice(key: string, signal: AbortSignal) {
  const object = await s3.send(new GetObjectCommand({ Bucket: 'invoices', Key: key }));
  const copy = await new S3Client({}).send(new GetObjectCommand({ Bucket: 'archive', Key: key }), { abortSignal: signal });
  return [object, copy];
}
`,
];

// ---- Reported calls, one per library and shape, with the exact suggestion output. ----

const fetchCases: Case[] = [
  reported('missingTimeout', `void fetch(${fetchUrl});`, `void fetch(${fetchUrl}, { signal: AbortSignal.timeout(10000) });`),
  reported('missingTimeout', `void globalThis.fetch(${fetchUrl});`, `void globalThis.fetch(${fetchUrl}, { signal: AbortSignal.timeout(10000) });`),
  reported(
    'missingTimeout',
    `export const create = (body: string) => fetch(${fetchUrl}, { method: 'POST', body });`,
    `export const create = (body: string) => fetch(${fetchUrl}, { method: 'POST', body, signal: AbortSignal.timeout(10000) });`,
  ),
  reported(
    'missingTimeout',
    `export async function create(body: string) {\n  return fetch(${fetchUrl}, {\n    method: 'POST',\n    body,\n  });\n}`,
    `export async function create(body: string) {\n  return fetch(${fetchUrl}, {\n    method: 'POST',\n    body,\n    signal: AbortSignal.timeout(10000),\n  });\n}`,
  ),
  reported(
    'missingTimeout',
    `const init = { method: 'GET' }; void fetch(${fetchUrl}, init);`,
    `const init = { method: 'GET' }; void fetch(${fetchUrl}, { ...init, signal: AbortSignal.timeout(10000) });`,
  ),
  reported(
    'neverAbortedSignal',
    `const controller = new AbortController(); void fetch(${fetchUrl}, { signal: controller.signal });`,
    `const controller = new AbortController(); void fetch(${fetchUrl}, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10000)]) });`,
  ),
  reported(
    'missingTimeout',
    'export function load(orderUrl: string) { return fetch(orderUrl); }',
    'export function load(orderUrl: string) { return fetch(orderUrl, { signal: AbortSignal.timeout(10000) }); }',
  ),
  reported(
    'missingTimeout',
    'export function load(target: string) { return fetch(target); }',
    'export function load(target: string) { return fetch(target, { signal: AbortSignal.timeout(10000) }); }',
    { typed: true },
  ),
  reported(
    'missingTimeout',
    "import got from 'got'; export function load(target: string) { return got(target); }",
    "import got from 'got'; export function load(target: string) { return got(target, { timeout: { request: 10000 } }); }",
    { typed: true },
  ),
  reported(
    'missingTimeout',
    "import http from 'node:http'; const options: http.RequestOptions = { host: 'api.example.com' }; options.path = '/orders'; http.request(options).end();",
    "import http from 'node:http'; const options: http.RequestOptions = { host: 'api.example.com' }; options.path = '/orders'; http.request({ ...options, signal: AbortSignal.timeout(10000) }).end();",
  ),
  reported('missingTimeout', `void fetch(${fetchUrl}, { signal: undefined });`, `void fetch(${fetchUrl}, { signal: AbortSignal.timeout(10000) });`),
  reported('missingTimeout', `void fetch(${fetchUrl});`, `void fetch(${fetchUrl}, { signal: AbortSignal.timeout(2500) });`, {
    options: [{ defaultTimeoutMs: 2500 }],
    errors: [{ messageId: 'missingTimeout', suggestions: [{ messageId: 'addTimeout', data: { milliseconds: 2500, code: 'signal: AbortSignal.timeout(2500)' }, output: `void fetch(${fetchUrl}, { signal: AbortSignal.timeout(2500) });` }] }],
  }),
  reported('missingTimeout', `void Promise.all([fetch(${fetchUrl})]);`, `void Promise.all([fetch(${fetchUrl}, { signal: AbortSignal.timeout(10000) })]);`),
  reported(
    'missingTimeout',
    `declare function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T>; void withTimeout(fetch(${fetchUrl}), 5000);`,
    `declare function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T>; void withTimeout(fetch(${fetchUrl}, { signal: AbortSignal.timeout(10000) }), 5000);`,
  ),
];

const undiciCases: Case[] = [
  reported(
    'missingTimeout',
    "import { request } from 'undici'; void request('https://api.example.com/orders');",
    "import { request } from 'undici'; void request('https://api.example.com/orders', { signal: AbortSignal.timeout(10000) });",
  ),
  reported(
    'missingTimeout',
    "import { fetch } from 'undici'; void fetch('https://api.example.com/orders', { method: 'DELETE' });",
    "import { fetch } from 'undici'; void fetch('https://api.example.com/orders', { method: 'DELETE', signal: AbortSignal.timeout(10000) });",
  ),
  reported(
    'missingTimeout',
    "import { Client } from 'undici'; const client = new Client('https://api.example.com'); void client.request({ path: '/orders', method: 'GET' });",
    "import { Client } from 'undici'; const client = new Client('https://api.example.com'); void client.request({ path: '/orders', method: 'GET', signal: AbortSignal.timeout(10000) });",
  ),
  reported(
    'disabledTimeout',
    "import { Pool } from 'undici'; const pool = new Pool('https://api.example.com', { headersTimeout: 0 }); void pool.request({ path: '/orders', method: 'GET' });",
    "import { Pool } from 'undici'; const pool = new Pool('https://api.example.com', { headersTimeout: 0 }); void pool.request({ path: '/orders', method: 'GET', signal: AbortSignal.timeout(10000) });",
  ),
  reported(
    'missingTimeout',
    "import fetch from 'node-fetch'; void fetch('https://api.example.com/orders');",
    "import fetch from 'node-fetch'; void fetch('https://api.example.com/orders', { signal: AbortSignal.timeout(10000) });",
  ),
];

const axiosCases: Case[] = [
  {
    ...reported('missingTimeout', "import axios from 'axios'; void axios.get('/orders');", "import axios from 'axios'; void axios.get('/orders', { timeout: 10000 });"),
    errors: [
      {
        messageId: 'missingTimeout',
        data: { ...axiosData, call: 'This axios call' },
        suggestions: [{ messageId: 'addTimeout', data: { milliseconds: 10000, code: 'timeout: 10000' }, output: "import axios from 'axios'; void axios.get('/orders', { timeout: 10000 });" }],
      },
    ],
  },
  reported('missingTimeout', "import axios from 'axios'; void axios.post('/orders', { sku: 'A1' });", "import axios from 'axios'; void axios.post('/orders', { sku: 'A1' }, { timeout: 10000 });"),
  reported('missingTimeout', "import axios from 'axios'; void axios.post('/ping');", "import axios from 'axios'; void axios.post('/ping', undefined, { timeout: 10000 });"),
  reported('missingTimeout', "import axios from 'axios'; void axios({ url: '/orders', method: 'GET' });", "import axios from 'axios'; void axios({ url: '/orders', method: 'GET', timeout: 10000 });"),
  reported('missingTimeout', "import axios from 'axios'; void axios('/orders');", "import axios from 'axios'; void axios('/orders', { timeout: 10000 });"),
  reported('missingTimeout', "import axios from 'axios'; void axios.request({ url: '/orders' });", "import axios from 'axios'; void axios.request({ url: '/orders', timeout: 10000 });"),
  reported('missingTimeout', "const axios = require('axios'); void axios.get('/orders');", "const axios = require('axios'); void axios.get('/orders', { timeout: 10000 });"),
  {
    ...reported('disabledTimeout', "import axios from 'axios'; void axios.get('/orders', { timeout: 0 });", "import axios from 'axios'; void axios.get('/orders', { timeout: 10000 });"),
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { remedy: axiosData.remedy, call: 'This axios call', setting: 'timeout: 0', where: '' },
        suggestions: [{ messageId: 'addTimeout', output: "import axios from 'axios'; void axios.get('/orders', { timeout: 10000 });" }],
      },
    ],
  },
  reported('disabledTimeout', "import axios from 'axios'; void axios.get('/orders', { timeout: Infinity });", "import axios from 'axios'; void axios.get('/orders', { timeout: 10000 });"),
  reported(
    'missingTimeout',
    "import axios from 'axios'; const api = axios.create({ baseURL: 'https://api.example.com' }); void api.get('/orders');",
    "import axios from 'axios'; const api = axios.create({ baseURL: 'https://api.example.com' }); void api.get('/orders', { timeout: 10000 });",
    {
      errors: [
        {
          messageId: 'missingTimeout',
          data: { ...axiosData, call: 'This axios call on `api`' },
          suggestions: [{ messageId: 'addTimeout', output: "import axios from 'axios'; const api = axios.create({ baseURL: 'https://api.example.com' }); void api.get('/orders', { timeout: 10000 });" }],
        },
      ],
    },
  ),
  {
    ...reported(
      'disabledTimeout',
      "import axios from 'axios'; const api = axios.create({ timeout: 0 }); void api.put('/orders/1', {});",
      "import axios from 'axios'; const api = axios.create({ timeout: 0 }); void api.put('/orders/1', {}, { timeout: 10000 });",
    ),
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { remedy: axiosData.remedy, call: 'This axios call on `api`', setting: 'timeout: 0', where: ' on the instance it is made on' },
        suggestions: [{ messageId: 'addTimeout', output: "import axios from 'axios'; const api = axios.create({ timeout: 0 }); void api.put('/orders/1', {}, { timeout: 10000 });" }],
      },
    ],
  },
  reported(
    'disabledTimeout',
    "import axios from 'axios'; const api = axios.create({ timeout: 5000 }); api.defaults.timeout = 0; void api.get('/orders');",
    "import axios from 'axios'; const api = axios.create({ timeout: 5000 }); api.defaults.timeout = 0; void api.get('/orders', { timeout: 10000 });",
  ),
  reported(
    'missingTimeout',
    "import axios from 'axios'; const api = axios.create({ baseURL: 'https://api.example.com' }); const admin = api.create({ baseURL: 'https://admin.example.com' }); void admin.delete('/users/1');",
    "import axios from 'axios'; const api = axios.create({ baseURL: 'https://api.example.com' }); const admin = api.create({ baseURL: 'https://admin.example.com' }); void admin.delete('/users/1', { timeout: 10000 });",
  ),
  reported(
    'missingTimeout',
    "import axios from 'axios'; export class PaymentsClient { private readonly http = axios.create({ baseURL: 'https://psp.example.com' }); charge() { return this.http.post('/charges', {}); } }",
    "import axios from 'axios'; export class PaymentsClient { private readonly http = axios.create({ baseURL: 'https://psp.example.com' }); charge() { return this.http.post('/charges', {}, { timeout: 10000 }); } }",
  ),
  reported(
    'missingTimeout',
    "import axios from 'axios'; const headers = { 'x-id': '1' }; void axios.get('/orders', { headers });",
    "import axios from 'axios'; const headers = { 'x-id': '1' }; void axios.get('/orders', { headers, timeout: 10000 });",
  ),
];

const gotKySuperagentCases: Case[] = [
  reported('missingTimeout', "import got from 'got'; void got('https://api.example.com/orders');", "import got from 'got'; void got('https://api.example.com/orders', { timeout: { request: 10000 } });"),
  reported(
    'missingTimeout',
    "import got from 'got'; void got.post('https://api.example.com/orders', { json: { sku: 'A1' } });",
    "import got from 'got'; void got.post('https://api.example.com/orders', { json: { sku: 'A1' }, timeout: { request: 10000 } });",
  ),
  reported(
    'missingTimeout',
    "import got from 'got'; void got.get('https://api.example.com/orders', { timeout: { connect: 1000 } });",
    "import got from 'got'; void got.get('https://api.example.com/orders', { timeout: { connect: 1000, request: 10000 } });",
  ),
  reported(
    'missingTimeout',
    "import { got } from 'got'; const client = got.extend({ prefixUrl: 'https://api.example.com' }); void client.get('orders');",
    "import { got } from 'got'; const client = got.extend({ prefixUrl: 'https://api.example.com' }); void client.get('orders', { timeout: { request: 10000 } });",
  ),
  reported('disabledTimeout', "import ky from 'ky'; void ky.get('https://api.example.com/export', { timeout: false });", "import ky from 'ky'; void ky.get('https://api.example.com/export', { timeout: 10000 });"),
  reported(
    'disabledTimeout',
    "import ky from 'ky'; const api = ky.create({ prefixUrl: 'https://api.example.com', timeout: false }); void api.get('export');",
    "import ky from 'ky'; const api = ky.create({ prefixUrl: 'https://api.example.com', timeout: false }); void api.get('export', { timeout: 10000 });",
  ),
  reported(
    'missingTimeout',
    "import superagent from 'superagent'; void superagent.get('https://api.example.com/orders').set('Accept', 'application/json');",
    "import superagent from 'superagent'; void superagent.get('https://api.example.com/orders').timeout(10000).set('Accept', 'application/json');",
  ),
  reported(
    'disabledTimeout',
    "import superagent from 'superagent'; void superagent.post('https://api.example.com/orders').timeout(0).send({});",
    "import superagent from 'superagent'; void superagent.post('https://api.example.com/orders').timeout(10000).send({});",
  ),
];

const nodeGrpcAwsCases: Case[] = [
  reported(
    'missingTimeout',
    "import https from 'node:https'; https.get('https://api.example.com/orders', (res) => res.resume());",
    "import https from 'node:https'; https.get('https://api.example.com/orders', { signal: AbortSignal.timeout(10000) }, (res) => res.resume());",
  ),
  reported(
    'missingTimeout',
    "import * as http from 'http'; const req = http.request({ host: 'api.example.com', path: '/orders', method: 'POST' }, (res) => res.resume()); req.end();",
    "import * as http from 'http'; const req = http.request({ host: 'api.example.com', path: '/orders', method: 'POST', signal: AbortSignal.timeout(10000) }, (res) => res.resume()); req.end();",
  ),
  reported('missingTimeout', "import http from 'node:http'; http.get('http://api.example.com/orders');", "import http from 'node:http'; http.get('http://api.example.com/orders', { signal: AbortSignal.timeout(10000) });"),
  reported(
    'missingTimeout',
    "import * as grpc from '@grpc/grpc-js'; import { GreeterClient } from './http/greeter-client'; const client = new GreeterClient('localhost:50051', grpc.credentials.createInsecure()); client.sayHello({ name: 'Ada' }, (error, reply) => console.log(error, reply));",
    "import * as grpc from '@grpc/grpc-js'; import { GreeterClient } from './http/greeter-client'; const client = new GreeterClient('localhost:50051', grpc.credentials.createInsecure()); client.sayHello({ name: 'Ada' }, { deadline: Date.now() + 10000 }, (error, reply) => console.log(error, reply));",
  ),
  reported(
    'missingTimeout',
    "import * as grpc from '@grpc/grpc-js'; import { GreeterClient } from './http/greeter-client'; const credentials = grpc.credentials.createSsl(); const client = new GreeterClient('greeter:443', credentials); client.sayHello({ name: 'Ada' }, new grpc.Metadata(), () => {});",
    "import * as grpc from '@grpc/grpc-js'; import { GreeterClient } from './http/greeter-client'; const credentials = grpc.credentials.createSsl(); const client = new GreeterClient('greeter:443', credentials); client.sayHello({ name: 'Ada' }, new grpc.Metadata(), { deadline: Date.now() + 10000 }, () => {});",
  ),
  reported(
    'missingTimeout',
    "import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'; const s3 = new S3Client({ region: 'eu-west-1' }); void s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));",
    "import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'; const s3 = new S3Client({ region: 'eu-west-1' }); void s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }), { abortSignal: AbortSignal.timeout(10000) });",
  ),
];

const otherClientCases: Case[] = [
  reported(
    'missingTimeout',
    "import { ofetch } from 'ofetch'; const crm = ofetch.create({ baseURL: 'https://crm.example.com', retry: 2 }); export const contact = (id: string) => crm(`/contacts/${id}`);",
    "import { ofetch } from 'ofetch'; const crm = ofetch.create({ baseURL: 'https://crm.example.com', retry: 2 }); export const contact = (id: string) => crm(`/contacts/${id}`, { timeout: 10000 });",
  ),
  reported(
    'missingTimeout',
    "import { $fetch } from 'ofetch'; void $fetch('https://audit.example.com/events', { method: 'POST', body: { id: 1 } });",
    "import { $fetch } from 'ofetch'; void $fetch('https://audit.example.com/events', { method: 'POST', body: { id: 1 }, timeout: 10000 });",
  ),
  reported(
    'missingTimeout',
    "import rp from 'request-promise'; void rp({ method: 'POST', uri: 'https://partner.example.com/stock', body: { sku: 'A1' }, json: true });",
    "import rp from 'request-promise'; void rp({ method: 'POST', uri: 'https://partner.example.com/stock', body: { sku: 'A1' }, json: true, timeout: 10000 });",
  ),
  reported(
    'missingTimeout',
    "import request from 'request'; const partner = request.defaults({ baseUrl: 'https://partner.example.com' }); partner.get('/stock', (error, response) => console.log(error, response.statusCode));",
    "import request from 'request'; const partner = request.defaults({ baseUrl: 'https://partner.example.com' }); partner.get('/stock', { timeout: 10000 }, (error, response) => console.log(error, response.statusCode));",
  ),
  reported(
    'missingTimeout',
    "import needle from 'needle'; needle.post('https://partner.example.com/orders', { sku: 'A1' }, { json: true }, (error, response) => console.log(error, response?.statusCode));",
    "import needle from 'needle'; needle.post('https://partner.example.com/orders', { sku: 'A1' }, { json: true, response_timeout: 10000 }, (error, response) => console.log(error, response?.statusCode));",
  ),
  reported(
    'missingTimeout',
    "import needle from 'needle'; needle.get('https://partner.example.com/catalog', (error, response) => console.log(error, response?.body));",
    "import needle from 'needle'; needle.get('https://partner.example.com/catalog', { response_timeout: 10000 }, (error, response) => console.log(error, response?.body));",
  ),
  // A module that tests `typeof window` runs on the server too.
  reported(
    'missingTimeout',
    "const baseUrl = typeof window === 'undefined' ? process.env.INTERNAL_API_URL : window.location.origin; export const loadConfig = () => fetch(`${baseUrl}/api/config`);",
    "const baseUrl = typeof window === 'undefined' ? process.env.INTERNAL_API_URL : window.location.origin; export const loadConfig = () => fetch(`${baseUrl}/api/config`, { signal: AbortSignal.timeout(10000) });",
  ),
];

const serviceModuleCases: Case[] = [
  reported(
    'missingTimeout',
    `import axios from 'axios';

export class PaymentProvider {
  private readonly http = axios.create({ baseURL: process.env.PSP_URL });

  async charge(orderId: string, amountCents: number) {
    const { data } = await this.http.post('/v1/charges', { orderId, amountCents }, {
      headers: { 'Idempotency-Key': orderId },
    });
    return data;
  }
}
`,
    `import axios from 'axios';

export class PaymentProvider {
  private readonly http = axios.create({ baseURL: process.env.PSP_URL });

  async charge(orderId: string, amountCents: number) {
    const { data } = await this.http.post('/v1/charges', { orderId, amountCents }, {
      headers: { 'Idempotency-Key': orderId },
      timeout: 10000,
    });
    return data;
  }
}
`,
  ),
];

const typedAcrossModules: Case[] = [
  reported(
    'missingTimeout',
    "import { GetObjectCommand } from '@aws-sdk/client-s3'; import { documentsBucket } from './http/aws-clients'; void documentsBucket.send(new GetObjectCommand({ Bucket: 'docs', Key: 'a.pdf' }));",
    "import { GetObjectCommand } from '@aws-sdk/client-s3'; import { documentsBucket } from './http/aws-clients'; void documentsBucket.send(new GetObjectCommand({ Bucket: 'docs', Key: 'a.pdf' }), { abortSignal: AbortSignal.timeout(10000) });",
    { typed: true },
  ),
  reported(
    'missingTimeout',
    "import { greeter } from './http/greeter'; greeter.sayHello({ name: 'Ada' }, () => {});",
    "import { greeter } from './http/greeter'; greeter.sayHello({ name: 'Ada' }, { deadline: Date.now() + 10000 }, () => {});",
    { typed: true },
  ),
  reported(
    'missingTimeout',
    "import { inventoryApi } from './http/clients'; void inventoryApi.post('/reservations', { sku: 'A1' });",
    "import { inventoryApi } from './http/clients'; void inventoryApi.post('/reservations', { sku: 'A1' }, { timeout: 10000 });",
    { typed: true },
  ),
  reported(
    'missingTimeout',
    "import { inventoryApi } from './http/axios-client-without-timeout'; void inventoryApi.get('/stock');",
    "import { inventoryApi } from './http/axios-client-without-timeout'; void inventoryApi.get('/stock', { timeout: 10000 });",
    { typed: true },
  ),
  reported(
    'disabledTimeout',
    "import { exportsApi } from './http/ky-client'; void exportsApi.get('report.csv');",
    "import { exportsApi } from './http/ky-client'; void exportsApi.get('report.csv', { timeout: 10000 });",
    { typed: true },
  ),
  reported(
    'missingTimeout',
    "import { createLegacyClient } from './http/client-factories'; const legacy = createLegacyClient('https://billing-legacy.internal'); void legacy.get('/invoices');",
    "import { createLegacyClient } from './http/client-factories'; const legacy = createLegacyClient('https://billing-legacy.internal'); void legacy.get('/invoices', { timeout: 10000 });",
    { typed: true },
  ),
  reported(
    'missingTimeout',
    "import axios from 'axios'; function makeClient(baseURL: string) { return axios.create({ baseURL }); } const api = makeClient('https://a.internal'); void api.get('/x');",
    "import axios from 'axios'; function makeClient(baseURL: string) { return axios.create({ baseURL }); } const api = makeClient('https://a.internal'); void api.get('/x', { timeout: 10000 });",
  ),
];

runRuleTests('no-unguarded-outbound-call', rule, {
  valid: [...notOutbound, ...boundedByOptions, ...boundedAcrossModules, ...madeByOwnFactories, ...guarded, ...notServiceCode, ...otherClients, ...serviceModules],
  invalid: [...fetchCases, ...undiciCases, ...axiosCases, ...gotKySuperagentCases, ...otherClientCases, ...nodeGrpcAwsCases, ...serviceModuleCases, ...typedAcrossModules],
});
