import type { Logger } from 'drizzle-orm';
import { createDatabase, type DatabaseHandle } from './client';
import { parseDatabaseEnv } from './env';
import { globalForDatabase } from './lifecycle';

export { closeDatabase, closeDatabaseOnShutdownYourself } from './lifecycle';

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
