import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// The app's own tables (apps/web/migrations) go into the template database after the kit's: the
// package's global setup reads this (packages import no app code).
process.env.APP_MIGRATIONS_FOLDER ??= fileURLToPath(new URL('./apps/web/migrations', import.meta.url));

// One run, one PostgreSQL server (started in the global setup); each test file gets its own database.
export default defineConfig({
  test: {
    globalSetup: ['./packages/database/src/testing/vitest-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'packages',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'packages/stripe-stand-in/**'],
          setupFiles: [
            './packages/database/src/testing/vitest-database-per-file.ts',
            './packages/better-auth/src/testing/vitest-configure-auth.ts',
          ],
        },
      },
      {
        // Needs no database and no auth: none of the per-file setup.
        extends: true,
        test: { name: 'stripe-stand-in', include: ['packages/stripe-stand-in/src/**/*.test.ts'] },
      },
      {
        extends: true,
        // Tests that import app modules resolve their `~/` imports (apps/web/tsconfig.json). Those that use
        // messages need the generated src/paraglide: `pnpm typecheck` or `pnpm --filter @kit/web i18n:compile`.
        resolve: { tsconfigPaths: true },
        test: {
          name: 'web',
          include: ['apps/web/tests/**/*.test.ts'],
          setupFiles: ['./packages/database/src/testing/vitest-database-per-file.ts'],
        },
      },
    ],
  },
});
