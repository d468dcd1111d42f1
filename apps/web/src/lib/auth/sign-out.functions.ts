import { getAuth } from '@kit/better-auth/server';
import { createServerFn } from '@tanstack/react-start';
import { authApiHeaders } from '~/lib/server/auth-api-headers';

/**
 * Ends the caller's session and clears its cookies. A server function rather than the auth client, so
 * that signed-in pages do not ship better-auth's client to sign out.
 */
export const signOut = createServerFn({ method: 'POST' }).handler(async () => {
  await getAuth().api.signOut({ headers: authApiHeaders() });
});
