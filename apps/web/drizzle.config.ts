import { defineConfig } from 'drizzle-kit';

// The app's own tables: every `src/features/<feature>/<feature>.table.ts`. Their migrations live in
// `migrations/` here, recorded in their own history table, and are applied after the kit's
// (packages/database) by `pnpm db:migrate`, `pnpm dev` and the test setups (scripts/lib/app-migrations.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/features/*/*.table.ts',
  out: './migrations',
  migrations: { table: '__app_migrations' },
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost:5432/kit' },
});
