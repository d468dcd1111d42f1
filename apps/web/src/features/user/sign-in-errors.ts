import { m } from '~/paraglide/messages';

/**
 * The `?error=` a provider callback or an emailed link sends back to the sign-in page, as a sentence
 * that says what to do. Codes are better-auth's (oauth2/errors, magic-link) and the kit's own
 * (provider_email_not_verified, two_factor_required).
 */
export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  switch (code.toLowerCase()) {
    case 'account_not_linked':
    case 'local_email_not_verified':
      return m.sign_in_error_account_not_linked();
    case 'provider_email_not_verified':
      return m.sign_in_error_provider_email_not_verified();
    case 'email_not_verified':
      return m.sign_in_error_email_not_verified();
    case 'two_factor_required':
      return m.sign_in_error_two_factor_required();
    case 'invalid_token':
    case 'expired_token':
      return m.sign_in_error_link_invalid();
    case 'new_user_signup_disabled':
      return m.sign_in_error_signup_disabled();
    case 'banned_user':
      return m.auth_banned();
    default:
      return m.sign_in_error_provider();
  }
}

/** The `?error=` a link attempt sends back to the security page. */
export function linkErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  switch (code.toLowerCase()) {
    case 'email_does_not_match':
      return m.linked_accounts_link_error_email_mismatch();
    case 'local_email_not_verified':
      return m.linked_accounts_link_error_local_unverified();
    case 'account_already_linked_to_different_user':
      return m.linked_accounts_link_error_taken();
    case 'provider_email_not_verified':
      return m.sign_in_error_provider_email_not_verified();
    default:
      return m.linked_accounts_link_error();
  }
}
