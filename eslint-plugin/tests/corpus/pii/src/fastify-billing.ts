// Fastify billing routes: request-scoped loggers (request.log) and the app logger.
import Fastify, { type FastifyRequest } from 'fastify';
import { customers, invoices, payments, orders } from './services';
import type { CardInput } from './domain';

const app = Fastify({ logger: true });

interface AttachBody {
  customerId: string;
  paymentToken: string;
  billingEmail: string;
}

app.post('/billing/payment-methods', async (request: FastifyRequest<{ Body: AttachBody }>, reply) => {
  const { customerId, paymentToken, billingEmail } = request.body;
  request.log.info({ customerId }, 'attaching payment method'); // clean
  request.log.debug({ paymentToken }, 'payment token from client'); // pii
  const method = await payments.attach(customerId, paymentToken);
  request.log.info({ customerId, brand: method.brand, last4: method.last4, expYear: method.expYear }, 'payment method attached'); // clean
  request.log.info(`receipt will go to ${billingEmail}`); // pii
  return reply.code(201).send({ id: method.id });
});

app.post('/billing/cards/validate', async (request: FastifyRequest<{ Body: CardInput }>, reply) => {
  const card = request.body;
  request.log.info({ body: request.body }, 'validating card'); // pii
  const cardNumberLength = card.cardNumber.replace(/\s/g, '').length;
  request.log.debug({ cardNumberLength, expMonth: card.expMonth }, 'card shape'); // clean
  if (cardNumberLength < 12) {
    request.log.warn({ cardNumber: card.cardNumber }, 'card number too short'); // pii
    return reply.code(422).send({ error: 'invalid_card' });
  }
  request.log.info({ cardholder: card.cardholderName }, 'card accepted for tokenization'); // pii
  return reply.code(204).send();
});

app.get('/billing/customers/:customerId/invoices', async (request: FastifyRequest<{ Params: { customerId: string } }>, reply) => {
  const started = Date.now();
  const open = await invoices.findOpen(request.params.customerId);
  request.log.info({ customerId: request.params.customerId, openInvoices: open.length, durationMs: Date.now() - started }, 'listed invoices'); // clean
  for (const invoice of open) {
    request.log.debug({ invoiceId: invoice.id, status: invoice.status, amountDueCents: invoice.amountDueCents }, 'open invoice'); // clean
  }
  return reply.send(open);
});

app.get('/billing/customers/:customerId', async (request: FastifyRequest<{ Params: { customerId: string } }>, reply) => {
  const customer = await customers.findById(request.params.customerId);
  request.log.debug({ customer }, 'customer loaded'); // pii
  request.log.info({ customerId: customer.id, plan: customer.plan }, 'customer viewed'); // clean
  request.log.info({ country: customer.billingAddress.country }, 'billing country'); // clean
  request.log.info({ billingAddress: customer.billingAddress }, 'billing address on file'); // pii
  return reply.send({ id: customer.id, plan: customer.plan });
});

app.post('/billing/orders/:orderId/charge', async (request: FastifyRequest<{ Params: { orderId: string }; Body: { paymentMethodId: string } }>, reply) => {
  const order = await orders.findById(request.params.orderId);
  const charge = await payments.charge(order, request.body.paymentMethodId);
  if (charge.status !== 'succeeded') {
    request.log.warn({ orderId: order.id, declineCode: charge.declineCode, status: charge.status }, 'charge declined'); // clean
    return reply.code(402).send({ error: charge.declineCode });
  }
  request.log.info({ orderId: order.id, chargeId: charge.id, totalCents: order.totalCents, currency: order.currency }, 'order charged'); // clean
  request.log.debug({ order }, 'charged order snapshot'); // pii
  return reply.send({ chargeId: charge.id });
});

app.addHook('onResponse', async (request, reply) => {
  request.log.info({ statusCode: reply.statusCode, url: request.routeOptions.url, elapsed: reply.elapsedTime }, 'request completed'); // clean
  request.log.debug({ ip: request.ip }, 'client address'); // pii
});

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }).then((address) => {
  app.log.info(`billing service listening at ${address}`); // clean
});
