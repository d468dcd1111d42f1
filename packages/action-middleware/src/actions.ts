// Server-function builders with authorization pre-bound. They are constants, not factory functions,
// because Start's compiler only recognises a server function whose builder it can trace statically to
// createServerFn; a builder returned from a function call is invisible to it.
//
//   export const renameOrganization = organizationAction
//     .middleware([withOrganizationPermission({ organization: ['update'] })])
//     .validator(validateInput(schema))
//     .handler(({ data, context }) => ...)
import { createServerFn } from '@tanstack/react-start';
import { adminMiddleware, authMiddleware, organizationMiddleware } from './middleware';

/** POST server function for any signed-in user: `context.user`, `context.session`. */
export const authAction = createServerFn({ method: 'POST' }).middleware([authMiddleware]);
/** GET (read-only) variant of authAction. */
export const authQuery = createServerFn({ method: 'GET' }).middleware([authMiddleware]);

/** POST server function scoped to the active organization: `context.activeOrganizationId`, `context.role`. */
export const organizationAction = createServerFn({ method: 'POST' }).middleware([organizationMiddleware]);
/** GET (read-only) variant of organizationAction. */
export const organizationQuery = createServerFn({ method: 'GET' }).middleware([organizationMiddleware]);

/** POST server function for app-level admins. */
export const adminAction = createServerFn({ method: 'POST' }).middleware([adminMiddleware]);
/** GET (read-only) variant of adminAction. */
export const adminQuery = createServerFn({ method: 'GET' }).middleware([adminMiddleware]);
