// A NestJS renewal service whose logger (nestjs-pino's PinoLogger) is injected by the framework.
import { Injectable } from '@nestjs/common';
import type { Customer, Invoice } from './domain';

interface PinoLikeLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

@Injectable()
export class SubscriptionsService {
  constructor(private readonly logger: PinoLikeLogger) {}

  renew(customer: Customer, invoice: Invoice): void {
    this.logger.info({ customerId: customer.id, invoiceId: invoice.id, amountDueCents: invoice.amountDueCents }, 'renewing subscription'); // clean
    this.logger.debug({ customer, invoice }, 'renewal inputs'); // pii
    if (invoice.status !== 'open') {
      this.logger.warn({ invoiceId: invoice.id, status: invoice.status }, 'invoice not open'); // clean
      return;
    }
    this.logger.info({ invoice }, 'invoice charged'); // clean
    this.logger.info({ billingPostcode: customer.billingAddress.postcode }, 'tax region resolved'); // pii
    this.logger.info({ addressCount: customer.addresses.length, plan: customer.plan }, 'customer profile'); // clean
  }

  notifyDunning(customer: Customer, attempt: number): void {
    const billingEmail = customer.email;
    this.logger.warn({ customerId: customer.id, attempt }, 'dunning notice sent'); // clean
    this.logger.warn({ billingEmail, attempt }, 'dunning notice recipient'); // pii
  }
}
