import { z } from 'zod';

// Strict: the dashboard is always the session's account; an organizationId (or anything else) in the
// input is refused with a 400, not silently dropped.
export const dashboardInputSchema = z.strictObject({}).optional();

/** How many of each list the dashboard shows; the counts say how many there are in all. */
export const DASHBOARD_LIST_SIZE = { members: 5, projects: 3, invitations: 3, myInvitations: 3 } as const;

/** The name of the dashboard's data in the session statement of a /dashboard render. */
export const DASHBOARD_PAGE_DATA = 'dashboard';
