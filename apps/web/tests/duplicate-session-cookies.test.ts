// Hardening 3, item 5: a request carrying two session cookies (one planted by a sibling subdomain or a
// narrower path, say) is signed out everywhere. Before, the app read the last cookie and better-auth the
// first, so a request could act as one user with the other's organizations.
import { getDatabase } from '@kit/database';
import { session, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser } from '@kit/database/testing';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { sessionTokenOf } from './support/organization-fixtures';

const SIGNED_IN_READ = 'features.user.users.functions.fetchMySessions';
const IDENTITY = 'lib.auth.identity.functions.fetchIdentity';
const DAY_MS = 24 * 60 * 60 * 1000;

function sessionCookiePair(client: HttpClient): string {
  const pair = client.cookie.split('; ').find((part) => part.startsWith('kit.session_token='));
  if (!pair) throw new Error('the client holds no session cookie');
  return pair;
}

function callerWith(app: AppServer, cookie: string): HttpClient {
  const caller = new HttpClient(app.baseUrl);
  caller.cookie = cookie;
  return caller;
}

async function expiresAtOf(tokens: string[]) {
  const rows = await getDatabase()
    .select({ token: session.token, expiresAt: session.expiresAt })
    .from(session)
    .where(inArray(session.token, tokens));
  return Object.fromEntries(rows.map((row) => [row.token, row.expiresAt.getTime()]));
}

describe('two session cookies in one request (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('read as signed out by pages, server functions and /api/auth, whichever order, with nothing changed', async () => {
    const db = getDatabase();
    const alice = await createTestUser(db);
    const bob = await createTestUser(db);
    await createTestOrganization(db, { members: [{ userId: bob.id, role: 'owner' }], name: "Bob's company" });
    const aliceClient = await signedInClient(app.baseUrl, alice);
    const bobClient = await signedInClient(app.baseUrl, bob);
    // Bob's session is due for its daily refresh: the path on which the app handed the request to
    // better-auth, which read the other cookie.
    await db
      .update(session)
      .set({ expiresAt: new Date(Date.now() + 6 * DAY_MS - 60_000) })
      .where(eq(session.token, sessionTokenOf(bobClient)));
    const tokens = [sessionTokenOf(aliceClient), sessionTokenOf(bobClient)];
    const expiresBefore = await expiresAtOf(tokens);
    const [alicePair, bobPair] = [sessionCookiePair(aliceClient), sessionCookiePair(bobClient)];

    // Each cookie alone is a working session, so what follows is the duplicate's doing.
    expect((await callerWith(app, alicePair).request('/dashboard')).status).toBe(200);

    for (const cookie of [`${alicePair}; ${bobPair}`, `${bobPair}; ${alicePair}`]) {
      const page = await callerWith(app, cookie).request('/dashboard');
      expect(page.status, `page, ${cookie}`).toBe(307);
      expect(page.headers.get('location')).toContain('/auth/sign-in');

      const read = await callerWith(app, cookie).serverFn(SIGNED_IN_READ, { method: 'GET' });
      expect(read.status, `server function, ${cookie}`).toBe(401);
      const state = await callerWith(app, cookie).serverFn(IDENTITY, { method: 'GET' });
      expect(state.body).toMatchObject({ result: { user: null } });

      const getSession = await callerWith(app, cookie).request('/api/auth/get-session', {
        headers: { origin: app.baseUrl },
      });
      expect(getSession.status).toBe(200);
      expect(await getSession.json(), `get-session, ${cookie}`).toBeNull();
      expect(getSession.headers.getSetCookie().filter((c) => c.includes('session_token'))).toEqual([]);

      const rename = await callerWith(app, cookie).authPost('update-user', { name: 'Renamed' });
      expect(rename.status, `update-user, ${cookie}`).toBe(401);
    }

    const names = await db
      .select({ name: user.name })
      .from(user)
      .where(inArray(user.id, [alice.id, bob.id]));
    expect(names.map((row) => row.name)).not.toContain('Renamed');
    expect(await expiresAtOf(tokens)).toEqual(expiresBefore);
  });
});
