// Request-scoped observability helpers: Sentry scope and breadcrumbs, OpenTelemetry span attributes.
import { trace } from '@opentelemetry/api';
import * as Sentry from '@sentry/node';
import type { Request } from 'express';

function requestContext(req: Request) {
  return {
    method: req.method,
    path: req.path,
    ip: req.ip,
    userAgent: req.get('user-agent'),
  };
}

export function annotateRequest(req: Request & { user?: { id: string; email: string; orgId: string } }): void {
  const span = trace.getActiveSpan();
  span?.setAttribute('http.route', req.route?.path ?? req.path); // clean
  span?.setAttribute('enduser.id', req.user?.id ?? 'anonymous'); // clean
  span?.setAttributes({ 'enduser.id': req.user?.id, 'app.org_id': req.user?.orgId }); // clean
  span?.setAttribute('client.address', req.ip ?? ''); // pii
  Sentry.setUser({ id: req.user?.id }); // clean
  Sentry.setUser({ id: req.user?.id, email: req.user?.email }); // pii
  Sentry.setContext('request', requestContext(req)); // pii
  Sentry.addBreadcrumb({ category: 'http', message: `${req.method} ${req.path}`, level: 'info' }); // clean
  Sentry.addBreadcrumb({ category: 'auth', message: 'signed in', data: { email: req.user?.email } }); // pii
}

export function reportCheckoutFailure(error: unknown, orderId: string, cardholderName: string): void {
  Sentry.captureException(error, { tags: { orderId } }); // clean
  Sentry.captureMessage(`checkout failed for ${cardholderName}`); // pii
  Sentry.withScope((scope) => {
    scope.setTag('order_id', orderId); // clean
    scope.setExtra('cardholder', cardholderName); // pii
    Sentry.captureException(error); // clean
  });
}
