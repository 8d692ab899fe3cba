// Error-tracking context set per request with the Sentry Node SDK.
import * as Sentry from '@sentry/node';
import type { Request } from 'express';
import type { User } from './domain';

export function identifyForErrors(user: User): void {
  Sentry.setUser({ id: user.id }); // clean
  Sentry.setTag('tenant', user.tenantId); // clean
  Sentry.setTag('role', user.role); // clean
}

export function identifyWithContact(user: User): void {
  Sentry.setUser({ id: user.id, email: user.email }); // pii
}

export function identifyWholeUser(user: User): void {
  Sentry.setUser({ ...user }); // pii
}

export function addRequestContext(req: Request): void {
  Sentry.setContext('request', { method: req.method, route: req.route?.path, query: Object.keys(req.query) }); // clean
  Sentry.setContext('request_body', req.body); // pii
  Sentry.addBreadcrumb({ category: 'http', message: `${req.method} ${req.path}`, level: 'info' }); // clean
  Sentry.addBreadcrumb({ category: 'auth', message: 'login', data: { authorization: req.headers.authorization } }); // pii
}

export function reportCheckoutFailure(err: unknown, orderId: string, customerEmail: string): void {
  Sentry.withScope((scope) => {
    scope.setTag('order_id', orderId); // clean
    scope.setExtra('customer_email', customerEmail); // pii
    Sentry.captureException(err); // clean
  });
  Sentry.captureMessage(`checkout failed for order ${orderId}`, 'warning'); // clean
  Sentry.captureMessage(`checkout failed for ${customerEmail}`); // pii
}
