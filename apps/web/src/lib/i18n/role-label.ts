import { m } from '~/paraglide/messages';

const LABELS: Record<string, () => string> = {
  owner: m.role_owner,
  admin: m.role_admin,
  member: m.role_member,
  user: m.role_user,
};

/** An organization or platform role as the reader's language names it (unknown roles as they are). */
export function roleLabel(role: string): string {
  return LABELS[role]?.() ?? role;
}
