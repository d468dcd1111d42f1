import { getDatabase } from '@kit/database';
import { account, passkey } from '@kit/database/schema';
import { asc, eq } from 'drizzle-orm';

export interface LinkedAccountView {
  /** PASSWORD_PROVIDER_ID (@kit/better-auth/sign-in-methods) for email + password, else the provider's id. */
  providerId: string;
  /** The linked account's row id (better-auth's `account` table): what unlinking names. */
  id: string;
  createdAt: Date;
}

export interface PasskeyView {
  id: string;
  name: string | null;
  createdAt: Date | null;
}

/** The user's credentials: their linked accounts (the password is one) and passkeys. */
export async function listCredentials(
  userId: string,
): Promise<{ linkedAccounts: LinkedAccountView[]; passkeys: PasskeyView[] }> {
  const db = getDatabase();
  const [linkedAccounts, passkeys] = await Promise.all([
    db
      .select({ providerId: account.providerId, id: account.id, createdAt: account.createdAt })
      .from(account)
      .where(eq(account.userId, userId))
      .orderBy(asc(account.createdAt)),
    db
      .select({ id: passkey.id, name: passkey.name, createdAt: passkey.createdAt })
      .from(passkey)
      .where(eq(passkey.userId, userId))
      .orderBy(asc(passkey.createdAt)),
  ]);
  return { linkedAccounts, passkeys };
}
