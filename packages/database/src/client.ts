import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { isTracingRequested } from '@kit/logger';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { defaultPgliteDataDir } from './paths';
import * as schema from './schema';
import { traceStatements } from './trace-statements';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseOptions {
  /** postgres:// URL. When absent, an embedded PGlite database is used. */
  url?: string;
  /** Where PGlite keeps its files; defaults to `.data/pglite` at the repository root. */
  dataDir?: string;
  /** Connection pool size for postgres.js. */
  maxConnections?: number;
  /**
   * Named prepared statements (postgres.js `prepare`, default true). Off behind a pooler in transaction
   * mode: every statement, drizzle's `.prepare()`d ones included, then goes as an unnamed one.
   */
  prepare?: boolean;
  logger?: Logger;
}

export interface DatabaseHandle {
  db: Database;
  driver: 'postgres' | 'pglite';
  /** Ends the pool: running queries get up to `timeoutSeconds` (default 5) before their connections are cut. */
  close: (options?: { timeoutSeconds?: number }) => Promise<void>;
}

export function createDatabase(options: DatabaseOptions = {}): DatabaseHandle {
  const logger = options.logger ?? false;
  if (options.url) {
    const rawClient = postgres(options.url, {
      max: options.maxConnections ?? 10,
      // Idle connections must not keep a stopped server alive.
      idle_timeout: 20,
      prepare: options.prepare ?? true,
      onnotice: () => {},
    });
    const client = isTracingRequested() ? traceStatements(rawClient) : rawClient;
    return {
      db: drizzlePostgres({ client, schema, logger }),
      driver: 'postgres',
      close: ({ timeoutSeconds = 5 } = {}) => client.end({ timeout: timeoutSeconds }),
    };
  }
  const dataDir = options.dataDir ?? defaultPgliteDataDir();
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  // The migrations create pg_trgm (admin search); PGlite ships it as a loadable extension.
  const client = new PGlite(dataDir, { extensions: { pg_trgm } });
  return {
    db: drizzlePglite({ client, schema, logger }),
    driver: 'pglite',
    close: () => client.close(),
  };
}
