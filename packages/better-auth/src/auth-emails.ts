/** Someone to write to, and the link the email carries. */
export interface AuthEmailMessage {
  user: { email: string; name: string };
  url: string;
}

/**
 * The emails better-auth asks for, written and sent by the app (`configureAuth`). Resolve at once: the
 * answer to the request (and its timing) must not depend on whether an email went out, or an attacker
 * could tell which addresses are registered.
 */
export interface AuthEmails {
  /**
   * Confirm an address: after sign-up, a sign-in before confirming, or an email change. `request` is the
   * one that caused the email (its cookie and Accept-Language tell the recipient's language).
   */
  sendVerificationEmail: (message: AuthEmailMessage, request?: Request) => Promise<void>;
  /** A link to choose a new password. */
  sendPasswordResetEmail: (message: AuthEmailMessage, request?: Request) => Promise<void>;
  /** A one-time sign-in link (15 minutes); asked for only when the address is a user's. */
  sendMagicLinkEmail: (message: AuthEmailMessage, request?: Request) => Promise<void>;
}
