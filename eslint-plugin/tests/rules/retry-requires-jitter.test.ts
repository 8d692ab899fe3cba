import rule from '../../src/rules/retry-requires-jitter';
import { runRuleTests } from '../rule-tester';

/** A hand-written retry loop around `await sleep(<delay>)`, the shape most service code uses. */
const loopWithDelay = (delay: string, prelude = ''): string => `
import { sleep } from './retry/sleep';
${prelude}export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await sleep(${delay});
    }
  }
  throw new Error('payment provider unavailable');
}`;

/** The code with one exact edit applied, the way a suggestion rewrites it; fails when `from` is not there exactly once. */
const edit = (code: string, ...replacements: [from: string, to: string][]): string =>
  replacements.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) throw new Error(`expected exactly one ${JSON.stringify(from)} in the test code`);
    return text.replace(from, to);
  }, code);

const fullJitter = (code: string, from: string, to: string) => [{ messageId: 'applyFullJitter' as const, output: edit(code, [from, to]) }];

// --- Invalid hand-written retries ---
const whileTrueWithDelayVariable = `
import { sleep } from './retry/sleep';
export async function syncInventory(sku: string): Promise<void> {
  let attempt = 0;
  while (true) {
    try {
      await fetch(\`https://inventory.internal/\${sku}\`, { method: 'PUT' });
      return;
    } catch (error) {
      attempt++;
      if (attempt > 5) throw error;
      const delay = Math.min(30_000, 250 * 2 ** attempt);
      await sleep(delay);
    }
  }
}`;

const doubledLetDelay = `
import { sleep } from './retry/sleep';
export async function charge(url: string): Promise<Response> {
  let delay = 100;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await sleep(delay);
      delay *= 2;
    }
  }
  throw new Error('unavailable');
}`;

const promiseTimeout = `
export async function publish(event: string): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await fetch('https://events.internal', { method: 'POST', body: event });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}`;

const timersPromisesWithDoneFlag = `
import { setTimeout as wait } from 'node:timers/promises';
export async function publish(event: string): Promise<void> {
  let done = false;
  let attempt = 0;
  while (!done && attempt < 5) {
    try {
      await fetch('https://events.internal', { method: 'POST', body: event });
      done = true;
    } catch {
      attempt++;
      await wait(2000);
    }
  }
}`;

const webhookWithStatusCheck = `
import { sleep } from './retry/sleep';
export async function deliverWebhook(url: string, body: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const response = await fetch(url, { method: 'POST', body });
      if (response.ok) return;
      console.warn('webhook rejected', response.status);
    } catch (error) {
      console.warn('webhook delivery failed', error);
    }
    await sleep(500 * 2 ** attempt);
  }
  throw new Error('not delivered');
}`;

const statusCheckWithoutTry = `
import { sleep } from './retry/sleep';
export async function getQuote(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const response = await fetch(url);
    if (response.status < 500) return response;
    await sleep(300);
  }
  throw new Error('quote service unavailable');
}`;

const doWhileOnStatus = `
import { sleep } from './retry/sleep';
export async function upload(url: string, body: string): Promise<Response> {
  let response: Response;
  let attempt = 0;
  do {
    if (attempt++ > 0) await sleep(1000);
    response = await fetch(url, { method: 'PUT', body });
  } while (response.status === 503 && attempt < 3);
  return response;
}`;

const recursiveRetry = `
import { sleep } from './retry/sleep';
export async function fetchWithRetry(url: string, attempt = 0): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (attempt >= 3) throw error;
    await sleep(1000 * 2 ** attempt);
    return fetchWithRetry(url, attempt + 1);
  }
}`;

const methodRetryingThroughTimer = `
export class Publisher {
  send(message: string, attempt = 0): Promise<void> {
    return fetch('https://bus.internal', { method: 'POST', body: message })
      .then(() => undefined)
      .catch(() => new Promise<void>((resolve) => setTimeout(() => resolve(this.send(message, attempt + 1)), 500)));
  }
}`;

const reconnectThroughCatch = `
import { sleep } from './retry/sleep';
declare const broker: { connect(): Promise<void> };
export const connect = (): Promise<void> => broker.connect().catch(() => sleep(5000).then(() => connect()));`;

const immediateRetryLoop = `
declare const db: { transaction<T>(work: () => Promise<T>): Promise<T> };
export async function reserve(sku: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db.transaction(async () => sku);
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}`;

const immediateRecursiveRetry = `
declare const client: { send(message: string): Promise<void> };
export async function send(message: string, retries = 3): Promise<void> {
  try {
    await client.send(message);
  } catch (error) {
    if (retries === 0) throw error;
    return send(message, retries - 1);
  }
}`;

const forwardingHelper = `
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await pause(250);
    }
  }
  throw new Error('unavailable');
}`;

const computingHelper = `
import { sleep } from './retry/sleep';
async function backoff(attempt: number): Promise<void> {
  await sleep(100 * 2 ** attempt);
}
export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await backoff(attempt);
    }
  }
  throw new Error('unavailable');
}`;

const sleepMethod = `
export class PaymentClient {
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  async charge(url: string): Promise<Response> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await fetch(url);
      } catch {
        await this.sleep(1000);
      }
    }
    throw new Error('unavailable');
  }
}`;

// --- Invalid retry-library settings ---
const pRetryWithoutOptions = `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://accounting.internal'));`;

const pRetryWithOptions = `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://accounting.internal'), { retries: 4, minTimeout: 1_000 });`;

const pRetryRandomizeOff = `
import pRetry from 'p-retry';
export const send = () =>
  pRetry(() => fetch('https://accounting.internal'), {
    retries: 4,
    randomize: false,
  });`;

const makeRetriable = `
import { makeRetriable } from 'p-retry';
export const post = makeRetriable(fetch, { retries: 2 });`;

const retryOperation = `
import retry from 'retry';
export const operation = retry.operation({ retries: 5, factor: 3 });`;

const retryOperationWithoutOptions = `
import * as retry from 'retry';
export const operation = retry.operation();`;

const promiseRetryOptionsFirst = `
import promiseRetry from 'promise-retry';
export const send = () => promiseRetry({ retries: 3 }, () => fetch('https://x.internal'));`;

const asyncRetryRandomizeOff = `
import retry from 'async-retry';
export const send = () => retry(() => fetch('https://warehouse.internal'), { retries: 3, randomize: false });`;

const backOffWithoutOptions = `
import { backOff } from 'exponential-backoff';
export const send = () => backOff(() => fetch('https://x.internal'));`;

const backOffJitterNone = `
import { backOff } from 'exponential-backoff';
export const send = () => backOff(() => fetch('https://x.internal'), { numOfAttempts: 5, jitter: 'none' });`;

const backOffOptionsVariable = `
import { backOff } from 'exponential-backoff';
const options = { numOfAttempts: 5, startingDelay: 200 };
export const send = () => backOff(() => fetch('https://x.internal'), options);`;

const cockatielWithoutBackoff = `
import { handleAll, retry } from 'cockatiel';
export const policy = retry(handleAll, { maxAttempts: 3 });`;

const cockatielConstantBackoff = `
import { ConstantBackoff, handleAll, retry } from 'cockatiel';
export const policy = retry(handleAll, { maxAttempts: 3, backoff: new ConstantBackoff(1000) });`;

const cockatielNoJitterGenerator = `
import { ExponentialBackoff, handleAll, noJitterGenerator, retry } from 'cockatiel';
export const policy = retry(handleAll, { maxAttempts: 5, backoff: new ExponentialBackoff({ generator: noJitterGenerator, initialDelay: 200 }) });`;

const cockatielNamespace = `
import * as cockatiel from 'cockatiel';
const backoff = new cockatiel.IterableBackoff([100, 200, 400]);
export const policy = cockatiel.retry(cockatiel.handleAll, { maxAttempts: 3, backoff });`;

const axiosRetryWithoutDelay = `
import axios from 'axios';
import axiosRetry from 'axios-retry';
axiosRetry(axios, { retries: 3 });`;

const axiosRetryWithoutOptions = `
import axios from 'axios';
import axiosRetry from 'axios-retry';
axiosRetry(axios);`;

const axiosRetryLinearDelay = `
import axios from 'axios';
import axiosRetry from 'axios-retry';
const client = axios.create({ timeout: 5000 });
axiosRetry(client, { retries: 3, retryDelay: axiosRetry.linearDelay(1000) });`;

const axiosRetryFixedDelay = `
import axios from 'axios';
import axiosRetry, { isNetworkError } from 'axios-retry';
axiosRetry(axios, { retryCondition: isNetworkError, retryDelay: (retryCount) => retryCount * 1000 });`;

const kyRetryNumber = `
import ky from 'ky';
export const fetchOrder = (id: string) => ky.get(\`orders/\${id}\`, { retry: 3 });`;

const kyCreateWithRetry = `
import ky from 'ky';
export const api = ky.create({ prefixUrl: 'https://orders.internal', retry: { limit: 4, methods: ['get'] } });`;

const kyInstanceCall = `
import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://orders.internal' });
export const fetchOrder = (id: string) => api.get(\`orders/\${id}\`, { retry: { limit: 2 } });`;

const kyImportedInstanceCall = `
import { api } from './retry/http';
export const fetchOrder = (id: string) => api.get(\`orders/\${id}\`, { retry: { limit: 2 } });`;

const gotNoiseOff = `
import got from 'got';
export const fetchOrder = (id: string) => got(\`https://orders.internal/\${id}\`, { retry: { limit: 3, noise: 0 } });`;

// --- Reconnects, server-chosen delays, test files and more libraries ---
const reconnectOnClose = `
export class PriceStream {
  private socket?: WebSocket;
  constructor(private readonly url: string) {}
  connect(): void {
    this.socket = new WebSocket(this.url);
    this.socket.onclose = () => {
      setTimeout(() => this.connect(), 3000);
    };
  }
}`;

const reconnectThroughScheduler = `
export class ChatConnection {
  private backoff = 1000;
  constructor(private readonly url: string) {}
  connect(): void {
    const socket = new WebSocket(this.url);
    socket.addEventListener('close', () => this.scheduleReconnect());
  }
  private scheduleReconnect(): void {
    window.setTimeout(() => this.connect(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, 30_000);
  }
}`;

const consumerRestartedByTimer = `
import { EventEmitter } from 'node:events';
declare function openConnection(): Promise<EventEmitter>;
export async function startConsumer(): Promise<void> {
  try {
    const connection = await openConnection();
    connection.on('close', () => setTimeout(startConsumer, 5000));
  } catch {
    setTimeout(startConsumer, 5000);
  }
}`;

const reconnectBoundMethod = `
import { EventEmitter } from 'node:events';
declare function createClient(): EventEmitter;
export class Cache {
  connect(): void {
    const client = createClient();
    client.once('end', () => setTimeout(this.connect.bind(this), 2000));
  }
}`;

const destructuredStatus = `
import { sleep } from './retry/sleep';
declare function callModel(prompt: string): Promise<{ status: number; content?: string }>;
export async function complete(prompt: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const { status, content } = await callModel(prompt);
      if (status === 200 && content) return content;
      if (status === 429) {
        await sleep(1500 * (attempt + 1));
        continue;
      }
      break;
    } catch {
      break;
    }
  }
  return undefined;
}`;

const validatedOrThrown = `
import { sleep } from './retry/sleep';
declare function fetchSnapshot(): Promise<{ version: number }>;
declare function isConsistent(snapshot: { version: number }): boolean;
export async function loadSnapshot(): Promise<{ version: number }> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const snapshot = await fetchSnapshot();
      if (isConsistent(snapshot)) {
        return snapshot;
      } else {
        throw new Error('inconsistent snapshot');
      }
    } catch {
      await sleep(2000);
    }
  }
  throw new Error('no consistent snapshot');
}`;

const raxBareAttach = `
import * as rax from 'retry-axios';
rax.attach();`;

const raxInstanceDefaults = `
import axios from 'axios';
import * as rax from 'retry-axios';
export const catalogApi = axios.create({ baseURL: 'https://catalog.internal', timeout: 5000 });
catalogApi.defaults.raxConfig = { instance: catalogApi, retry: 3 };
rax.attach(catalogApi);`;

const raxStaticBackoff = `
import axios from 'axios';
export const reviewsApi = axios.create({ timeout: 5000 });
reviewsApi.defaults.raxConfig = { retry: 2, retryDelay: 2000, backoffType: 'static' };`;

const raxPerRequest = `
import axios from 'axios';
export const getStock = (sku: string) => axios.get(\`https://stock.internal/\${sku}\`, { timeout: 3000, raxConfig: { retry: 4 } });`;

const attemptDefaults = `
import { retry } from '@lifeomic/attempt';
export const fetchLabs = (load: () => Promise<string[]>) => retry(load, { delay: 200, factor: 2, maxAttempts: 5 });`;

const tsRetryPromiseDefaults = `
import { retry } from 'ts-retry-promise';
export const getRates = () => retry(() => fetch('https://fx.internal/rates'), { retries: 5, delay: 1000 });`;

runRuleTests('retry-requires-jitter', rule, {
  valid: [
    // --- Hand-written retries whose delay is random ---
    loopWithDelay('Math.random() * 100 * 2 ** attempt'),
    loopWithDelay('200 * 2 ** attempt + Math.floor(Math.random() * 100)'),
    loopWithDelay('crypto.getRandomValues(new Uint32Array(1))[0]! % 1000'),
    loopWithDelay('randomInt(100, 1000)', "import { randomInt } from 'node:crypto';\n"),
    // A delay variable followed to its initializer, and a `let` followed through its assignments.
    `
import { sleep } from './retry/sleep';
export async function charge(url: string): Promise<Response> {
  let attempt = 0;
  while (true) {
    try {
      return await fetch(url);
    } catch (error) {
      if (++attempt >= 5) throw error;
      const capped = Math.min(10_000, 100 * 2 ** attempt);
      const delay = Math.random() * capped;
      await sleep(delay);
    }
  }
}`,
    `
import { sleep } from './retry/sleep';
export async function charge(url: string): Promise<Response> {
  let delay = 100;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await sleep(delay);
      delay = delay * 2 + Math.random() * 50;
    }
  }
  throw new Error('unavailable');
}`,
    // A jitter helper of this file (a function, and an arrow constant), whatever its name.
    loopWithDelay('backoff(attempt)', 'function backoff(attempt: number): number {\n  return Math.random() * 100 * 2 ** attempt;\n}\n'),
    loopWithDelay('nextDelay(attempt)', 'const nextDelay = (attempt: number) => Math.min(5_000, 100 * 2 ** attempt) * (0.5 + Math.random() / 2);\n'),
    // A helper named for jitter.
    loopWithDelay('withJitter(500 * 2 ** attempt)', "import { withJitter } from './retry/backoff-helpers';\n"),
    // A jitter helper exported from another module: followed with types, assumed random without them.
    loopWithDelay('backoffDelay(attempt)', "import { backoffDelay } from './retry/delays';\n"),
    // The sleep helper of this file adds the jitter itself.
    `
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms * (0.5 + Math.random())));
export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await sleep(1000);
    }
  }
  throw new Error('unavailable');
}`,
    // The user declares that an imported helper jitters.
    { code: loopWithDelay('1000'), options: [{ jitterHelpers: ['sleep'] }] },
    // With types, the imported sleep helper is seen to add jitter.
    { code: loopWithDelay('1000').replace("'./retry/sleep'", "'./retry/jittered-sleep'"), typed: true },
    // A random delay read from a table indexed by the attempt.
    `
import { sleep } from './retry/sleep';
const DELAYS_MS = [100 + Math.random() * 100, 400 + Math.random() * 400];
export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await sleep(DELAYS_MS[attempt]!);
    }
  }
  throw new Error('unavailable');
}`,

    // --- Not retries ---
    // Loops over items: a batch with per-item error handling, a fallback across endpoints.
    `
import { sleep } from './retry/sleep';
export async function notifyAll(urls: string[]): Promise<void> {
  for (const url of urls) {
    try {
      await fetch(url, { method: 'POST' });
    } catch (error) {
      console.warn('notification failed', error);
    }
    await sleep(100);
  }
}`,
    `
export async function fetchFromAnyReplica(urls: string[]): Promise<Response> {
  for (let i = 0; i < urls.length; i++) {
    try {
      return await fetch(urls[i]!);
    } catch {
      console.warn('replica down');
    }
  }
  throw new Error('all replicas down');
}`,
    // Polling with a bound: waits for a state, no failure is retried.
    `
import { sleep } from './retry/sleep';
declare function getJob(id: string): Promise<{ status: 'queued' | 'done'; result?: string }>;
export async function waitForJob(id: string): Promise<string | undefined> {
  for (let poll = 0; poll < 30; poll++) {
    const job = await getJob(id);
    if (job.status === 'done') return job.result;
    await sleep(1000);
  }
  throw new Error('job timed out');
}`,
    // Polling that tolerates errors: the exit depends on the job's state, not on the attempt succeeding.
    `
import { sleep } from './retry/sleep';
declare function getJob(id: string): Promise<{ done: boolean }>;
export async function waitForJob(id: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const job = await getJob(id);
      if (job.done) return;
    } catch (error) {
      console.warn('poll failed', error);
    }
    await sleep(2000);
  }
}`,
    // A worker loop: it never leaves on success, it processes the next message.
    `
declare const queue: { receive(): Promise<string> };
declare function handle(message: string): Promise<void>;
export async function work(signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      await handle(await queue.receive());
    } catch (error) {
      console.error(error);
    }
  }
}`,
    // A synchronous retry (no awaited attempt) is out of scope.
    `
import { readFileSync } from 'node:fs';
export function readConfig(): string {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return readFileSync('/etc/app.json', 'utf8');
    } catch {
      console.warn('config not ready');
    }
  }
  return '{}';
}`,
    // Pagination: the stepped page goes into each request, and a failure ends the walk instead of retrying.
    `
import { sleep } from './retry/sleep';
export async function fetchAllOrders(): Promise<unknown[]> {
  const orders: unknown[] = [];
  for (let page = 1; page <= 50; page++) {
    const response = await fetch(\`https://orders.internal/orders?page=\${page}\`);
    if (!response.ok) continue;
    orders.push(...((await response.json()) as unknown[]));
    await sleep(100);
  }
  return orders;
}`,
    `
import { sleep } from './retry/sleep';
export async function fetchEvents(): Promise<unknown[]> {
  const events: unknown[] = [];
  let cursor = 0;
  while (true) {
    const response = await fetch(\`https://events.internal/since/\${cursor}\`);
    if (!response.ok) break;
    const batch = (await response.json()) as unknown[];
    events.push(...batch);
    cursor += batch.length;
    await sleep(250);
  }
  return events;
}`,
    // Trying the next port: the stepped offset goes into each attempt.
    `
import type { Server } from 'node:http';
export async function listen(server: Server, base: number): Promise<number> {
  for (let offset = 0; offset < 20; offset++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(base + offset, resolve);
      });
      return base + offset;
    } catch {
      console.warn('port taken');
    }
  }
  throw new Error('no free port');
}`,
    // Waiting out a 404 or a 202 is polling for a resource, not retrying a failure.
    `
import { sleep } from './retry/sleep';
export async function waitForExport(id: string): Promise<unknown> {
  for (let poll = 0; poll < 60; poll++) {
    const response = await fetch(\`https://reports.internal/exports/\${id}\`);
    if (response.status === 200) return response.json();
    if (response.status !== 404) throw new Error(\`unexpected \${response.status}\`);
    await sleep(2000);
  }
  throw new Error('export not ready');
}`,
    // A fallback: calling itself again in another mode is not a retry of the same request.
    `
declare const cache: { get(id: string): Promise<string> };
export async function getUser(id: string, useCache = true): Promise<string> {
  try {
    if (useCache) return await cache.get(id);
    return await (await fetch(\`https://users.internal/\${id}\`)).text();
  } catch {
    return getUser(id, false);
  }
}`,
    // Recursion over data, not after a failure.
    `
declare function getPage(cursor?: string): Promise<{ items: string[]; next?: string }>;
export async function fetchAll(cursor?: string): Promise<string[]> {
  const page = await getPage(cursor);
  return page.next ? [...page.items, ...(await fetchAll(page.next))] : page.items;
}`,

    // --- Unsure: stay silent ---
    // The pause between attempts is an injected function or an unknown helper.
    `
export async function withRetry<T>(op: () => Promise<T>, pause: (attempt: number) => Promise<void>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      if (attempt >= 3) throw error;
      await pause(attempt);
    }
  }
}`,
    `
import { waitBeforeRetry } from './retry/backoff-helpers';
export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await waitBeforeRetry(attempt);
    }
  }
  throw new Error('unavailable');
}`,
    // A delay computed by an imported function: followed with types (random here), unknown without.
    loopWithDelay('computeBackoff(attempt)', "import { computeBackoff } from './retry/backoff-helpers';\n"),
    // Something is awaited between attempts: a token refresh may well take the time a wait would.
    `
declare function refreshToken(): Promise<void>;
export async function call(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await refreshToken();
    }
  }
  throw new Error('unauthorized');
}`,

    // --- Libraries that jitter ---
    // async-retry randomizes by default.
    `
import retry from 'async-retry';
export const send = () => retry(async () => { await fetch('https://warehouse.internal/events'); }, { retries: 3 });`,
    `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://accounting.internal'), { retries: 4, randomize: true });`,
    `
import retry from 'retry';
export const operation = retry.operation({ retries: 5, randomize: true });`,
    `
import promiseRetry from 'promise-retry';
export const send = () => promiseRetry({ retries: 3, randomize: true }, () => fetch('https://x.internal'));`,
    `
import { backOff } from 'exponential-backoff';
export const send = () => backOff(() => fetch('https://x.internal'), { numOfAttempts: 5, jitter: 'full' });`,
    // cockatiel's default ExponentialBackoff uses decorrelated jitter.
    `
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
export const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });`,
    `
import { ExponentialBackoff, fullJitterGenerator, handleAll, retry } from 'cockatiel';
export const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff({ generator: fullJitterGenerator, maxDelay: 5_000 }) });`,
    `
import { DelegateBackoff, handleAll, retry } from 'cockatiel';
export const policy = retry(handleAll, { maxAttempts: 3, backoff: new DelegateBackoff(() => Math.random() * 1000) });`,
    // axios-retry's exponentialDelay adds up to 20 % random.
    `
import axios from 'axios';
import axiosRetry from 'axios-retry';
const client = axios.create({ timeout: 5000 });
axiosRetry(client, { retries: 3, retryDelay: axiosRetry.exponentialDelay });`,
    `
import axios from 'axios';
import axiosRetry, { exponentialDelay } from 'axios-retry';
axiosRetry(axios, { retries: 3, retryDelay: exponentialDelay });`,
    `
import axios from 'axios';
import axiosRetry from 'axios-retry';
axiosRetry(axios, { retryDelay: (retryCount) => retryCount * 1000 * Math.random() });`,
    // got adds random noise to every retry by default.
    `
import got from 'got';
export const fetchOrder = (id: string) => got(\`https://orders.internal/\${id}\`, { retry: { limit: 3 } });`,
    // ky: jitter on, a jittered custom delay, retry turned off, or retry left at its default.
    `
import ky from 'ky';
export const fetchOrder = (id: string) => ky.get(\`orders/\${id}\`, { retry: { limit: 3, jitter: true } });`,
    `
import ky from 'ky';
export const fetchOrder = (id: string) => ky.get(\`orders/\${id}\`, { retry: { limit: 3, delay: (attempt) => Math.random() * 300 * 2 ** attempt } });`,
    `
import ky from 'ky';
export const fetchOrder = (id: string) => ky.get(\`orders/\${id}\`, { retry: 0 });`,
    `
import ky from 'ky';
export const fetchOrder = (id: string) => ky.get(\`orders/\${id}\`, { timeout: 5000 });`,
    // Options the rule cannot read.
    `
import pRetry, { type Options } from 'p-retry';
export const send = (options: Options) => pRetry(() => fetch('https://x.internal'), options);`,
    `
import pRetry from 'p-retry';
declare const defaults: { retries: number };
export const send = () => pRetry(() => fetch('https://x.internal'), { ...defaults, retries: 2 });`,
    // Retrying turned off.
    `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://x.internal'), { retries: 0 });`,
    // Not the library: a method named like one.
    `
declare const cache: { retry(key: string): Promise<void> };
export const refresh = () => cache.retry('orders');`,
    `
declare const api: { get(url: string, options: { retry: number }): Promise<unknown> };
export const fetchOrder = () => api.get('orders', { retry: 3 });`,
    // --- Reconnects that jitter, timers that are not reconnects ---
    `
export class PriceStream {
  constructor(private readonly url: string) {}
  connect(): void {
    const socket = new WebSocket(this.url);
    socket.onclose = () => setTimeout(() => this.connect(), 1000 + Math.random() * 4000);
  }
}`,
    // Scheduled on request, not after a lost connection.
    `
export class Tunnel {
  private timer?: ReturnType<typeof setTimeout>;
  connect(): void {}
  connectSoon(delayMs = 1500): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), delayMs);
  }
}`,
    // A stream's end moves on to the next file; no timer, no reconnect.
    `
import { createReadStream } from 'node:fs';
export function importAll(files: string[], index = 0): void {
  if (index >= files.length) return;
  const stream = createReadStream(files[index]!);
  stream.on('end', () => importAll(files, index + 1));
}`,
    // A close listener that only reports.
    `
export function watch(socket: WebSocket, onDown: () => void): void {
  socket.onclose = () => setTimeout(onDown, 1000);
}`,
    // --- The server says when to come back (Retry-After, rate-limit reset) ---
    `
import { sleep } from './retry/sleep';
export async function callGitHub(url: string): Promise<unknown> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await fetch(url);
    if (res.status === 429) {
      await sleep(Number(res.headers.get('retry-after') ?? '60') * 1000);
      continue;
    }
    if (res.ok) return res.json();
    throw new Error(\`GitHub \${res.status}\`);
  }
  throw new Error('rate limit not lifted');
}`,
    `
import axios from 'axios';
export async function fetchRecent(): Promise<unknown> {
  let retries = 2;
  while (retries-- > 0) {
    try {
      return (await axios.get('https://mempool.internal/recent', { timeout: 5000 })).data;
    } catch (error) {
      if (!axios.isAxiosError(error) || error.response?.status !== 429) throw error;
      const retryAfter = parseInt(String(error.response.headers['retry-after'] ?? '2'), 10);
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    }
  }
  throw new Error('still rate limited');
}`,
    `
import { sleep } from './retry/sleep';
declare class RateLimitedError extends Error { retryAfterMs: number }
declare function post(body: string): Promise<void>;
export async function send(body: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await post(body);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      await sleep(error.retryAfterMs);
    }
  }
}`,
    // A consumer that hands a failed message back to the broker later: the broker redelivers it, this code does not retry.
    `
declare const channel: { ack(message: object): void; nack(message: object, allUpTo?: boolean, requeue?: boolean): void };
export async function onMessage(message: object, handle: (message: object) => Promise<void>): Promise<void> {
  try {
    await handle(message);
    channel.ack(message);
  } catch {
    setTimeout(() => channel.nack(message, false, true), 1000);
  }
}`,
    // --- Tests and scripts run as one process ---
    { code: loopWithDelay('500'), filename: 'retry/payments.spec.ts' },
    { code: loopWithDelay('500'), filename: 'retry/scripts/backfill.ts' },
    // --- More libraries ---
    `
import axios from 'axios';
import * as rax from 'retry-axios';
export const reviewsApi = axios.create({ timeout: 5000 });
reviewsApi.defaults.raxConfig = { instance: reviewsApi, retry: 3, jitter: 'full' };
rax.attach(reviewsApi);`,
    // The defaults of \`attach()\` apply only where no request sets \`raxConfig\`.
    `
import axios from 'axios';
import * as rax from 'retry-axios';
rax.attach();
export const getStock = (sku: string) => axios.get(\`https://stock.internal/\${sku}\`, { timeout: 3000, raxConfig: { retry: 4, jitter: 'equal' } });`,
    "import { retry } from '@lifeomic/attempt';\nexport const fetchLabs = (load: () => Promise<string[]>) => retry(load, { delay: 200, factor: 2, jitter: true });",
    "import { retry } from '@lifeomic/attempt';\nexport const fetchLabs = (load: () => Promise<string[]>) => retry(load, { calculateDelay: (context) => Math.random() * 100 * 2 ** context.attemptNum });",
    "import { retry } from 'ts-retry-promise';\nexport const getRates = () => retry(() => fetch('https://fx.internal/rates'), { retries: 5, backoff: (attempt, delay) => Math.random() * delay * attempt });",
    "import { retry } from 'ts-retry-promise';\nexport const getRates = () => retry(() => fetch('https://fx.internal/rates'), { retries: 0 });",
  ],
  invalid: [
    // --- Hand-written retries with a fixed delay ---
    {
      code: loopWithDelay('500 * 2 ** attempt'),
      errors: [
        {
          messageId: 'fixedDelay',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 48,
          suggestions: [{ messageId: 'applyFullJitter', output: loopWithDelay('Math.random() * (500 * 2 ** attempt)') }],
        },
      ],
    },
    { code: whileTrueWithDelayVariable, errors: [{ messageId: 'fixedDelay', line: 5, suggestions: fullJitter(whileTrueWithDelayVariable, 'sleep(delay)', 'sleep(Math.random() * delay)') }] },
    { code: doubledLetDelay, errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(doubledLetDelay, 'sleep(delay)', 'sleep(Math.random() * delay)') }] },
    {
      code: promiseTimeout,
      errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(promiseTimeout, 'setTimeout(resolve, 1000 * attempt)', 'setTimeout(resolve, Math.random() * (1000 * attempt))') }],
    },
    { code: timersPromisesWithDoneFlag, errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(timersPromisesWithDoneFlag, 'wait(2000)', 'wait(Math.random() * 2000)') }] },
    {
      code: webhookWithStatusCheck,
      errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(webhookWithStatusCheck, 'sleep(500 * 2 ** attempt)', 'sleep(Math.random() * (500 * 2 ** attempt))') }],
    },
    { code: statusCheckWithoutTry, errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(statusCheckWithoutTry, 'sleep(300)', 'sleep(Math.random() * 300)') }] },
    {
      code: doWhileOnStatus,
      errors: [{ messageId: 'fixedDelay', line: 9, column: 5, endLine: 9, endColumn: 51, suggestions: fullJitter(doWhileOnStatus, 'sleep(1000)', 'sleep(Math.random() * 1000)') }],
    },
    // Retry by recursion: reported on the function's name.
    {
      code: recursiveRetry,
      errors: [
        {
          messageId: 'fixedDelay',
          line: 3,
          column: 23,
          endColumn: 37,
          suggestions: fullJitter(recursiveRetry, 'sleep(1000 * 2 ** attempt)', 'sleep(Math.random() * (1000 * 2 ** attempt))'),
        },
      ],
    },
    {
      code: methodRetryingThroughTimer,
      errors: [{ messageId: 'fixedDelay', line: 3, column: 3, endColumn: 7, suggestions: fullJitter(methodRetryingThroughTimer, '), 500)', '), Math.random() * 500)') }],
    },
    { code: reconnectThroughCatch, errors: [{ messageId: 'fixedDelay', line: 4, suggestions: fullJitter(reconnectThroughCatch, 'sleep(5000)', 'sleep(Math.random() * 5000)') }] },
    // Helpers of this file: one forwarding its parameter (fixed at the call), one computing the delay (fixed inside).
    { code: forwardingHelper, errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(forwardingHelper, 'pause(250)', 'pause(Math.random() * 250)') }] },
    {
      code: computingHelper,
      errors: [{ messageId: 'fixedDelay', line: 7, suggestions: fullJitter(computingHelper, 'sleep(100 * 2 ** attempt)', 'sleep(Math.random() * (100 * 2 ** attempt))') }],
    },
    { code: sleepMethod, errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(sleepMethod, 'this.sleep(1000)', 'this.sleep(Math.random() * 1000)') }] },
    // Delays from other modules: a constant is data with or without types; a helper is followed only with types.
    {
      code: loopWithDelay('RETRY_DELAY_MS', "import { RETRY_DELAY_MS } from './retry/delays';\n"),
      errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(loopWithDelay('RETRY_DELAY_MS', "import { RETRY_DELAY_MS } from './retry/delays';\n"), 'sleep(RETRY_DELAY_MS)', 'sleep(Math.random() * RETRY_DELAY_MS)') }],
    },
    {
      code: loopWithDelay('exponentialDelay(attempt)', "import { exponentialDelay } from './retry/delays';\n"),
      typed: true,
      errors: [
        {
          messageId: 'fixedDelay',
          suggestions: fullJitter(loopWithDelay('exponentialDelay(attempt)', "import { exponentialDelay } from './retry/delays';\n"), 'sleep(exponentialDelay(attempt))', 'sleep(Math.random() * exponentialDelay(attempt))'),
        },
      ],
    },
    // Without types, an imported helper named `sleep` is taken to wait exactly its argument (see the docs).
    {
      code: loopWithDelay('1000').replace("'./retry/sleep'", "'./retry/jittered-sleep'"),
      typed: false,
      errors: [{ messageId: 'fixedDelay', suggestions: fullJitter(loopWithDelay('1000').replace("'./retry/sleep'", "'./retry/jittered-sleep'"), 'sleep(1000)', 'sleep(Math.random() * 1000)') }],
    },

    // --- Hand-written retries with no wait at all ---
    { code: immediateRetryLoop, errors: [{ messageId: 'noDelay', line: 4, column: 3, endColumn: 48, suggestions: [] }] },
    { code: immediateRecursiveRetry, errors: [{ messageId: 'noDelay', line: 3, column: 23, endColumn: 27, suggestions: [] }] },
    {
      code: `
declare function getRates(): Promise<Response>;
export async function rates(): Promise<Response> {
  while (true) {
    const response = await getRates();
    if (response.ok) return response;
  }
}`,
      errors: [{ messageId: 'noDelay', suggestions: [] }],
    },
    // --- Retry libraries without jitter ---
    {
      code: pRetryWithoutOptions,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'p-retry', reason: '`randomize` is not set and defaults to `false`', setting: 'randomize: true' },
          line: 3,
          column: 27,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              data: { setting: 'randomize: true' },
              output: edit(pRetryWithoutOptions, ["'https://accounting.internal'))", "'https://accounting.internal'), { randomize: true })"]),
            },
          ],
        },
      ],
    },
    {
      code: pRetryWithOptions,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          line: 3,
          column: 78,
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(pRetryWithOptions, ['minTimeout: 1_000 }', 'minTimeout: 1_000, randomize: true }']) }],
        },
      ],
    },
    {
      code: pRetryRandomizeOff,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'p-retry', reason: '`randomize: false`', setting: 'randomize: true' },
          line: 6,
          column: 5,
          endColumn: 21,
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(pRetryRandomizeOff, ['randomize: false', 'randomize: true']) }],
        },
      ],
    },
    { code: makeRetriable, errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(makeRetriable, ['retries: 2 }', 'retries: 2, randomize: true }']) }] }] },
    { code: retryOperation, errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(retryOperation, ['factor: 3 }', 'factor: 3, randomize: true }']) }] }] },
    {
      code: retryOperationWithoutOptions,
      errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(retryOperationWithoutOptions, ['operation()', 'operation({ randomize: true })']) }] }],
    },
    {
      code: promiseRetryOptionsFirst,
      errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(promiseRetryOptionsFirst, ['{ retries: 3 }', '{ retries: 3, randomize: true }']) }] }],
    },
    {
      code: asyncRetryRandomizeOff,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'async-retry', reason: '`randomize: false`', setting: 'randomize: true' },
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(asyncRetryRandomizeOff, ['randomize: false', 'randomize: true']) }],
        },
      ],
    },
    {
      code: backOffWithoutOptions,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'exponential-backoff', reason: "`jitter` is not set and defaults to `'none'`", setting: "jitter: 'full'" },
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(backOffWithoutOptions, ["'https://x.internal'))", "'https://x.internal'), { jitter: 'full' })"]) }],
        },
      ],
    },
    {
      code: backOffJitterNone,
      errors: [{ messageId: 'libraryWithoutJitter', data: { library: 'exponential-backoff', reason: "`jitter: 'none'`", setting: "jitter: 'full'" }, suggestions: [{ messageId: 'useLibraryJitter', output: edit(backOffJitterNone, ["jitter: 'none'", "jitter: 'full'"]) }] }],
    },
    // The options object is declared apart from the call: a string written there would widen to `string`, so no suggestion.
    { code: backOffOptionsVariable, errors: [{ messageId: 'libraryWithoutJitter', line: 3, column: 17, suggestions: [] }] },
    {
      code: cockatielWithoutBackoff,
      errors: [
        {
          messageId: 'libraryWithoutDelay',
          data: { library: 'cockatiel', reason: '`backoff` is not set', setting: 'backoff: new ExponentialBackoff()' },
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              data: { setting: 'backoff: new ExponentialBackoff()' },
              output: edit(cockatielWithoutBackoff, ['{ handleAll, retry }', '{ handleAll, retry, ExponentialBackoff }'], ['maxAttempts: 3 }', 'maxAttempts: 3, backoff: new ExponentialBackoff() }']),
            },
          ],
        },
      ],
    },
    {
      code: cockatielConstantBackoff,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'cockatiel', reason: '`ConstantBackoff` waits a fixed delay', setting: 'backoff: new ExponentialBackoff()' },
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              output: edit(cockatielConstantBackoff, ['handleAll, retry }', 'handleAll, retry, ExponentialBackoff }'], ['backoff: new ConstantBackoff(1000)', 'backoff: new ExponentialBackoff()']),
            },
          ],
        },
      ],
    },
    {
      code: cockatielNoJitterGenerator,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'cockatiel', reason: '`generator: noJitterGenerator`', setting: 'generator: decorrelatedJitterGenerator' },
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              output: edit(cockatielNoJitterGenerator, ['noJitterGenerator, retry }', 'noJitterGenerator, retry, decorrelatedJitterGenerator }'], ['generator: noJitterGenerator', 'generator: decorrelatedJitterGenerator']),
            },
          ],
        },
      ],
    },
    {
      code: cockatielNamespace,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'cockatiel', reason: '`IterableBackoff` computes no random delay', setting: 'backoff: new ExponentialBackoff()' },
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(cockatielNamespace, ['maxAttempts: 3, backoff }', 'maxAttempts: 3, backoff: new cockatiel.ExponentialBackoff() }']) }],
        },
      ],
    },
    {
      code: axiosRetryWithoutDelay,
      errors: [
        {
          messageId: 'libraryWithoutDelay',
          data: { library: 'axios-retry', reason: '`retryDelay` is not set', setting: 'retryDelay: exponentialDelay' },
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              output: edit(axiosRetryWithoutDelay, ['import axiosRetry from', 'import axiosRetry, { exponentialDelay } from'], ['{ retries: 3 }', '{ retries: 3, retryDelay: exponentialDelay }']),
            },
          ],
        },
      ],
    },
    {
      code: axiosRetryWithoutOptions,
      errors: [
        {
          messageId: 'libraryWithoutDelay',
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              output: edit(axiosRetryWithoutOptions, ['import axiosRetry from', 'import axiosRetry, { exponentialDelay } from'], ['axiosRetry(axios)', 'axiosRetry(axios, { retryDelay: exponentialDelay })']),
            },
          ],
        },
      ],
    },
    {
      code: axiosRetryLinearDelay,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'axios-retry', reason: '`linearDelay()` adds no jitter', setting: 'retryDelay: exponentialDelay' },
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              output: edit(axiosRetryLinearDelay, ['import axiosRetry from', 'import axiosRetry, { exponentialDelay } from'], ['retryDelay: axiosRetry.linearDelay(1000)', 'retryDelay: exponentialDelay']),
            },
          ],
        },
      ],
    },
    {
      code: axiosRetryFixedDelay,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'axios-retry', reason: 'the delay function computes no random value', setting: 'retryDelay: exponentialDelay' },
          suggestions: [
            {
              messageId: 'useLibraryJitter',
              output: edit(axiosRetryFixedDelay, ['{ isNetworkError }', '{ isNetworkError, exponentialDelay }'], ['retryDelay: (retryCount) => retryCount * 1000', 'retryDelay: exponentialDelay']),
            },
          ],
        },
      ],
    },
    {
      code: kyRetryNumber,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'ky', reason: '`jitter` is not set and defaults to `false`', setting: 'jitter: true' },
          line: 3,
          column: 68,
          endColumn: 76,
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(kyRetryNumber, ['retry: 3', 'retry: { limit: 3, jitter: true }']) }],
        },
      ],
    },
    { code: kyCreateWithRetry, errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(kyCreateWithRetry, ["methods: ['get'] }", "methods: ['get'], jitter: true }"]) }] }] },
    { code: kyInstanceCall, errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(kyInstanceCall, ['{ limit: 2 }', '{ limit: 2, jitter: true }']) }] }] },
    // An instance from another module is recognised by its type; without types its origin is unknown.
    { code: kyImportedInstanceCall, typed: true, errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(kyImportedInstanceCall, ['{ limit: 2 }', '{ limit: 2, jitter: true }']) }] }] },
    {
      code: gotNoiseOff,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'got', reason: '`noise: 0`', setting: 'noise: 100' },
          suggestions: [{ messageId: 'useLibraryJitter', data: { setting: 'noise: 100' }, output: edit(gotNoiseOff, ['noise: 0', 'noise: 100']) }],
        },
      ],
    },
    // --- Reconnects with a fixed delay ---
    { code: reconnectOnClose, errors: [{ messageId: 'fixedDelay', line: 5, column: 3, endColumn: 10, suggestions: fullJitter(reconnectOnClose, ', 3000)', ', Math.random() * 3000)') }] },
    {
      code: reconnectThroughScheduler,
      errors: [{ messageId: 'fixedDelay', line: 9, column: 11, endColumn: 28, suggestions: fullJitter(reconnectThroughScheduler, ', this.backoff)', ', Math.random() * this.backoff)') }],
    },
    {
      code: consumerRestartedByTimer,
      errors: [
        {
          messageId: 'fixedDelay',
          line: 4,
          suggestions: [{ messageId: 'applyFullJitter', output: consumerRestartedByTimer.replaceAll('startConsumer, 5000)', 'startConsumer, Math.random() * 5000)') }],
        },
      ],
    },
    { code: reconnectBoundMethod, errors: [{ messageId: 'fixedDelay', line: 5, suggestions: fullJitter(reconnectBoundMethod, '.bind(this), 2000)', '.bind(this), Math.random() * 2000)') }] },
    // --- Outcome checks read from a destructured status, and a check whose else throws ---
    { code: destructuredStatus, errors: [{ messageId: 'fixedDelay', line: 5, suggestions: fullJitter(destructuredStatus, 'sleep(1500 * (attempt + 1))', 'sleep(Math.random() * (1500 * (attempt + 1)))') }] },
    { code: validatedOrThrown, errors: [{ messageId: 'fixedDelay', line: 6, suggestions: fullJitter(validatedOrThrown, 'sleep(2000)', 'sleep(Math.random() * 2000)') }] },
    // --- retry-axios, @lifeomic/attempt, ts-retry-promise ---
    {
      code: raxBareAttach,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'retry-axios', reason: "`jitter` is not set and defaults to `'none'`", setting: "raxConfig: { jitter: 'full' }" },
          line: 3,
          column: 1,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      code: raxInstanceDefaults,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'retry-axios', reason: "`jitter` is not set and defaults to `'none'`", setting: "jitter: 'full'" },
          line: 5,
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(raxInstanceDefaults, ['retry: 3 }', "retry: 3, jitter: 'full' }"]) }],
        },
      ],
    },
    {
      code: raxStaticBackoff,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: 'retry-axios', reason: "`backoffType: 'static'` is never randomized", setting: "backoffType: 'exponential', jitter: 'full'" },
          line: 4,
          column: 63,
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(raxStaticBackoff, ["backoffType: 'static' }", "backoffType: 'exponential', jitter: 'full' }"]) }],
        },
      ],
    },
    { code: raxPerRequest, errors: [{ messageId: 'libraryWithoutJitter', suggestions: [{ messageId: 'useLibraryJitter', output: edit(raxPerRequest, ['{ retry: 4 }', "{ retry: 4, jitter: 'full' }"]) }] }] },
    {
      code: attemptDefaults,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: { library: '@lifeomic/attempt', reason: '`jitter` is not set and defaults to `false`', setting: 'jitter: true' },
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(attemptDefaults, ['maxAttempts: 5 }', 'maxAttempts: 5, jitter: true }']) }],
        },
      ],
    },
    {
      code: tsRetryPromiseDefaults,
      errors: [
        {
          messageId: 'libraryWithoutJitter',
          data: {
            library: 'ts-retry-promise',
            reason: 'it has no jitter setting and `backoff` is not set',
            setting: 'backoff: (attempt, delay) => Math.random() * delay * 2 ** attempt',
          },
          suggestions: [{ messageId: 'useLibraryJitter', output: edit(tsRetryPromiseDefaults, ['delay: 1000 }', 'delay: 1000, backoff: (attempt, delay) => Math.random() * delay * 2 ** attempt }']) }],
        },
      ],
    },
    {
      code: "import { retry } from 'ts-retry-promise';\nexport const getRates = () => retry(() => fetch('https://fx.internal/rates'), { backoff: 'EXPONENTIAL' });",
      errors: [{ messageId: 'libraryWithoutJitter', data: { library: 'ts-retry-promise', reason: "`backoff: 'EXPONENTIAL'`", setting: 'backoff: (attempt, delay) => Math.random() * delay * 2 ** attempt' }, suggestions: [{ messageId: 'useLibraryJitter', output: "import { retry } from 'ts-retry-promise';\nexport const getRates = () => retry(() => fetch('https://fx.internal/rates'), { backoff: (attempt, delay) => Math.random() * delay * 2 ** attempt });" }] }],
    },
  ],
});
