// Browser-safe: the shape of the session the root route loads for every navigation.

/** Who is signed in, as the root route loads it for every navigation (the app's `fetchAuthState`). */
export interface AuthState {
  user: {
    id: string;
    name: string;
    email: string;
    image: string | null;
    isAdmin: boolean;
    twoFactorEnabled: boolean;
  } | null;
  activeOrganizationId: string | null;
  organizationRole: string | null;
  impersonatedBy: string | null;
}
