import type { Logger } from 'drizzle-orm';
import { createDatabase, type DatabaseHandle } from './client';

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
const globalForDatabase = globalThis as typeof globalThis & { __kitDatabase?: DatabaseHandle };

/** The process-wide database: postgres.js when DATABASE_URL is set, embedded PGlite otherwise. */
export function getDatabaseHandle(): DatabaseHandle {
  if (!globalForDatabase.__kitDatabase) {
    const handle = createDatabase({ url: process.env.DATABASE_URL || undefined, logger: listenerLogger });
    globalForDatabase.__kitDatabase = handle;
    const shutdown = () => {
      void handle.close().finally(() => process.exit(0));
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  }
  return globalForDatabase.__kitDatabase;
}

export function getDatabase() {
  return getDatabaseHandle().db;
}
