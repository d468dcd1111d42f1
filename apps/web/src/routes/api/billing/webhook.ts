import { createFileRoute } from '@tanstack/react-router';
import { getRequestValues } from '~/lib/server/request-context';

export const Route = createFileRoute('/api/billing/webhook')({
  server: {
    handlers: {
      // The handler (Stripe, the database client) loads with the first delivery, not with every page's
      // route tree.
      POST: async ({ request }) => {
        const { answerStripeWebhook } = await import('~/features/billing/webhook.service');
        return answerStripeWebhook(request, getRequestValues(request)?.requestId ?? 'unknown');
      },
    },
  },
});
