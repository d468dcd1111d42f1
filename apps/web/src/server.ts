import { EnvError, parseAuthEnv } from '@kit/better-auth/env';
import handler, { createServerEntry } from '@tanstack/react-start/server-entry';

// Refuse to serve with a missing or weak configuration, naming what is wrong.
try {
  parseAuthEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`${error.message}\nSee .env.example and the README (Environment variables).`);
    process.exit(1);
  }
  throw error;
}

export default createServerEntry({
  fetch(request) {
    return handler.fetch(request);
  },
});
