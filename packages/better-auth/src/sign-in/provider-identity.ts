import type { BetterAuthOptions } from 'better-auth';
import { getOAuthState } from 'better-auth/api';
import { TWO_FACTOR_REQUIRED } from './magic-link';

type ValidateUserInfo = NonNullable<NonNullable<BetterAuthOptions['user']>['validateUserInfo']>;

export const PROVIDER_EMAIL_NOT_VERIFIED = 'provider_email_not_verified';
export const LOCAL_EMAIL_NOT_VERIFIED = 'local_email_not_verified';

/**
 * Account linking only between verified addresses. A provider account whose email the provider has not
 * verified neither creates a user nor joins one; a user whose own address is unverified takes no
 * provider link (better-auth already refuses the implicit link to it: `requireLocalEmailVerified`).
 * "Continue with <provider>" does not join a user who has two-factor on: that would pass their second
 * factor on the strength of the email alone; they sign in with password and code and links the
 * provider in settings. Returning sign-ins of an already linked provider account are bound by the
 * provider's subject, not the email, and pass.
 */
export const verifiedIdentitiesOnly: ValidateUserInfo = async ({ user, source }, ctx) => {
  if (source.method !== 'oauth') return;
  if (source.action === 'sign-in') return;
  if (!user.emailVerified) {
    return {
      error: PROVIDER_EMAIL_NOT_VERIFIED,
      errorDescription: 'The provider has not verified this email address.',
    };
  }
  if (source.action === 'link-account' && typeof user.id === 'string') {
    const local = await ctx.context.internalAdapter.findUserById(user.id);
    if (!local?.emailVerified) {
      return {
        error: LOCAL_EMAIL_NOT_VERIFIED,
        errorDescription: 'Verify your email address before linking a provider.',
      };
    }
    // A link asked for from settings carries the signed-in user in its state; an implicit one does not.
    const fromSettings = Boolean((await getOAuthState())?.link);
    if (!fromSettings && (local as { twoFactorEnabled?: boolean | null }).twoFactorEnabled) {
      return {
        error: TWO_FACTOR_REQUIRED,
        errorDescription: 'Sign in with your password and code, then link the provider in your settings.',
      };
    }
  }
};
