import { createDatabase } from '@kit/database';
import { session } from '@kit/database/schema';
import { eq } from 'drizzle-orm';
import { freePort } from '../../tests/support/app-server';
import type { BenchEnvironment } from '../lib/bench-environment';
import { type LoadResult, load } from './load';

/** The session cookie of the bench user, signed in through better-auth's endpoint. */
export async function signInCookie(baseUrl: string, env: BenchEnvironment): Promise<string> {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email: env.user.email, password: env.user.password }),
  });
  if (!signIn.ok) throw new Error(`Sign-in failed: ${signIn.status}`);
  return signIn.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
}

/**
 * The baseline: a bare node:http server (bare-session-server.ts) pinned to `core`, answering every
 * request with the app's one-statement session read for the bench user's session, under `load`.
 */
export async function bareSessionRead(
  env: BenchEnvironment,
  core: number,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const handle = createDatabase({ url: env.databaseUrl, maxConnections: 1 });
  const [row] = await handle.db
    .select({ token: session.token })
    .from(session)
    .where(eq(session.userId, env.user.id));
  await handle.close();
  const port = await freePort();
  const bare = env.spawnPinned(core, ['--import', 'tsx', 'scripts/bench/bare-session-server.ts'], {
    PORT: String(port),
    DATABASE_URL: env.databaseUrl,
    TOKEN: row?.token ?? '',
  });
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await load(`http://127.0.0.1:${port}/`, { ...options, serverPid: bare.pid });
  } finally {
    bare.kill('SIGTERM');
  }
}
