import { useSession } from '@kit/better-auth/react';
import { m } from '~/paraglide/messages';
import { accessOfActiveOrganization } from './plan-access';
import { priceText } from './plan-text';

/**
 * On a per-seat plan, what inviting one more member costs (the subscription's quantity follows the member
 * count). From the plan file, which holds the Stripe price's amount: no request.
 */
export function NextSeatNote() {
  const access = accessOfActiveOrganization(useSession());
  const price = access?.plan.price;
  if (!access || !price?.perSeat) return null;
  return (
    <p className="text-sm text-muted-foreground" data-testid="next-seat-price">
      {m.billing_next_seat({ plan: access.plan.name, price: priceText({ ...price, perSeat: false }) })}
    </p>
  );
}
