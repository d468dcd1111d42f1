import type { QueryClient } from '@tanstack/react-query';

/**
 * The query cache as it travels in the page: React Query's `DehydratedState`, which Start serializes
 * (dates included). Opaque here because its data is `unknown` to the type system.
 */
export interface SerializedQueryCache {
  readonly __serializedQueryCache: true;
}

/**
 * Where a router keeps its React Query client. The entry bundle holds only this slot: the client is
 * created by the first signed-in loader or layout that needs it (see `query-client.ts`), so public pages
 * never load React Query. One slot per router, so per request on the server.
 */
export interface QueryClientSlot {
  client?: QueryClient;
  /** On the server: the cache to send with the page, once a client exists. */
  dehydrate?: () => SerializedQueryCache;
  /** On the client: the server's cache, waiting for the client to be created. */
  received?: SerializedQueryCache;
}

export function createQueryClientSlot(): QueryClientSlot {
  return {};
}
