// The dashboard's data, read after the page is interactive (React Query): the page's own render stays
// at the one session statement. GET: reading the dashboard is not a mutation and must not use up the
// per-user limit of mutating server functions. The account is the session's, never the input's.
import { authQuery, organizationQuery, validateInput } from '@kit/action-middleware';
import { dashboardInputSchema } from './dashboard.schemas';
import { getOrganizationDashboard, getPersonalDashboard } from './dashboard.service';

/** The active organization's summary; invitations only for roles that may invite. */
export const fetchDashboardSummary = organizationQuery
  .validator(validateInput(dashboardInputSchema))
  .handler(({ context }) => getOrganizationDashboard(context));

/** The personal account's summary: the caller's own security status and invitations. */
export const fetchMyDashboardSummary = authQuery
  .validator(validateInput(dashboardInputSchema))
  .handler(({ context }) => getPersonalDashboard(context));

export type {
  DashboardInvitation,
  DashboardMember,
  DashboardPlan,
  DashboardProject,
  InvitationForYou,
  OrganizationDashboard,
  PersonalDashboard,
} from './dashboard.service';
