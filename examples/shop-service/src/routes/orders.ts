import { SpanStatusCode } from '@opentelemetry/api';
import { Router } from 'express';
import { logger } from '../lib/logger.js';
import { tracer } from '../lib/tracing.js';

export const ordersRouter = Router();

interface Order {
  id: string;
  totalCents: number;
  items: { sku: string; quantity: number }[];
}

const orders = new Map<string, Order>();

ordersRouter.get('/orders/:id', (req, res) => {
  const order = orders.get(req.params.id);
  if (!order) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  logger.info({ orderId: order.id, items: order.items.length, totalCents: order.totalCents }, 'order read');
  res.json(order);
});

ordersRouter.post('/orders/:id/refund', async (req, res) => {
  await tracer.startActiveSpan('POST /orders/:id/refund', async (span) => {
    try {
      const order = orders.get(req.params.id);
      span.setAttribute('order.id', req.params.id);
      if (!order) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      res.status(202).json({ refunded: order.totalCents });
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
});

export async function exportOrders(): Promise<Order[]> {
  const span = tracer.startSpan('exportOrders');
  const result = [...orders.values()];
  span.setAttribute('orders.count', result.length);
  if (result.length === 0) {
    return result;
  }
  span.end();
  return result;
}
