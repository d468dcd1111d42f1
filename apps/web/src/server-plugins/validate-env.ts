import { EnvError, parseAuthEnv } from '@kit/better-auth/env';
import { definePlugin } from 'nitro';

// Runs when the server process starts (Start's own entry loads lazily, on the first request): refuse to
// serve with a missing or weak configuration, and name what is wrong.
export default definePlugin(() => {
  try {
    parseAuthEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`${error.message}\nSee .env.example and the README (Environment variables).`);
    process.exit(1);
  }
});
