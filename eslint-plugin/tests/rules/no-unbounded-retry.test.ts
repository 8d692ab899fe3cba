import rule from '../../src/rules/no-unbounded-retry';
import { runRuleTests } from '../rule-tester';

/** `while (true)` around an attempt; `catchBody` decides whether anything stops it. */
const whileTrueRetry = (catchBody: string, prelude = ''): string => `
import { sleep } from './retry/sleep';
${prelude}export async function charge(url: string): Promise<Response> {
  let attempt = 0;
  while (true) {
    try {
      return await fetch(url);
    } catch (error) {
${catchBody}
      await sleep(Math.random() * 1000);
    }
  }
}`;

runRuleTests('no-unbounded-retry', rule, {
  valid: [
    // --- Hand-written retries that stop ---
    `
import { sleep } from './retry/sleep';
export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await sleep(Math.random() * 100 * 2 ** attempt);
    }
  }
  throw new Error('payment provider unavailable');
}`,
    whileTrueRetry('      if (++attempt >= 5) throw error;'),
    whileTrueRetry('      attempt += 1;\n      if (attempt > 5 || !isRetryable(error)) throw error;', 'declare function isRetryable(error: unknown): boolean;\n'),
    // A deadline, a cancellation signal, a stop flag on the instance.
    whileTrueRetry('      if (Date.now() > deadline) throw error;', 'const deadline = Date.now() + 30_000;\n'),
    whileTrueRetry('      if (elapsedSince(started) > 30_000) throw error;', 'declare function elapsedSince(start: number): number;\nconst started = performance.now();\n'),
    whileTrueRetry('      signal.throwIfAborted();', 'declare const signal: AbortSignal;\n'),
    `
import { sleep } from './retry/sleep';
export async function publish(event: string, deadline: number): Promise<void> {
  let done = false;
  while (!done && Date.now() < deadline) {
    try {
      await fetch('https://events.internal', { method: 'POST', body: event });
      done = true;
    } catch {
      await sleep(Math.random() * 2000);
    }
  }
}`,
    `
import { sleep } from './retry/sleep';
export class Consumer {
  private stopped = false;
  async connect(url: string): Promise<WebSocket> {
    while (true) {
      try {
        return await this.open(url);
      } catch (error) {
        if (this.stopped) throw error;
        await sleep(Math.random() * 5000);
      }
    }
  }
  private async open(url: string): Promise<WebSocket> {
    return new WebSocket(url);
  }
}`,
    `
import { sleep } from './retry/sleep';
export async function upload(url: string, body: string): Promise<Response> {
  let response: Response;
  let attempt = 0;
  do {
    if (attempt++ > 0) await sleep(Math.random() * 1000);
    response = await fetch(url, { method: 'PUT', body });
  } while (response.status === 503 && attempt < 3);
  return response;
}`,
    // Recursion with an attempt counter, a decreasing budget, options carrying the count, or a counter outside.
    `
import { sleep } from './retry/sleep';
export async function fetchWithRetry(url: string, attempt = 0): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (attempt >= 3) throw error;
    await sleep(Math.random() * 1000 * 2 ** attempt);
    return fetchWithRetry(url, attempt + 1);
  }
}`,
    `
declare const client: { send(message: string): Promise<void> };
export const send = (message: string, retriesLeft = 3): Promise<void> =>
  client.send(message).catch((error) => {
    if (retriesLeft <= 0) throw error;
    return send(message, retriesLeft - 1);
  });`,
    `
interface RetryOptions { attempt: number; max: number }
export async function load(url: string, options: RetryOptions): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (options.attempt >= options.max) throw error;
    return load(url, { ...options, attempt: options.attempt + 1 });
  }
}`,
    `
let failures = 0;
export async function ping(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (++failures > 5) throw error;
    return ping(url);
  }
}`,

    // --- Not retries ---
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
    // A poller and a worker run forever on purpose: they do not re-attempt a failed operation.
    `
import { sleep } from './retry/sleep';
declare function getJob(id: string): Promise<{ status: 'queued' | 'done' }>;
export async function waitForJob(id: string): Promise<void> {
  while (true) {
    const job = await getJob(id);
    if (job.status === 'done') return;
    await sleep(1000);
  }
}`,
    `
declare const queue: { receive(): Promise<string> };
declare function handle(message: string): Promise<void>;
export async function work(): Promise<never> {
  while (true) {
    try {
      await handle(await queue.receive());
    } catch (error) {
      console.error(error);
    }
  }
}`,
    `
declare function getPage(cursor?: string): Promise<{ items: string[]; next?: string }>;
export async function fetchAll(cursor?: string): Promise<string[]> {
  const page = await getPage(cursor);
  return page.next ? [...page.items, ...(await fetchAll(page.next))] : page.items;
}`,

    // --- Retry libraries with a limit or a deadline ---
    `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://accounting.internal'), { retries: 4, randomize: true });`,
    `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://accounting.internal'), { retries: Infinity, maxRetryTime: 60_000 });`,
    `
import pRetry from 'p-retry';
export const send = (signal: AbortSignal) => pRetry(() => fetch('https://accounting.internal'), { retries: Infinity, signal });`,
    `
import retry from 'retry';
export const operation = retry.operation({ forever: true, maxRetryTime: 120_000, randomize: true });`,
    `
import retry from 'async-retry';
export const send = () => retry(() => fetch('https://warehouse.internal'), { retries: 5 });`,
    `
import { backOff } from 'exponential-backoff';
export const send = () => backOff(() => fetch('https://x.internal'), { numOfAttempts: 10, jitter: 'full' });`,
    `
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
export const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });`,
    `
import axios from 'axios';
import axiosRetry from 'axios-retry';
axiosRetry(axios, { retries: 3, retryDelay: axiosRetry.exponentialDelay });`,
    `
import ky from 'ky';
export const fetchOrder = (id: string) => ky.get(\`orders/\${id}\`, { retry: { limit: 5, jitter: true } });`,
    `
import got from 'got';
export const fetchOrder = (id: string) => got(\`https://orders.internal/\${id}\`, { retry: { limit: 3 } });`,
    // Settings the rule cannot read.
    `
import pRetry, { type Options } from 'p-retry';
export const send = (options: Options) => pRetry(() => fetch('https://x.internal'), options);`,
    `
import { handleAll, retry } from 'cockatiel';
declare const settings: { maxAttempts: number };
export const policy = retry(handleAll, { ...settings });`,
    // --- Reconnects of a long-lived connection: one timer pending, no caller waiting ---
    `
export class PriceStream {
  constructor(private readonly url: string) {}
  connect(): void {
    const socket = new WebSocket(this.url);
    socket.onclose = () => setTimeout(() => this.connect(), Math.random() * 5000);
  }
}`,
    `
export class ChatConnection {
  constructor(private readonly url: string) {}
  connect(): void {
    const socket = new WebSocket(this.url);
    socket.addEventListener('close', () => this.scheduleReconnect());
  }
  private scheduleReconnect(): void {
    setTimeout(() => this.connect(), 1000 + Math.random() * 1000);
  }
}`,
    // --- Tests and scripts are stopped by their runner or operator ---
    { code: whileTrueRetry('await sleep(Math.random() * 1000);'), filename: 'retry/payments.spec.ts' },
    { code: whileTrueRetry('await sleep(Math.random() * 1000);'), filename: 'retry/scripts/backfill.ts' },
    // --- Library settings with a limit or a deadline ---
    "import axios from 'axios';\nexport const api = axios.create({ timeout: 5000 });\napi.defaults.raxConfig = { retry: 5, jitter: 'full' };",
    "import { retry } from '@lifeomic/attempt';\nexport const poll = (load: () => Promise<string>) => retry(load, { maxAttempts: 10, jitter: true });",
    // ts-retry-promise stops at its 60 s overall `timeout` unless that is endless too.
    "import { retry } from 'ts-retry-promise';\nexport const lease = () => retry(() => fetch('https://leader.internal/lease'), { retries: 'INFINITELY', backoff: (attempt, delay) => Math.random() * delay * attempt });",
  ],
  invalid: [
    // --- Hand-written retry loops with no limit ---
    {
      // The example service's "critical" webhook: it retries until the merchant answers.
      code: `
import { sleep } from './retry/sleep';
export async function deliverCritical(url: string, body: string): Promise<void> {
  while (true) {
    try {
      const response = await fetch(url, { method: 'POST', body });
      if (response.ok) return;
    } catch (error) {
      console.error('critical webhook failed', error);
    }
    await sleep(1_000);
  }
}`,
      errors: [{ messageId: 'unboundedLoop', line: 4, column: 3, endLine: 4, endColumn: 15 }],
    },
    { code: whileTrueRetry('      console.warn(error);'), errors: [{ messageId: 'unboundedLoop', line: 5 }] },
    // Giving up on some errors does not bound the retries of the others.
    {
      code: whileTrueRetry('      if (!isRetryable(error)) throw error;', 'declare function isRetryable(error: unknown): boolean;\n'),
      errors: [{ messageId: 'unboundedLoop', line: 6 }],
    },
    {
      code: whileTrueRetry("      if (error instanceof TypeError || RETRYABLE.includes((error as { code?: string }).code ?? '')) throw error;", "const RETRYABLE = ['ECONNRESET'];\n"),
      errors: [{ messageId: 'unboundedLoop' }],
    },
    {
      code: `
import { sleep } from './retry/sleep';
export async function charge(url: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await sleep(Math.random() * 100 * 2 ** attempt);
    }
  }
}`,
      errors: [{ messageId: 'unboundedLoop', line: 4, column: 3, endColumn: 37 }],
    },
    {
      // A success flag is no limit: it only says the attempt worked.
      code: `
import { sleep } from './retry/sleep';
export async function publish(event: string): Promise<void> {
  let done = false;
  while (!done) {
    try {
      await fetch('https://events.internal', { method: 'POST', body: event });
      done = true;
    } catch {
      await sleep(Math.random() * 2000);
    }
  }
}`,
      errors: [{ messageId: 'unboundedLoop', line: 5 }],
    },
    {
      code: `
import { sleep } from './retry/sleep';
export async function getRates(url: string): Promise<Response> {
  while (true) {
    const response = await fetch(url);
    if (response.ok) return response;
    await sleep(Math.random() * 500);
  }
}`,
      errors: [{ messageId: 'unboundedLoop' }],
    },
    {
      code: `
import { sleep } from './retry/sleep';
export async function upload(url: string, body: string): Promise<Response> {
  let response: Response;
  do {
    response = await fetch(url, { method: 'PUT', body });
    if (!response.ok) await sleep(Math.random() * 1000);
  } while (!response.ok);
  return response;
}`,
      errors: [{ messageId: 'unboundedLoop', line: 8, column: 5, endColumn: 25 }],
    },

    // --- Recursion with no counter ---
    {
      code: `
import { sleep } from './retry/sleep';
declare const db: { connect(): Promise<void> };
export async function connect(): Promise<void> {
  try {
    await db.connect();
  } catch (error) {
    console.error('database unreachable', error);
    await sleep(Math.random() * 1000);
    return connect();
  }
}`,
      errors: [{ messageId: 'unboundedRecursion', line: 4, column: 23, endColumn: 30 }],
    },
    {
      code: `
import { sleep } from './retry/sleep';
declare const broker: { connect(): Promise<void> };
export const connect = (): Promise<void> => broker.connect().catch(() => sleep(Math.random() * 5000).then(() => connect()));`,
      errors: [{ messageId: 'unboundedRecursion', line: 4, column: 14, endColumn: 21 }],
    },
    {
      code: `
declare const client: { send(message: string): Promise<void> };
export async function send(message: string): Promise<void> {
  try {
    await client.send(message);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    return send(message);
  }
}`,
      errors: [{ messageId: 'unboundedRecursion', line: 3 }],
    },
    {
      code: `
export class Poller {
  async refresh(url: string): Promise<Response> {
    const response = await fetch(url);
    if (!response.ok) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
      return this.refresh(url);
    }
    return response;
  }
}`,
      errors: [{ messageId: 'unboundedRecursion', line: 3, column: 9, endColumn: 16 }],
    },

    // --- Retry libraries configured to retry forever ---
    {
      code: `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://accounting.internal'), { retries: Infinity, randomize: true });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'p-retry', reason: '`retries: Infinity`', option: 'retries' }, line: 3, column: 80, endColumn: 97 }],
    },
    {
      code: `
import pRetry from 'p-retry';
export const send = () => pRetry(() => fetch('https://accounting.internal'), { retries: Number.POSITIVE_INFINITY, maxRetryTime: Infinity });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'p-retry', reason: '`retries: Number.POSITIVE_INFINITY`', option: 'retries' } }],
    },
    {
      code: `
import retry from 'retry';
export const operation = retry.operation({ forever: true, randomize: true });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'retry', reason: '`forever: true`', option: 'retries' }, line: 3, column: 44, endColumn: 57 }],
    },
    {
      code: `
import promiseRetry from 'promise-retry';
export const send = () => promiseRetry((retry) => fetch('https://x.internal').catch(retry), { forever: true, randomize: true });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'promise-retry', reason: '`forever: true`', option: 'retries' } }],
    },
    {
      code: `
import retry from 'async-retry';
export const send = () => retry(() => fetch('https://warehouse.internal'), { retries: Infinity });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'async-retry', reason: '`retries: Infinity`', option: 'retries' } }],
    },
    {
      code: `
import { backOff } from 'exponential-backoff';
export const send = () => backOff(() => fetch('https://x.internal'), { numOfAttempts: Infinity, jitter: 'full' });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'exponential-backoff', reason: '`numOfAttempts: Infinity`', option: 'numOfAttempts' } }],
    },
    {
      // cockatiel's retry() defaults maxAttempts to Infinity.
      code: `
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
export const policy = retry(handleAll, { backoff: new ExponentialBackoff() });`,
      errors: [
        { messageId: 'unboundedLibrary', data: { library: 'cockatiel', reason: '`maxAttempts` is not set and defaults to `Infinity`', option: 'maxAttempts' }, line: 3, column: 40, endColumn: 77 },
      ],
    },
    {
      code: `
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
const options = { maxAttempts: Infinity, backoff: new ExponentialBackoff() };
export const policy = retry(handleAll, options);`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'cockatiel', reason: '`maxAttempts: Infinity`', option: 'maxAttempts' }, line: 3 }],
    },
    {
      code: `
import axios from 'axios';
import axiosRetry from 'axios-retry';
axiosRetry(axios, { retries: Infinity, retryDelay: axiosRetry.exponentialDelay });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'axios-retry', reason: '`retries: Infinity`', option: 'retries' } }],
    },
    {
      code: `
import ky from 'ky';
export const fetchOrder = (id: string) => ky.get(\`orders/\${id}\`, { retry: { limit: Infinity, jitter: true } });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'ky', reason: '`limit: Infinity`', option: 'limit' } }],
    },
    {
      code: `
import ky from 'ky';
export const api = ky.create({ prefixUrl: 'https://orders.internal', retry: Infinity });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'ky', reason: '`retry: Infinity`', option: 'limit' } }],
    },
    {
      code: `
import got from 'got';
export const fetchOrder = (id: string) => got(\`https://orders.internal/\${id}\`, { retry: { limit: Infinity } });`,
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'got', reason: '`limit: Infinity`', option: 'limit' } }],
    },
    // A worker restarted by a timer from its own catch, with no counter; the close listener alone would be a reconnect.
    {
      code: `
import { EventEmitter } from 'node:events';
declare function openConnection(): Promise<EventEmitter>;
export async function startConsumer(): Promise<void> {
  try {
    const connection = await openConnection();
    connection.on('close', () => setTimeout(startConsumer, Math.random() * 5000));
  } catch {
    setTimeout(startConsumer, Math.random() * 5000);
  }
}`,
      errors: [{ messageId: 'unboundedRecursion', line: 4, column: 23, endColumn: 36 }],
    },
    {
      code: `
declare const broker: { connect(): Promise<void> };
export class Consumer {
  async start(): Promise<void> {
    try {
      await broker.connect();
    } catch {
      setTimeout(this.start.bind(this), Math.random() * 5000);
    }
  }
}`,
      errors: [{ messageId: 'unboundedRecursion', line: 4, column: 9, endColumn: 14 }],
    },
    {
      code: "import axios from 'axios';\nexport const api = axios.create({ timeout: 5000 });\napi.defaults.raxConfig = { retry: Infinity, jitter: 'full' };",
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'retry-axios', reason: '`retry: Infinity`', option: 'retry' }, line: 3, column: 28, endColumn: 43 }],
    },
    {
      code: "import { retry } from '@lifeomic/attempt';\nexport const watchQueue = (load: () => Promise<string>) => retry(load, { maxAttempts: 0, jitter: true });",
      errors: [{ messageId: 'unboundedLibrary', data: { library: '@lifeomic/attempt', reason: '`maxAttempts: 0` means no limit', option: 'maxAttempts' } }],
    },
    {
      code: "import { retry } from 'ts-retry-promise';\nexport const lease = () => retry(() => fetch('https://leader.internal/lease'), { retries: 'INFINITELY', timeout: 'INFINITELY' });",
      errors: [{ messageId: 'unboundedLibrary', data: { library: 'ts-retry-promise', reason: "`retries: 'INFINITELY'` means no limit", option: 'retries' } }],
    },
  ],
});
