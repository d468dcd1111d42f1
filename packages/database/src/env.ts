import { z } from 'zod';

const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  /** Connections each server process opens at most. */
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000' })
    .int({ error: 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000' })
    .min(1, { error: 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000' })
    .max(1000, { error: 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000' })
    .default(10),
  /**
   * "false" behind a pooler in transaction mode (PgBouncer before 1.21, Supabase's and Neon's poolers):
   * a named prepared statement lives on one server connection, and such a pooler hands the next
   * statement to any of them.
   */
  DATABASE_PREPARE: z
    .enum(['true', 'false'], { error: 'DATABASE_PREPARE must be true or false' })
    .default('true'),
});

export interface DatabaseEnv {
  url: string | undefined;
  poolSize: number;
  prepare: boolean;
}

export class DatabaseEnvError extends Error {
  override name = 'DatabaseEnvError';
}

/** The database settings of the environment; throws a DatabaseEnvError naming each invalid variable. */
export function parseDatabaseEnv(source: Record<string, string | undefined> = process.env): DatabaseEnv {
  const result = databaseEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.message}`);
    throw new DatabaseEnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  return {
    url: env.DATABASE_URL,
    poolSize: env.DATABASE_POOL_SIZE,
    prepare: env.DATABASE_PREPARE === 'true',
  };
}
