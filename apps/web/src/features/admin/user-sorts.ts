/** The columns the admin user list sorts by. Zod-free: the users route reads it from the URL. */
export const USER_SORTS = ['created', 'name', 'email'] as const;
export type UserSort = (typeof USER_SORTS)[number];
