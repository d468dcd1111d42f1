/** The columns the admin organization list sorts by. Zod-free: the organizations route reads it from the URL. */
export const ORGANIZATION_SORTS = ['created', 'name', 'members'] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];
