// A queue worker that sends transactional email and SMS, logging with winston.
import winston from 'winston';
import { mailer, sms, users } from './services';
import type { User } from './domain';

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  defaultMeta: { service: 'notifications-worker' },
  transports: [new winston.transports.Console()],
});

interface EmailJob {
  id: string;
  userId: string;
  template: 'receipt' | 'welcome' | 'dunning';
  attempt: number;
}

interface SmsJob {
  id: string;
  phoneNumber: string;
  body: string;
}

export async function handleEmailJob(job: EmailJob): Promise<void> {
  logger.info('processing email job', { jobId: job.id, template: job.template, attempt: job.attempt }); // clean
  const user = await users.findById(job.userId);
  if (!user) {
    logger.warn('user for email job not found', { jobId: job.id, userId: job.userId }); // clean
    return;
  }
  const recipient = user.email;
  logger.debug('resolved recipient', { jobId: job.id, recipient }); // pii
  const { messageId } = await mailer.send({ to: recipient, template: job.template, data: { name: user.firstName } });
  logger.info('email sent', { jobId: job.id, messageId, emailProvider: 'postmark' }); // clean
  logger.info(`email ${messageId} delivered to ${recipient}`); // pii
}

export async function handleSmsJob(job: SmsJob): Promise<void> {
  logger.info(`sending SMS for job ${job.id} (${job.body.length} chars)`); // clean
  try {
    const { sid } = await sms.send(job.phoneNumber, job.body);
    logger.info('sms sent', { jobId: job.id, sid }); // clean
  } catch (error) {
    logger.error('sms failed', { jobId: job.id, to: job.phoneNumber, error }); // pii
    logger.error(error as Error); // clean
  }
}

export function logBounce(user: User, bounceType: 'hard' | 'soft'): void {
  logger.log('warn', 'email bounced', { userId: user.id, bounceType }); // clean
  logger.log('warn', 'bounced address', { address: user.email }); // pii
  logger.info('dunning candidate', { ...user, bounceType }); // pii
}

export function logQueueStats(stats: { waiting: number; active: number; failed: number }): void {
  logger.info('queue stats', stats); // clean
  logger.info(`queue depth ${stats.waiting}, ${stats.failed} failed`); // clean
}
