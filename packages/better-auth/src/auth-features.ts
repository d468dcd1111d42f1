/** Switches of the auth flows, in one place. Each can be overridden by an environment variable. */
export const authFeatures = {
  /** Users confirm their email address before they can sign in (REQUIRE_EMAIL_VERIFICATION=false). */
  requireEmailVerification: true,
} as const;
