import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';

export const PASSKEY_USER_VERIFICATION_REQUIRED = 'PASSKEY_USER_VERIFICATION_REQUIRED';

/**
 * A passkey signs in without the TOTP step because it is two factors: the device, and the fingerprint,
 * face or PIN that unlocks it. That holds only when the authenticator says it verified the user (the UV
 * flag); a security key without a PIN, or an assertion made without asking, is the device alone. So
 * every passkey sign-in needs the UV flag, for every user (one rule: turning two-factor on later does
 * not change which passkeys work). The browser is asked for it too (`userVerification: 'required'` in
 * the registration and sign-in options), so it prompts instead of skipping.
 */
export function requireUserVerification({
  verification,
}: {
  verification: { authenticationInfo: { userVerified: boolean } };
}): void {
  if (verification.authenticationInfo.userVerified) return;
  throw new APIError('UNAUTHORIZED', {
    code: PASSKEY_USER_VERIFICATION_REQUIRED,
    message:
      'The passkey did not verify you (fingerprint, face or PIN). Use one that does, or sign in another way.',
  });
}

/** The passkey plugin asks the browser for user verification only as 'preferred' at sign-in. */
export const passkeySignInRequiresUserVerification: BetterAuthPlugin = {
  id: 'kit-passkey-user-verification',
  hooks: {
    after: [
      {
        matcher: (ctx) => ctx.path === '/passkey/generate-authenticate-options',
        handler: createAuthMiddleware(async (ctx) => {
          const options = ctx.context.returned;
          if (!options || typeof options !== 'object' || !('challenge' in options)) return;
          return ctx.json({ ...options, userVerification: 'required' });
        }),
      },
    ],
  },
};
