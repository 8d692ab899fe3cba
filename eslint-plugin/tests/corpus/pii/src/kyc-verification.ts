// Identity verification (KYC) for a fintech onboarding flow. The team's logger is injected.
import type { PostalAddress } from './domain';

interface AppLogger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

interface KycApplication {
  applicationId: string;
  userId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nationalId: string;
  passportNumber?: string;
  taxId?: string;
  residentialAddress: PostalAddress;
  documentType: 'passport' | 'id_card' | 'driving_licence';
}

interface KycResult {
  status: 'approved' | 'rejected' | 'manual_review';
  score: number;
  reasons: string[];
}

export class KycVerifier {
  constructor(private readonly logger: AppLogger, private readonly provider: { check(a: KycApplication): Promise<KycResult> }) {}

  async verify(application: KycApplication): Promise<KycResult> {
    this.logger.info('kyc check started', { applicationId: application.applicationId, documentType: application.documentType }); // clean
    this.logger.info('kyc applicant', { name: `${application.givenName} ${application.familyName}` }); // pii
    const { nationalId, dateOfBirth } = application;
    if (!/^\d{9}$/.test(nationalId)) {
      this.logger.warn('national id failed format check', { applicationId: application.applicationId, nationalId }); // pii
    }
    this.logger.info('applicant age check', { dob: dateOfBirth }); // pii
    const hasPassport = application.passportNumber !== undefined;
    this.logger.info('document availability', { hasPassport, hasTaxId: Boolean(application.taxId) }); // clean
    const result = await this.provider.check(application);
    this.logger.info('kyc check finished', { applicationId: application.applicationId, status: result.status, score: result.score }); // clean
    if (result.status === 'manual_review') {
      this.logger.warn('kyc needs manual review', { application }); // pii
      this.logger.warn('kyc manual review reasons', { reasons: result.reasons, applicationId: application.applicationId }); // clean
    }
    return result;
  }

  logAddressMismatch(expected: PostalAddress, actual: PostalAddress): void {
    this.logger.warn('address mismatch', { expectedCountry: expected.country, actualCountry: actual.country }); // clean
    this.logger.warn('address mismatch detail', { expected, actual }); // pii
  }

  logTaxId(taxId: string): void {
    const last4 = taxId.slice(-4);
    this.logger.info('tax id on file', { taxIdLast4: last4 }); // clean
    this.logger.info(`tax id ${taxId} on file`); // pii
  }
}
