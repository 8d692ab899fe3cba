// A NestJS service and its collaborators using Nest's built-in Logger.
import { Injectable, Logger } from '@nestjs/common';
import type { PasswordPolicy, User } from './domain';
import { mailer, users } from './services';
import { maskEmail } from './redaction';

export interface UpdateProfileDto {
  firstName?: string;
  lastName?: string;
  phone?: string;
  marketingOptIn?: boolean;
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  async getProfile(id: string): Promise<User | null> {
    const user = await users.findById(id);
    if (!user) {
      this.logger.warn(`profile ${id} not found`); // clean
      return null;
    }
    this.logger.debug(`loaded profile for ${user.firstName} ${user.lastName}`); // pii
    this.logger.verbose({ userId: user.id, role: user.role, emailVerified: user.emailVerified }); // clean
    return user;
  }

  async updateProfile(id: string, dto: UpdateProfileDto): Promise<void> {
    this.logger.log(`updating profile ${id}: ${JSON.stringify(dto)}`); // pii
    const changedFields = Object.keys(dto);
    this.logger.log(`profile ${id} changed fields: ${changedFields.join(', ')}`); // clean
    if (dto.phone !== undefined) {
      const isPhoneValid = /^\+[1-9]\d{7,14}$/.test(dto.phone);
      this.logger.debug(`phone for ${id} valid=${isPhoneValid}`); // clean
      if (!isPhoneValid) this.logger.warn(`rejected phone number ${dto.phone} for ${id}`); // pii
    }
  }

  async sendVerification(user: User): Promise<void> {
    if (user.emailVerified) {
      this.logger.debug(`user ${user.id} already verified`); // clean
      return;
    }
    await mailer.send({ to: user.email, template: 'verify-email', data: {} });
    this.logger.log(`verification email sent to ${maskEmail(user.email)}`); // clean
    this.logger.log(`verification email sent to user ${user.id}`); // clean
  }

  describePolicy(passwordPolicy: PasswordPolicy): void {
    this.logger.log({ passwordPolicy: passwordPolicy.name, minLength: passwordPolicy.minLength }); // clean
  }

  async bulkImport(rows: Array<{ email: string; firstName: string }>): Promise<void> {
    this.logger.log(`importing ${rows.length} users`); // clean
    for (const row of rows) {
      if (!row.email.includes('@')) {
        this.logger.warn(`skipping row with invalid email: ${row.email}`); // pii
        continue;
      }
    }
    this.logger.log(`first rows: ${JSON.stringify(rows.slice(0, 3))}`); // pii
  }
}

@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  async deleteAccount(user: User, reason: string): Promise<void> {
    this.logger.log(`deleting account ${user.id} (reason: ${reason})`); // clean
    Logger.log(`account deletion requested by ${user.email}`, 'Audit'); // pii
    this.logger.warn(user); // pii
    this.logger.log(`deleted ${user.id}; tenant ${user.tenantId}; createdAt ${user.createdAt.toISOString()}`); // clean
  }
}
