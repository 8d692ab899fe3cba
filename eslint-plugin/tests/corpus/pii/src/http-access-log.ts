// Hand-rolled Express request logging on pino, as services write it before (or beside) pino-http.
import type { NextFunction, Request, Response } from 'express';
import pino from 'pino';

const log = pino({ name: 'gateway' });
const audited = pino({
  name: 'audit',
  serializers: { req: pino.stdSerializers.req },
  redact: ['req.headers.authorization', 'req.headers.cookie', 'req.remoteAddress'],
});

export function accessLog(req: Request, res: Response, next: NextFunction): void {
  log.info({ req }, 'incoming request'); // pii
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    log.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request finished'); // clean
  });
  next();
}

export function auditLog(req: Request, _res: Response, next: NextFunction): void {
  audited.info({ req }, 'audited request'); // clean
  next();
}

export function debugHeaders(req: Request, _res: Response, next: NextFunction): void {
  log.debug({ headers: req.headers }, 'headers'); // pii
  log.debug({ contentType: req.headers['content-type'], accept: req.headers.accept }, 'negotiation'); // clean
  const auth = req.headers.authorization ?? '';
  log.debug({ scheme: auth.split(' ')[0] }, 'auth scheme'); // clean
  log.debug(`auth header: ${auth}`); // pii
  next();
}

export function errorHandler(err: Error, req: Request, res: Response, _next: NextFunction): void {
  log.error({ err, path: req.path, requestId: req.get('x-request-id') }, 'unhandled error'); // clean
  log.error({ err, body: req.body }, 'unhandled error with body'); // pii
  console.error(err); // clean
  res.status(500).json({ error: 'internal' });
}

export function rateLimited(req: Request, res: Response): void {
  const clientIp = req.headers['x-forwarded-for'] ?? req.socket.remoteAddress;
  log.warn({ clientIp, route: req.route?.path }, 'rate limited'); // pii
  res.status(429).end();
}
