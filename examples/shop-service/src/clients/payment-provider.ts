import axios from 'axios';
import { logger } from '../lib/logger.js';

export interface Charge {
  id: string;
  status: 'succeeded' | 'pending' | 'failed';
  amountCents: number;
}

export interface CardPayment {
  orderId: string;
  amountCents: number;
  currency: string;
  cardToken: string;
  cardholderEmail: string;
}

// The payment provider's API. No timeout: axios waits forever by default.
const provider = axios.create({
  baseURL: process.env.PAYMENT_PROVIDER_URL ?? 'https://api.payments.example',
  headers: { 'Idempotency-Version': '2024-01' },
});

// The fraud service answers in 200 ms at p99; 2 s bounds a slow one.
const fraud = axios.create({ baseURL: 'https://fraud.internal', timeout: 2_000 });

export async function createCharge(payment: CardPayment): Promise<Charge> {
  const { data: verdict } = await fraud.post<{ allow: boolean }>('/v1/verdicts', { orderId: payment.orderId });
  if (!verdict.allow) {
    throw new Error(`Order ${payment.orderId} was declined by fraud screening`);
  }
  logger.info({ orderId: payment.orderId, amountCents: payment.amountCents }, 'charging card');
  const { data } = await provider.post<Charge>('/v1/charges', {
    amount: payment.amountCents,
    currency: payment.currency,
    source: payment.cardToken,
    receipt_email: payment.cardholderEmail,
  });
  return data;
}

export async function refundCharge(chargeId: string): Promise<void> {
  await provider.post(`/v1/charges/${chargeId}/refunds`);
}

export async function fetchExchangeRate(currency: string): Promise<number> {
  const response = await fetch(`https://rates.example/v1/latest?base=${currency}`);
  const body = (await response.json()) as { rate: number };
  return body.rate;
}

export async function fetchShippingQuote(postcode: string): Promise<number> {
  const response = await fetch(`https://shipping.example/quote/${postcode}`, { signal: AbortSignal.timeout(3_000) });
  return ((await response.json()) as { priceCents: number }).priceCents;
}
