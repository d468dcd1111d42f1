import { configureBilling } from '@kit/billing/configuration';
import { BillingEnvError } from '@kit/billing/env';
import { logger } from '@kit/logger';
import { definePlugin } from 'nitro';
import { billingPlans } from '../billing-plans';

// The plan file and the billing environment, checked once at start: a half-configured Stripe (a key
// without the webhook secret or a plan's price) stops the server with the missing variables named.
export default definePlugin(() => {
  try {
    configureBilling(billingPlans);
  } catch (error) {
    if (!(error instanceof BillingEnvError)) throw error;
    logger.fatal(`${error.message}\nSee .env.example and the README (Billing).`);
    process.exit(1);
  }
});
