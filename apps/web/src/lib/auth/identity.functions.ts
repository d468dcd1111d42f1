import { getSession, toClientIdentity } from '@kit/better-auth/context';
import type { ClientIdentity } from '@kit/better-auth/identity';
import { isBillingEnabled } from '@kit/billing/configuration';
import { createServerFn } from '@tanstack/react-start';

/** Who is signed in (or nobody), with their organizations. Public: it reveals only the caller. */
export const fetchIdentity = createServerFn({ method: 'GET' }).handler(
  async (): Promise<ClientIdentity> =>
    toClientIdentity(await getSession(), { billingEnabled: isBillingEnabled() }),
);
