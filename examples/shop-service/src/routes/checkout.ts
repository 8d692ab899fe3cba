import { Router } from 'express';
import { createCharge } from '../clients/payment-provider.js';
import { FLAG_GIFT_WRAPPING, flags } from '../flags/client.js';
import { logger } from '../lib/logger.js';
import { createUser, type SignupRequest } from '../users/user-service.js';

export const checkoutRouter = Router();

interface CheckoutBody {
  orderId: string;
  amountCents: number;
  currency: string;
  cardToken: string;
  email: string;
  giftWrap?: boolean;
}

checkoutRouter.post('/checkout', async (req, res) => {
  const body = req.body as CheckoutBody;
  logger.info(`checkout started for ${body.email}`);

  const useNewFlow = await flags.getBooleanValue('new-chekout-flow', false);
  const giftWrapping = await flags.getBooleanValue(FLAG_GIFT_WRAPPING, false);
  const legacyTax = await flags.getBooleanValue('legacy-tax-engine', false);
  const taxCents = legacyTax ? Math.round(body.amountCents * 0.2) : Math.round(body.amountCents * 0.19);

  const charge = await createCharge({
    orderId: body.orderId,
    amountCents: body.amountCents + taxCents + (giftWrapping && body.giftWrap ? 500 : 0),
    currency: body.currency,
    cardToken: body.cardToken,
    cardholderEmail: body.email,
  });
  logger.info({ orderId: body.orderId, chargeId: charge.id, newFlow: useNewFlow }, 'checkout complete');
  res.status(201).json({ chargeId: charge.id, status: charge.status });
});

checkoutRouter.post('/signup', async (req, res) => {
  const user = await createUser(req.body as SignupRequest);
  res.status(201).json({ id: user.id });
});

checkoutRouter.get('/banner', async (_req, res) => {
  const showBanner = await flags.getBooleanValue('black-friday-banner', false);
  res.json({ banner: showBanner ? 'Black Friday: 20% off' : null });
});
