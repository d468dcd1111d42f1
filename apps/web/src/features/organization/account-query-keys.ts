// Query keys of the account data, free of React Query and server-function imports: route guards in the
// entry bundle use them to drop stale cache entries.

/** The account switcher's data (the caller's organizations and the active one). */
export const ACCOUNT_CONTEXT_KEY = ['account-context'] as const;

/** Every query about the active organization starts with this key: switching accounts refreshes them. */
export const ORGANIZATION_SCOPE = ['active-organization'] as const;
