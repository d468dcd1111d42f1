import type { AuthEmails } from './auth-emails';
import type { SignInMethods } from './sign-in-methods';

/** What the app decides: how the emails better-auth asks for are written and sent, and how people sign in. */
export interface AuthConfiguration {
  emails: AuthEmails;
  signInMethods: SignInMethods;
  /** Where a failed provider sign-in or emailed link lands, with `?error=<code>`. */
  signInPath: string;
  /** Where a provider sign-in of a user with two-factor on asks for the code, with `?redirect=<path>`. */
  twoFactorPath: string;
  /**
   * The language of a request ("de"), stored on a user created by it (`user.locale`) so emails sent
   * without a request of theirs (billing webhooks) speak it. Without it new users have no stored locale.
   */
  localeOf?: (request: Request) => string;
}
