import { AsyncLocalStorage } from 'node:async_hooks';

/** Fields that every line logged while serving one request carries. */
export interface LogContext {
  reqId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

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
