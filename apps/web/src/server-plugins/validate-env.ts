import { EnvError, parseAuthEnv } from '@kit/better-auth/env';
import { DatabaseEnvError, parseDatabaseEnv } from '@kit/database/env';
import { logger } from '@kit/logger';
import { definePlugin } from 'nitro';

// Replaced at build time: true in the built server. A production build runs as production whatever
// NODE_ENV the host set (or forgot), so it can never fall back to the development secret or database.
const isProductionBuild = process.env.NODE_ENV === 'production';

// Runs when the server process starts (Start's own entry loads lazily, on the first request): refuse to
// serve with a missing or weak configuration, and name what is wrong.
export default definePlugin(() => {
  const runtimeEnv = process.env;
  if (isProductionBuild && runtimeEnv.NODE_ENV !== 'production') {
    if (runtimeEnv.NODE_ENV)
      logger.warn(`NODE_ENV=${runtimeEnv.NODE_ENV} ignored: this is a production build.`);
    runtimeEnv.NODE_ENV = 'production';
  }
  try {
    parseAuthEnv(runtimeEnv);
    parseDatabaseEnv(runtimeEnv);
  } catch (error) {
    if (!(error instanceof EnvError || error instanceof DatabaseEnvError)) throw error;
    logger.fatal(`${error.message}\nSee .env.example and the README (Environment variables).`);
    process.exit(1);
  }
});
