// Request logging middleware and helpers as teams commonly hand-roll them.
import type { NextFunction, Request, Response } from 'express';
import pino from 'pino';
import { anonymizeIp, redact } from './redaction';

const logger = pino({ name: 'http', redact: ['req.headers.authorization', 'req.headers.cookie'] });

export function requestLogger(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  res.on('finish', () => {
    logger.info({ method: req.method, path: req.path, statusCode: res.statusCode, durationMs: Date.now() - started }, 'request'); // clean
    logger.info({ req: { method: req.method, headers: { authorization: req.headers.authorization } } }, 'auth header seen'); // clean
    logger.info({ clientIp: anonymizeIp(req.ip) }, 'client'); // clean
    logger.info({ clientIp: req.ip, userAgent: req.get('user-agent') }, 'client'); // pii
    logger.debug({ cookies: req.headers.cookie }, 'cookies on request'); // pii
    logger.debug({ body: redact(req.body) }, 'request body (redacted)'); // clean
  });
  next();
}

export function logSlowQuery(sql: string, params: unknown[], durationMs: number): void {
  logger.warn({ durationMs, statement: sql.slice(0, 200), paramCount: params.length }, 'slow query'); // clean
}

export function logCorsRejection(origin: string | undefined): void {
  logger.warn({ origin }, 'CORS origin rejected'); // clean
}

export function logForwardedFor(req: Request): void {
  const forwardedFor = req.headers['x-forwarded-for'];
  logger.debug({ forwardedFor }, 'proxy chain'); // pii
}
