// Query keys free of React Query and server-function imports.

/** Every query about the active organization starts with this key: switching accounts drops them. */
export const ORGANIZATION_SCOPE = ['active-organization'] as const;
