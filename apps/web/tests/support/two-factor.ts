import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import type { HttpClient } from './http-client';

export interface SecondFactor {
  /** The authenticator's current code. */
  totp: () => Promise<string>;
  /** A six-digit code that is not the current one. */
  wrongCode: () => Promise<string>;
  backupCodes: string[];
}

/**
 * Turns two-factor on as the settings page does: password, then a code from the authenticator. The
 * client must be signed in with a fresh session; it ends with the session that verification opened.
 */
export async function enableTwoFactor(client: HttpClient, password: string): Promise<SecondFactor> {
  const enabled = await client.authPost('two-factor/enable', { password });
  if (enabled.status !== 200) throw new Error(`two-factor/enable answered ${enabled.status}`);
  const { totpURI, backupCodes } = (await enabled.json()) as { totpURI: string; backupCodes: string[] };
  const secret = base32.decode(new URL(totpURI).searchParams.get('secret') ?? '');
  const totp = () => createOTP(secret).totp();
  const verified = await client.authPost('two-factor/verify-totp', { code: await totp() });
  if (verified.status !== 200) throw new Error(`two-factor/verify-totp answered ${verified.status}`);
  return {
    totp,
    wrongCode: async () => String((Number(await totp()) + 500_000) % 1_000_000).padStart(6, '0'),
    backupCodes,
  };
}
