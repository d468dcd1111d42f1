// Browser-safe: who is signed in, as the server sends it to the browser. The server's own `Identity`
// (context.ts) carries the full session and user rows; this is its serializable projection.

/** An organization's subscription as the billing webhooks last stored it (@kit/billing/access reads it). */
export interface MembershipSubscription {
  planId: string | null;
  status: string | null;
  /** ISO time the subscription turned past due; null when it is not. */
  pastDueSince: string | null;
}

/** One organization the user belongs to, with the user's role in it and its subscription (null: none). */
export interface Membership {
  id: string;
  name: string;
  slug: string;
  logo: string | null;
  role: string;
  subscription: MembershipSubscription | null;
}

/** The signed-in user's public fields. */
export interface IdentityUser {
  id: string;
  name: string;
  email: string;
  image: string | null;
  isAdmin: boolean;
  twoFactorEnabled: boolean;
  /** Finished (or skipped) onboarding: the `_authed` guard sends a user without it to /onboarding. */
  onboarded: boolean;
}

/**
 * Who is signed in (`user: null` when nobody is), the organization the session works in (`null`: the
 * personal account) with the user's `role` there, and every organization the user belongs to.
 */
export interface ClientIdentity {
  user: IdentityUser | null;
  /** The admin's user id while an admin is impersonating this user. */
  impersonatedBy: string | null;
  activeOrganizationId: string | null;
  role: string | null;
  /** The active organization's subscription (null: the personal account, or never subscribed). */
  subscription: MembershipSubscription | null;
  organizations: Membership[];
  /**
   * Billing is on on this server (the app decides: STRIPE_SECRET_KEY is set): plans limit organizations
   * and the billing pages exist. Carried here so that no page asks for it separately.
   */
  billingEnabled: boolean;
}

export const SIGNED_OUT: ClientIdentity = {
  user: null,
  impersonatedBy: null,
  activeOrganizationId: null,
  role: null,
  subscription: null,
  organizations: [],
  billingEnabled: false,
};
