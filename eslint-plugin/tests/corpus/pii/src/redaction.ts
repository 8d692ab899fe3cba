// The team's redaction helpers, as a service would keep them in a shared module.
import { createHash } from 'node:crypto';

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function redact<T>(value: T): string {
  return value === undefined || value === null ? String(value) : '[REDACTED]';
}

export function anonymizeIp(ip: string | undefined): string {
  return ip ? ip.replace(/\.\d+$/, '.0') : 'unknown';
}
