import { OpenFeature } from '@openfeature/server-sdk';

export const flags = OpenFeature.getClient('shop-service');

export const FLAG_GIFT_WRAPPING = 'gift-wrapping';
