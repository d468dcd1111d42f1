import { createFileRoute } from '@tanstack/react-router';
import { answerStripeWebhook } from '~/features/billing/webhook.service';
import { getRequestValues } from '~/lib/server/request-context';

export const Route = createFileRoute('/api/billing/webhook')({
  server: {
    handlers: {
      POST: ({ request }) => answerStripeWebhook(request, getRequestValues(request)?.requestId ?? 'unknown'),
    },
  },
});
