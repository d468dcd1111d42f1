// Hardening 3, item 10: on https the session cookie is a __Host- cookie (a sibling subdomain cannot set
// or overwrite it) and the app reads that name; a production server refuses a plain-http public URL.
import { getDatabase } from '@kit/database';
import { createTestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppServer,
  freePort,
  runAppServerExpectingExit,
  startAppServer,
  TEST_SECRET,
} from './support/app-server';
import { HttpClient } from './support/http-client';

const SIGNED_IN_READ = 'features.user.users.functions.fetchMySessions';

describe('session cookie on https (production build)', () => {
  let app: AppServer;
  let publicOrigin: string;
  beforeAll(async () => {
    // The server believes it is https://localhost:PORT (as behind a TLS-terminating proxy); the test
    // talks to it over http and says where it comes from with the Origin header.
    const port = await freePort();
    publicOrigin = `https://localhost:${port}`;
    app = await startAppServer({ BETTER_AUTH_URL: publicOrigin }, { port });
  });
  afterAll(() => app.stop());

  it('is set as __Host-kit.session_token (Secure, Path=/, no Domain) and is what pages and server functions read', async () => {
    const person = await createTestUser(getDatabase());
    const client = new HttpClient(app.baseUrl, publicOrigin);
    const signIn = await client.signIn(person);
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.getSetCookie().find((value) => value.includes('session_token='));
    expect(setCookie).toMatch(/^__Host-kit\.session_token=/);
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/i);
    expect(setCookie).not.toMatch(/;\s*Domain=/i);
    // Every cookie better-auth set is host-only too.
    for (const cookie of signIn.headers.getSetCookie()) expect(cookie).toMatch(/^__Host-/);

    expect((await client.request('/dashboard')).status).toBe(200);
    expect((await client.serverFn(SIGNED_IN_READ, { method: 'GET' })).status).toBe(200);
    const getSession = await client.request('/api/auth/get-session', { headers: { origin: publicOrigin } });
    expect(((await getSession.json()) as { user?: { email: string } } | null)?.user?.email).toBe(
      person.email,
    );

    // The same signed value under a name a subdomain could plant (`__Secure-`, or no prefix) is no session.
    const value = client.cookie.split('; ').find((pair) => pair.startsWith('__Host-kit.session_token='));
    for (const name of ['__Secure-kit.session_token', 'kit.session_token']) {
      const planted = new HttpClient(app.baseUrl, publicOrigin);
      planted.cookie = value?.replace('__Host-kit.session_token', name) ?? '';
      expect((await planted.request('/dashboard')).status, name).toBe(307);
      const session = await planted.request('/api/auth/get-session', { headers: { origin: publicOrigin } });
      expect(await session.json(), name).toBeNull();
    }
  });
});

describe('plain-http public URL in production', () => {
  const base = { DATABASE_URL: process.env.DATABASE_URL, BETTER_AUTH_SECRET: TEST_SECRET };

  it('refuses to start on http:// other than localhost, naming the variable and the way out', async () => {
    const result = await runAppServerExpectingExit({ ...base, BETTER_AUTH_URL: 'http://app.example.test' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('BETTER_AUTH_URL must be https:// in production');
    expect(result.output).toContain('ALLOW_INSECURE_AUTH_URL=true');
  });

  it('starts on http:// localhost, 127.0.0.1 and [::1], and elsewhere with ALLOW_INSECURE_AUTH_URL=true', async () => {
    for (const env of [
      { BETTER_AUTH_URL: 'http://127.0.0.1:3999' },
      { BETTER_AUTH_URL: 'http://[::1]:3999' },
      { BETTER_AUTH_URL: 'http://app.example.test', ALLOW_INSECURE_AUTH_URL: 'true' },
    ]) {
      const app = await startAppServer(env);
      try {
        expect((await fetch(`${app.baseUrl}/api/health`)).status, JSON.stringify(env)).toBe(200);
      } finally {
        await app.stop();
      }
    }
  });
});
