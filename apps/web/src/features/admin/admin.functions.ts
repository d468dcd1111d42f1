import { adminQuery, validateInput } from '@kit/action-middleware';
import {
  listAuditSchema,
  listOrganizationsSchema,
  listUsersSchema,
  organizationIdSchema,
  userIdSchema,
} from './admin.schemas';
import { queryAuditPage } from './audit.service';
import { queryOrganizationDetail, queryOrganizationPage } from './organizations.service';
import { queryOverview } from './overview.service';
import { queryUserDetail } from './user-detail.service';
import { queryUserPage } from './users.service';

export const fetchAdminOverview = adminQuery.handler(() => queryOverview());

/** One page of users with search, filters and sorting. */
export const listUsers = adminQuery
  .validator(validateInput(listUsersSchema))
  .handler(({ data }) => queryUserPage(data));

export const fetchAdminUser = adminQuery
  .validator(validateInput(userIdSchema))
  .handler(({ data }) => queryUserDetail(data.userId));

export const listOrganizations = adminQuery
  .validator(validateInput(listOrganizationsSchema))
  .handler(({ data }) => queryOrganizationPage(data));

export const fetchAdminOrganization = adminQuery
  .validator(validateInput(organizationIdSchema))
  .handler(({ data }) => queryOrganizationDetail(data.organizationId));

export const listAuditLog = adminQuery
  .validator(validateInput(listAuditSchema))
  .handler(({ data }) => queryAuditPage(data));
