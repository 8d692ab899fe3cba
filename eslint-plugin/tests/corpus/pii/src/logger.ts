// The service's shared pino logger. Redaction is configured once, here, for every module that imports it.
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: {
    paths: ['email', '*.email', 'password', '*.password', 'headers.authorization', 'headers.cookie', 'card.number'],
    censor: '[redacted]',
  },
});
