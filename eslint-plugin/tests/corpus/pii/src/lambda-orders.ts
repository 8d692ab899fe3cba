// An AWS Lambda behind API Gateway that accepts orders, logging JSON with console (CloudWatch).
import type { Order } from './domain';

interface ApiGatewayEvent {
  body: string | null;
  headers: Record<string, string | undefined>;
  requestContext: { requestId: string; identity: { sourceIp: string; userAgent: string } };
  pathParameters?: { orderId?: string };
}

interface CreateOrderInput {
  cartId: string;
  shippingAddress: { line1: string; city: string; postcode: string; country: string };
  contactEmail: string;
  giftMessage?: string;
}

export async function handler(event: ApiGatewayEvent): Promise<{ statusCode: number; body: string }> {
  const requestId = event.requestContext.requestId;
  console.log(JSON.stringify({ level: 'info', requestId, msg: 'order request' })); // clean
  console.log('raw event', JSON.stringify(event)); // pii
  if (!event.body) {
    console.warn(JSON.stringify({ level: 'warn', requestId, msg: 'empty body' })); // clean
    return { statusCode: 400, body: 'missing body' };
  }
  const input = JSON.parse(event.body) as CreateOrderInput;
  console.log(JSON.stringify({ level: 'debug', requestId, input })); // pii
  console.log(JSON.stringify({ level: 'info', requestId, country: input.shippingAddress.country, hasGiftMessage: Boolean(input.giftMessage) })); // clean
  const sourceIp = event.requestContext.identity.sourceIp;
  console.log(`request ${requestId} from ${sourceIp}`); // pii
  console.log(`request ${requestId} user agent ${event.requestContext.identity.userAgent}`); // clean
  return { statusCode: 202, body: JSON.stringify({ requestId }) };
}

export function logOrderCreated(order: Order, requestId: string): void {
  console.info(JSON.stringify({ requestId, orderId: order.id, totalCents: order.totalCents, items: order.items.length })); // clean
  console.info(JSON.stringify({ requestId, customerEmail: order.customer.email })); // pii
  console.info(`order ${order.id} ships to ${order.shippingAddress.city}, ${order.shippingAddress.postcode}`); // pii
}
