export {
  adminAction,
  adminQuery,
  authAction,
  authQuery,
  organizationAction,
  organizationQuery,
} from './actions';
export {
  type AuthContext,
  authorizeAdmin,
  authorizeOrganization,
  authorizeUser,
  type OrganizationContext,
} from './authorize';
export { withAdminPermission, withOrganizationPermission } from './middleware';
export { type FieldErrors, ValidationError, validateInput } from './validate-input';
