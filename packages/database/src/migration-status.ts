import { max } from 'drizzle-orm';
import { bigint, pgSchema, serial, text } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import kitJournal from '../migrations/meta/_journal.json' with { type: 'json' };
import type { Database } from './client';

const journalSchema = z.object({
  entries: z.array(z.object({ tag: z.string(), when: z.number() })),
});

/** A shipped drizzle-kit journal (`migrations/meta/_journal.json`) and the table recording it. */
export interface ShippedMigrations {
  /** The parsed `_journal.json`. */
  journal: unknown;
  /** Default `__drizzle_migrations` (the kit's). */
  migrationsTable?: string;
}

/** The history table of an app's own migrations, so that the app's and the kit's never interfere. */
export const APP_MIGRATIONS_TABLE = '__app_migrations';

/** The kit's own migrations, as this build ships them. */
export const kitMigrations: ShippedMigrations = { journal: kitJournal };

// The history table drizzle's migrator writes (schema `drizzle`): one row per applied migration,
// `created_at` being the journal entry's `when`.
function historyTable(name: string) {
  return pgSchema('drizzle').table(name, {
    id: serial('id').primaryKey(),
    hash: text('hash').notNull(),
    createdAt: bigint('created_at', { mode: 'number' }),
  });
}

const UNDEFINED_TABLE_CODES = new Set(['42P01', '3F000']);

function isMissingTable(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && UNDEFINED_TABLE_CODES.has(code)) return true;
  }
  return false;
}

/**
 * The shipped migrations the database has not applied yet, by tag, decided as drizzle's migrator decides
 * what to apply: every journal entry newer than the newest one recorded.
 */
export async function pendingMigrations(db: Database, sets: ShippedMigrations[]): Promise<string[]> {
  const pending: string[] = [];
  for (const set of sets) {
    const { entries } = journalSchema.parse(set.journal);
    const table = historyTable(set.migrationsTable ?? '__drizzle_migrations');
    let lastApplied = Number.NEGATIVE_INFINITY;
    try {
      const [row] = await db.select({ last: max(table.createdAt) }).from(table);
      lastApplied = row?.last ?? Number.NEGATIVE_INFINITY;
    } catch (error) {
      if (!isMissingTable(error)) throw error;
    }
    pending.push(...entries.filter((entry) => entry.when > lastApplied).map((entry) => entry.tag));
  }
  return pending;
}
