import type { Logger } from 'drizzle-orm';
import { createDatabase, type DatabaseHandle } from './client';
import { parseDatabaseEnv } from './env';

type QueryListener = (query: string, params: unknown[]) => void;

const queryListeners = new Set<QueryListener>();

const listenerLogger: Logger = {
  logQuery(query, params) {
    for (const listener of queryListeners) listener(query, params);
  },
};

/** Calls `listener` for every query the process-wide database runs (tests count queries with it). */
export function onDatabaseQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

// Kept on globalThis so that dev-server module reloads reuse the one connection (PGlite allows one).
const globalForDatabase = globalThis as typeof globalThis & {
  __kitDatabase?: DatabaseHandle;
  __kitDatabaseClosedByOwner?: boolean;
};

/**
 * The production server closes the database itself, after the requests in flight (its graceful
 * shutdown); without this call the first SIGTERM or SIGINT closes it and exits (scripts, dev server).
 */
export function closeDatabaseOnShutdownYourself(): void {
  globalForDatabase.__kitDatabaseClosedByOwner = true;
}

/** Ends the process-wide pool, if one was opened: running queries finish, new ones are refused. */
export async function closeDatabase(): Promise<void> {
  const handle = globalForDatabase.__kitDatabase;
  globalForDatabase.__kitDatabase = undefined;
  await handle?.close();
}

/**
 * The process-wide database: postgres.js when DATABASE_URL is set (pool size DATABASE_POOL_SIZE,
 * prepared statements unless DATABASE_PREPARE=false), embedded PGlite otherwise.
 */
export function getDatabaseHandle(): DatabaseHandle {
  if (!globalForDatabase.__kitDatabase) {
    const env = parseDatabaseEnv();
    const handle = createDatabase({
      url: env.url,
      maxConnections: env.poolSize,
      prepare: env.prepare,
      logger: listenerLogger,
    });
    globalForDatabase.__kitDatabase = handle;
    if (!globalForDatabase.__kitDatabaseClosedByOwner) {
      const shutdown = () => {
        void handle.close().finally(() => process.exit(0));
      };
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
    }
  }
  return globalForDatabase.__kitDatabase;
}

export function getDatabase() {
  return getDatabaseHandle().db;
}
