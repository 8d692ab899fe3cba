// A notifications worker: BullMQ-style jobs that send email and SMS, logging progress with a pino logger.
import pino from 'pino';

const logger = pino({ name: 'notifications' });

interface EmailJobData {
  to: string;
  template: 'welcome' | 'reset-password' | 'receipt';
  variables: Record<string, string>;
}

interface SmsJobData {
  phoneNumber: string;
  body: string;
}

interface Job<T> {
  id: string;
  name: string;
  attemptsMade: number;
  data: T;
}

export async function processEmail(job: Job<EmailJobData>): Promise<void> {
  logger.info({ jobId: job.id, template: job.data.template, attempt: job.attemptsMade }, 'sending email'); // clean
  logger.info(`sending ${job.data.template} email to ${job.data.to}`); // pii
  logger.debug({ job }, 'email job'); // pii
}

export async function processSms(job: Job<SmsJobData>): Promise<void> {
  const { phoneNumber, body } = job.data;
  logger.info({ jobId: job.id, length: body.length }, 'sending sms'); // clean
  logger.info({ to: phoneNumber }, 'sms queued'); // pii
  logger.info({ to: `${phoneNumber.slice(0, 4)}****` }, 'sms queued (masked)'); // clean
}

export function onFailed(job: Job<unknown> | undefined, err: Error): void {
  logger.error({ err, jobId: job?.id, name: job?.name }, 'job failed'); // clean
}

export function onResetRequested(userId: string, resetLink: string): void {
  logger.info({ userId }, 'password reset requested'); // clean
  logger.debug(`reset link for ${userId}: ${resetLink}`); // pii
}
