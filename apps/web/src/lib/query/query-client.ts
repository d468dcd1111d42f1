import { type DehydratedState, dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import type { QueryClientSlot, SerializedQueryCache } from './query-client-slot';

/** The router's QueryClient, created on first use with whatever the server sent for this page. */
export function queryClientOf(slot: QueryClientSlot): QueryClient {
  if (slot.client) return slot.client;
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
  if (slot.received) {
    hydrate(client, slot.received as unknown as DehydratedState);
    slot.received = undefined;
  }
  slot.client = client;
  slot.dehydrate = () => dehydrate(client) as unknown as SerializedQueryCache;
  return client;
}
