import { AsyncLocalStorage } from 'node:async_hooks';

/** Fields that every line logged while serving one request carries. */
export interface LogContext {
  reqId?: string;
  userId?: string;
  orgId?: string;
}

// Kept on globalThis, like the tracer: the built server holds two copies of this module (nitro's entry and
// the SSR bundle), and a line logged through either while a request is served must carry its context.
const holder = globalThis as typeof globalThis & { __kitLogContext?: AsyncLocalStorage<LogContext> };
holder.__kitLogContext ??= new AsyncLocalStorage<LogContext>();
const storage = holder.__kitLogContext;

/**
 * Runs `work` with `context` added to each line logged inside it, by any package: better-auth's
 * messages and a mail transport's errors carry the request id without being handed it.
 */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}

/**
 * Names the user (and active organization) the request acts for once that is learnt while serving it, as
 * better-auth's endpoints learn it: the lines logged after, the request's own line among them, carry them.
 * Outside a request it does nothing.
 */
export function addUserToLogContext(fields: Pick<LogContext, 'userId' | 'orgId'>): void {
  const context = storage.getStore();
  if (context) Object.assign(context, fields);
}
