/** The pages every layout, accessibility and screenshot check walks through. */
export const publicPages = ['/', '/auth/sign-in', '/auth/sign-up', '/auth/forgot-password'];

export const appPages = [
  '/dashboard',
  '/settings/profile',
  '/settings/security',
  '/settings/sessions',
  '/settings/organization',
  '/settings/members',
  '/settings/billing',
  '/settings/activity',
  '/organizations/new',
];

export function adminPages(ids: { userId: string; organizationId: string }): string[] {
  return [
    '/admin',
    '/admin/users',
    `/admin/users/${ids.userId}`,
    '/admin/organizations',
    `/admin/organizations/${ids.organizationId}`,
    '/admin/audit',
  ];
}
