import { Button } from '@kit/ui/button';
import { toast } from '@kit/ui/toast';
import { useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { resyncOrganizationBilling } from '~/features/billing/billing.functions';
import { errorMessage } from '~/lib/errors';
import { m } from '~/paraglide/messages';

/** Stores what Stripe says of the organization's subscription now (the server audits it). */
export function ResyncBillingButton({ organizationId }: { organizationId: string }) {
  const router = useRouter();
  const resyncFn = useServerFn(resyncOrganizationBilling);
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="outline"
      isLoading={pending}
      onClick={async () => {
        setPending(true);
        try {
          await resyncFn({ data: { organizationId } });
          await router.invalidate();
          toast.success(m.admin_billing_resynced());
        } catch (error) {
          toast.error(errorMessage(error));
        } finally {
          setPending(false);
        }
      }}
    >
      {m.admin_billing_resync()}
    </Button>
  );
}
