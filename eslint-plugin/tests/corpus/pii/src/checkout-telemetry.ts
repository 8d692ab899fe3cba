// Checkout instrumented with OpenTelemetry spans and metrics.
import { metrics, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { orders, payments } from './services';
import type { Customer, Order } from './domain';

const tracer = trace.getTracer('checkout');
const meter = metrics.getMeter('checkout');
const checkoutCounter = meter.createCounter('checkout.completed');
const checkoutDuration = meter.createHistogram('checkout.duration', { unit: 'ms' });
const declines = meter.createCounter('checkout.declined');

export async function checkout(customer: Customer, cartId: string, paymentMethodId: string): Promise<Order> {
  return tracer.startActiveSpan('checkout', async (span) => {
    const started = performance.now();
    span.setAttribute('enduser.id', customer.id); // clean
    span.setAttribute('customer.plan', customer.plan); // clean
    span.setAttribute('enduser.email', customer.email); // pii
    try {
      const order = await orders.place(customer.id, cartId);
      span.setAttributes({ 'order.id': order.id, 'order.total_cents': order.totalCents, 'order.items': order.items.length }); // clean
      span.setAttributes({ 'shipping.postcode': order.shippingAddress.postcode, 'shipping.country': order.shippingAddress.country }); // pii
      const charge = await payments.charge(order, paymentMethodId);
      if (charge.status !== 'succeeded') {
        declines.add(1, { decline_code: charge.declineCode ?? 'unknown', plan: customer.plan }); // clean
        span.addEvent('payment.declined', { 'decline.code': charge.declineCode ?? 'unknown' }); // clean
        span.setStatus({ code: SpanStatusCode.ERROR, message: `card declined for ${customer.email}` }); // pii
        throw new Error('payment_declined');
      }
      span.addEvent('payment.captured', { 'charge.id': charge.id, 'customer.name': customer.name }); // pii
      checkoutCounter.add(1, { currency: order.currency, plan: customer.plan }); // clean
      checkoutDuration.record(performance.now() - started, { currency: order.currency }); // clean
      return order;
    } catch (err) {
      span.recordException(err as Error); // clean
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message }); // clean
      throw err;
    } finally {
      span.end();
    }
  });
}

export function tagShipping(span: Span, order: Order): void {
  span.setAttribute('shipping.city', order.shippingAddress.city); // clean
  span.setAttribute('shipping.address_line1', order.shippingAddress.line1); // pii
}

export function annotateActiveSpan(order: Order): void {
  const active = trace.getActiveSpan();
  active?.setAttribute('order.status', order.status); // clean
  active?.setAttribute('order.coupon_used', order.couponCode !== undefined); // clean
  active?.setAttributes({ customer_email: order.customer.email }); // pii
}

const signups = meter.createCounter('signups');
export function recordSignup(email: string, referrer: string | undefined): void {
  signups.add(1, { referrer: referrer ?? 'direct' }); // clean
  signups.add(1, { email_domain: email.split('@')[1] ?? 'unknown' }); // clean
  signups.add(1, { email }); // pii
}
