import { getSession } from '@kit/better-auth/context';
import { getAuthEnv } from '@kit/better-auth/setup';
import { HttpError } from '@kit/errors';
import { createMiddleware } from '@tanstack/react-start';
import { getRequest, setResponseHeader } from '@tanstack/react-start/server';
import { m } from '~/paraglide/messages';
import { mutatingServerFunctionIdOf } from './server-fn-id';

/** Calls of one mutating server function one user may make per window. */
export const serverFunctionLimit = { max: 30, windowSeconds: 60 } as const;

/**
 * Mutating (POST) server functions are limited per user and function, in the database so that every
 * instance shares the count: a script cannot resend an invitation or rename an organization hundreds of
 * times a minute. Off with AUTH_RATE_LIMIT=false, like the auth endpoints' limits.
 */
export const serverFunctionRateLimitMiddleware = createMiddleware({ type: 'function' }).server(
  async ({ next }) => {
    const request = getRequest();
    const functionId = mutatingServerFunctionIdOf(request);
    if (!functionId || !getAuthEnv().rateLimitEnabled) return next();
    const session = await getSession(request);
    if (!session) return next();
    const [{ getDatabase }, { consumeAllowance }] = await Promise.all([
      import('@kit/database'),
      import('@kit/database/rate-limits'),
    ]);
    const allowance = await consumeAllowance(
      getDatabase(),
      `server-fn:${session.user.id}:${functionId}`,
      serverFunctionLimit,
    );
    if (!allowance.allowed) {
      setResponseHeader('Retry-After', String(allowance.retryAfterSeconds));
      throw new HttpError(
        429,
        m.err_too_many_requests({ seconds: allowance.retryAfterSeconds }),
        'TOO_MANY_REQUESTS',
      );
    }
    return next();
  },
);
