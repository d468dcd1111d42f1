import type { z } from 'zod';
import { referencedCustomer } from './customers';
import { newId, nowSeconds } from './ids';
import type { portalCreate } from './params';
import type { PortalSessionShape } from './shapes';
import type { StandInState } from './state';

export function createPortalSession(
  state: StandInState,
  input: z.output<typeof portalCreate>,
): PortalSessionShape {
  referencedCustomer(state, input.customer);
  const id = newId('bps_');
  const session: PortalSessionShape = {
    id,
    object: 'billing_portal.session',
    configuration: 'bpc_standin_default',
    created: nowSeconds(),
    customer: input.customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: input.return_url ?? null,
    url: `${state.baseUrl}/portal/${id}`,
  };
  state.portalSessions.set(id, session);
  return session;
}
