// A password reset flow in a NestJS-style service using an injected logger and a metrics counter.
import { Injectable, Logger } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { createHash, randomBytes } from 'node:crypto';
import { mailer, users } from './services';

const resetRequests = metrics.getMeter('auth').createCounter('auth.password_reset.requested');

@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  async request(email: string, clientIp: string): Promise<void> {
    resetRequests.add(1, { channel: 'email' }); // clean
    const user = await users.findByEmail(email.trim().toLowerCase());
    if (!user) {
      this.logger.warn(`password reset for unknown address ${email}`); // pii
      this.logger.warn(`password reset for unknown address (hash ${createHash('sha256').update(email).digest('hex').slice(0, 12)})`); // clean
      return;
    }
    const resetToken = randomBytes(32).toString('hex');
    const resetTokenHash = createHash('sha256').update(resetToken).digest('hex');
    this.logger.debug(`stored reset token hash ${resetTokenHash} for ${user.id}`); // clean
    this.logger.debug(`reset link: https://app.example.com/reset?token=${resetToken}`); // pii
    await mailer.send({ to: user.email, template: 'password-reset', data: { resetToken } });
    this.logger.log(`password reset requested for user ${user.id} from ${clientIp}`); // pii
    resetRequests.add(1, { channel: 'email', user_id: user.id }); // clean
  }

  async complete(userId: string, newPassword: string, confirmPassword: string): Promise<void> {
    if (newPassword !== confirmPassword) {
      this.logger.warn(`reset for ${userId} rejected: passwords do not match`); // clean
      this.logger.debug(`mismatch: ${newPassword} vs ${confirmPassword}`); // pii
      return;
    }
    this.logger.log(`password reset completed for ${userId}`); // clean
  }
}
