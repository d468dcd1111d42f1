/**
 * `account.encryptOAuthTokens` encrypts the access and refresh tokens but stores the id token as the
 * provider issued it; whoever reads the account table would hold a signed statement of each OpenID
 * user's identity until it expires. The kit never reads it back (provider logout, the one use, is not
 * offered), so it is not kept: `databaseHooks.account` create and update.
 */
export function withoutIdToken<T extends object>(data: T): { data: T & { idToken: null } } | undefined {
  if (!('idToken' in data) || (data as { idToken?: unknown }).idToken == null) return undefined;
  return { data: { ...data, idToken: null } };
}
