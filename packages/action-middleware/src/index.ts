export type { Identity, OrganizationIdentity } from '@kit/better-auth/context';
export { type FieldErrors, ValidationError } from '@kit/errors';
export {
  adminAction,
  adminQuery,
  authAction,
  authQuery,
  organizationAction,
  organizationQuery,
} from './actions';
export {
  notWhileImpersonating,
  SESSION_ENDED_EVENT,
  withAdminPermission,
  withOrganizationPermission,
  withWriteAccess,
} from './middleware';
export { validateInput } from './validate-input';
