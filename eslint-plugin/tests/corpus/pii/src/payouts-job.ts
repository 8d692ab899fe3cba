// A nightly payout job for marketplace sellers, logging with log4js.
import log4js from 'log4js';
import { payouts } from './services';

log4js.configure({ appenders: { out: { type: 'stdout' } }, categories: { default: { appenders: ['out'], level: 'info' } } });
const logger = log4js.getLogger('payouts');

export async function runPayouts(): Promise<void> {
  let processed = 0;
  for (let payout = await payouts.next(); payout; payout = await payouts.next()) {
    logger.info('processing payout %s for %d cents', payout.id, payout.amountCents); // clean
    if (!/^[A-Z]{2}\d{2}/.test(payout.iban)) {
      logger.error('invalid IBAN %s on payout %s', payout.iban, payout.id); // pii
      continue;
    }
    logger.debug('paying %s', payout.accountHolder); // pii
    const ibanCountry = payout.iban.slice(0, 2);
    logger.info('payout %s routed via %s', payout.id, ibanCountry); // clean
    await payouts.markSent(payout.id);
    processed += 1;
  }
  logger.info(`payout run finished: ${processed} processed`); // clean
}

export function logBankDetails(accountNumber: string, sortCode: string): void {
  logger.warn('manual transfer needed', { accountNumber, sortCode }); // pii
  logger.warn('manual transfer needed', { accountNumberLength: accountNumber.length }); // clean
}
