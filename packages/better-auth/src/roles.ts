// Reading the role strings better-auth stores, without its access-control module: the identity read on
// every request needs no more than this (permissions.ts has the role definitions).

/** The roles in a stored role string (better-auth stores several comma-separated). */
export function rolesOf(role: string | null | undefined): string[] {
  return (role ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function isAdminRole(role: string | null | undefined): boolean {
  return rolesOf(role).includes('admin');
}

export function isOwnerRole(role: string | null | undefined): boolean {
  return rolesOf(role).includes('owner');
}
