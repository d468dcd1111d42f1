import { adminQuery, validateInput } from '@kit/action-middleware';
import {
  listAuditSchema,
  listOrganizationsSchema,
  listUsersSchema,
  organizationIdSchema,
  userIdSchema,
} from './admin.schemas';
import { listAuditEntries } from './audit.service';
import { getOrganizationDetail, listOrganizations } from './organizations.service';
import { getOverview } from './overview.service';
import { getUserDetail, listUsers } from './users.service';

export const fetchAdminOverview = adminQuery.handler(() => getOverview());

/** One page of users with search, filters and sorting. */
export const fetchAdminUsers = adminQuery
  .validator(validateInput(listUsersSchema))
  .handler(({ data }) => listUsers(data));

export const fetchAdminUser = adminQuery
  .validator(validateInput(userIdSchema))
  .handler(({ data }) => getUserDetail(data.userId));

export const fetchAdminOrganizations = adminQuery
  .validator(validateInput(listOrganizationsSchema))
  .handler(({ data }) => listOrganizations(data));

export const fetchAdminOrganization = adminQuery
  .validator(validateInput(organizationIdSchema))
  .handler(({ data }) => getOrganizationDetail(data.organizationId));

export const fetchAuditLog = adminQuery
  .validator(validateInput(listAuditSchema))
  .handler(({ data }) => listAuditEntries(data));
