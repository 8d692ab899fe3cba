// A NestJS accounts module: a controller and a service taking class-validator DTOs, logging through Nest's Logger.
import { Controller, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';

export class CreateAccountDto {
  email!: string;
  password!: string;
  displayName!: string;
  phoneNumber?: string;
  acceptTerms!: boolean;
}

export class SignInDto {
  login!: string;
  password!: string;
}

interface AccountRecord {
  id: string;
  email: string;
  displayName: string;
  status: 'active' | 'locked';
  createdAt: Date;
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  async create(createAccountDto: CreateAccountDto): Promise<AccountRecord> {
    this.logger.log(`Creating account ${JSON.stringify(createAccountDto)}`); // pii
    this.logger.debug(`terms accepted: ${createAccountDto.acceptTerms}`); // clean
    const account: AccountRecord = { id: crypto.randomUUID(), email: createAccountDto.email, displayName: createAccountDto.displayName, status: 'active', createdAt: new Date() };
    this.logger.log(`Account ${account.id} created`); // clean
    this.logger.verbose(account); // pii
    return account;
  }

  async signIn(signInDto: SignInDto): Promise<{ accessToken: string }> {
    this.logger.log(`Sign-in attempt for ${signInDto.login}`); // clean
    this.logger.debug(`sign-in payload ${JSON.stringify(signInDto)}`); // pii
    const accessToken = `tok_${crypto.randomUUID()}`;
    this.logger.debug(`issued token ${accessToken}`); // pii
    this.logger.log({ message: 'sign-in succeeded', tokenType: 'Bearer', expiresIn: 3600 }); // clean
    return { accessToken };
  }

  lock(account: AccountRecord, reason: string): void {
    this.logger.warn(`Locking account ${account.id}: ${reason}`); // clean
    this.logger.warn(`Locking account of ${account.displayName}`); // pii
  }
}

@Controller('accounts')
export class AccountsController {
  private readonly logger = new Logger(AccountsController.name);

  constructor(private readonly accounts: AccountsService) {}

  // POST /accounts (route decorators left out: the corpus is type-checked without experimental decorators)
  async create(body: CreateAccountDto, req: Request) {
    this.logger.log(`POST /accounts from ${req.ip}`); // pii
    this.logger.log(`POST /accounts user-agent ${req.headers['user-agent']}`); // clean
    try {
      return await this.accounts.create(body);
    } catch (error) {
      this.logger.error('Failed to create account', error); // clean
      throw error;
    }
  }

  // POST /accounts/:id/verify-phone
  verifyPhone(id: string, body: { phoneNumber: string; code: string }) {
    this.logger.log(`verifying phone for ${id}`); // clean
    this.logger.debug(`verification code ${body.code} for ${body.phoneNumber}`); // pii
  }
}
