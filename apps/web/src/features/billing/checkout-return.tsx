import { m } from '~/paraglide/messages';

export type CheckoutReturn = 'success' | 'canceled';

export type CheckoutProgress = 'processing' | 'slow' | 'done';

/**
 * After the payment provider's checkout: "processing" until the webhook has stored the subscription (the
 * page polls the overview meanwhile, billing-page.tsx), "slow" when that takes longer than the page
 * waits, "done" once it is there. A canceled checkout changed nothing.
 */
export function CheckoutReturnNotice({
  checkout,
  progress,
  planName,
}: {
  checkout: CheckoutReturn;
  progress: CheckoutProgress;
  planName: string;
}) {
  const text =
    checkout === 'canceled'
      ? m.billing_checkout_canceled()
      : progress === 'processing'
        ? m.billing_processing()
        : progress === 'slow'
          ? m.billing_processing_slow()
          : m.billing_checkout_done({ plan: planName });
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="checkout-return"
      className="rounded-md border border-border bg-muted/40 p-4 text-sm"
    >
      {text}
    </div>
  );
}
