import appJournal from '../../../migrations/meta/_journal.json' with { type: 'json' };
import { isShuttingDown } from './shutdown-state';

const PROBE_TIMEOUT_MS = 2_000;

interface DatabaseState {
  db: 'up' | 'down' | 'unknown';
  migrations: 'applied' | 'pending' | 'unknown';
}

export interface Readiness extends DatabaseState {
  ready: boolean;
  shuttingDown: boolean;
}

// Applied migrations stay applied: once this build's are all in, only the connection is checked again.
let migrationsSeenApplied = false;

async function probeDatabase(): Promise<DatabaseState> {
  try {
    // The database client loads with the first probe, not with every page's route tree.
    const [{ getDatabase }, { APP_MIGRATIONS_TABLE, kitMigrations, pendingMigrations }, { sql }] =
      await Promise.all([
        import('@kit/database'),
        import('@kit/database/migration-status'),
        import('drizzle-orm'),
      ]);
    const db = getDatabase();
    await db.execute(sql`select 1`);
    if (!migrationsSeenApplied) {
      const pending = await pendingMigrations(db, [
        kitMigrations,
        { journal: appJournal, migrationsTable: APP_MIGRATIONS_TABLE },
      ]);
      migrationsSeenApplied = pending.length === 0;
    }
    return { db: 'up', migrations: migrationsSeenApplied ? 'applied' : 'pending' };
  } catch {
    return { db: 'down', migrations: 'unknown' };
  }
}

/**
 * Whether this instance should get new traffic: the database answers, it has every migration this
 * build ships (the kit's and the app's), and the server is not shutting down.
 */
export async function checkReadiness(): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, db: 'unknown', migrations: 'unknown', shuttingDown: true };
  const timeout = new Promise<DatabaseState>((resolve) =>
    setTimeout(() => resolve({ db: 'down', migrations: 'unknown' }), PROBE_TIMEOUT_MS).unref(),
  );
  const state = await Promise.race([probeDatabase(), timeout]);
  const shuttingDown = isShuttingDown();
  const ready = state.db === 'up' && state.migrations === 'applied' && !shuttingDown;
  return { ...state, ready, shuttingDown };
}
