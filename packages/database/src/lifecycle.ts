// The process-wide database's shutdown, without the database client: the server's start registers it
// (apps/web/src/server-plugins/graceful-shutdown.ts), and postgres.js or PGlite load only with the first
// query (database.ts).
import type { DatabaseHandle } from './client';

// Kept on globalThis so that dev-server module reloads reuse the one connection (PGlite allows one).
export const globalForDatabase = globalThis as typeof globalThis & {
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

/**
 * Ends the process-wide pool, if one was opened: new queries are refused, running ones get up to
 * `timeoutSeconds` (default 5) to finish before their connections are cut.
 */
export async function closeDatabase(options?: { timeoutSeconds?: number }): Promise<void> {
  const handle = globalForDatabase.__kitDatabase;
  globalForDatabase.__kitDatabase = undefined;
  await handle?.close(options);
}
