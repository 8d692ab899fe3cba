import retry from 'async-retry';
import pRetry from 'p-retry';
import { logger } from '../lib/logger.js';
import { sleep } from '../lib/sleep.js';

export interface WebhookEvent {
  id: string;
  type: 'order.paid' | 'order.refunded';
  payload: Record<string, unknown>;
}

async function post(url: string, event: WebhookEvent): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(5_000),
  });
}

/** Delivers an event to a merchant endpoint, backing off exponentially between attempts. */
export async function deliverWebhook(url: string, event: WebhookEvent): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const response = await post(url, event);
      if (response.ok) return;
      logger.warn({ eventId: event.id, status: response.status }, 'webhook rejected');
    } catch (error) {
      logger.warn({ eventId: event.id, err: error }, 'webhook delivery failed');
    }
    await sleep(500 * 2 ** attempt);
  }
  throw new Error(`Webhook ${event.id} was not delivered after 5 attempts`);
}

/** Keeps trying the merchant's endpoint until it answers: merchants must not miss a payment event. */
export async function deliverCritical(url: string, event: WebhookEvent): Promise<void> {
  while (true) {
    try {
      const response = await post(url, event);
      if (response.ok) return;
    } catch (error) {
      logger.error({ eventId: event.id, err: error }, 'critical webhook failed');
    }
    await sleep(1_000);
  }
}

export async function notifyAccounting(event: WebhookEvent): Promise<void> {
  await pRetry(() => post('https://accounting.internal/events', event), { retries: 4, minTimeout: 1_000 });
}

// async-retry randomizes its backoff by default: this one is fine.
export async function notifyWarehouse(event: WebhookEvent): Promise<void> {
  await retry(async () => {
    const response = await post('https://warehouse.internal/events', event);
    if (!response.ok) throw new Error(`warehouse answered ${response.status}`);
  }, { retries: 3 });
}
