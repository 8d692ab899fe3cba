// Stripe webhook receiver using the `debug` module for verbose tracing and console for startup.
import createDebug from 'debug';
import type { Request, Response } from 'express';
import type { WebhookEvent } from './domain';

const debug = createDebug('billing:webhooks');
const debugPayload = createDebug('billing:webhooks:payload');

interface StripeCustomerObject {
  id: string;
  email: string | null;
  name: string | null;
  address: { line1: string | null; postal_code: string | null; country: string | null } | null;
  invoice_settings: { default_payment_method: string | null };
}

export function handleStripeWebhook(req: Request, res: Response): void {
  const signature = req.headers['stripe-signature'];
  debug('webhook received, signature present: %s', typeof signature === 'string'); // clean
  const event = req.body as WebhookEvent & { data: { object: StripeCustomerObject } };
  debug('event %s of type %s (livemode=%s)', event.id, event.type, event.livemode); // clean
  debugPayload('raw payload %O', req.body); // pii
  if (event.type === 'customer.updated') {
    const stripeCustomer = event.data.object;
    debug('customer %s updated', stripeCustomer.id); // clean
    debug('customer %s now has email %s', stripeCustomer.id, stripeCustomer.email); // pii
    debug('customer address country %s', stripeCustomer.address?.country); // clean
    debug('customer postal code %s', stripeCustomer.address?.postal_code); // pii
  }
  res.status(200).json({ received: true });
}

export function logWebhookConfig(secret: string, endpoint: string): void {
  console.info(`webhooks will be delivered to ${endpoint}`); // clean
  console.info('webhook signing secret configured:', secret.length > 0); // clean
  console.debug('webhook signing secret', secret); // pii
}
