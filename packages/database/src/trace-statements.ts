import { spanUntilSettled } from '@kit/logger';
import type { Sql } from 'postgres';

const FIRST_WORD = /^\s*(\w+)/;

function traced<T extends PromiseLike<unknown>>(query: string, pending: T): T {
  const operation = FIRST_WORD.exec(query)?.[1]?.toUpperCase() ?? 'SQL';
  // The statement's text, never its parameters (they carry tokens and passwords).
  spanUntilSettled(
    `db ${operation}`,
    { 'db.system.name': 'postgresql', 'db.operation.name': operation, 'db.query.text': query },
    pending,
  );
  return pending;
}

type Scoped = (sql: Sql) => unknown;

/**
 * The postgres.js client with a span per statement that drizzle sends (`unsafe`), in transactions too.
 * Only used when traces are exported: otherwise the client is handed to drizzle untouched.
 * postgres.js starts a query on its first `then` but sends it a microtask later, so drizzle's
 * `.values()` right after `unsafe()` still applies.
 */
export function traceStatements(client: Sql): Sql {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe') {
        return (query: string, ...rest: unknown[]) =>
          traced(query, (target.unsafe as (...args: unknown[]) => PromiseLike<unknown>)(query, ...rest));
      }
      if (key === 'begin' || key === 'savepoint') {
        const original = Reflect.get(target, key, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const scoped = args.pop() as Scoped;
          return original(...args, (sql: Sql) => scoped(traceStatements(sql)));
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
