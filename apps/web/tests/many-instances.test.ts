// Issue "Run it in production", item 6: several instances behind a proxy share what must be shared.
// Client addresses come from X-Forwarded-For (TRUST_PROXY_HOPS), rate limits and lockouts hold across
// instances (they live in the database), and the scheduled cleanup runs on one instance at a time.
import { getDatabase } from '@kit/database';
import { CLEANUP_LOCK_KEY } from '@kit/database/cleanup';
import { session } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, freePort, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';
import { type ReverseProxy, startNginx } from './support/nginx';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two instances behind nginx', () => {
  let instances: AppServer[];
  let proxy: ReverseProxy;

  beforeAll(async () => {
    const ports = [await freePort(), await freePort()];
    const proxyPort = await freePort();
    instances = await Promise.all(
      ports.map((port) =>
        startAppServer(
          {
            BETTER_AUTH_URL: `http://localhost:${proxyPort}`,
            AUTH_RATE_LIMIT: 'true',
            TRUST_PROXY: 'true',
            // A CDN in front of nginx: the client address is the entry the CDN appended.
            TRUST_PROXY_HOPS: '2',
            CLEANUP_INTERVAL_MS: '1000',
          },
          { port },
        ),
      ),
    );
    proxy = await startNginx(ports, { port: proxyPort });
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await proxy.stop();
  });

  /** What the CDN forwards: whatever the client wrote, then the address the CDN saw. */
  const fromClient = (address: string) => ({ 'x-forwarded-for': `10.0.0.1, ${address}` });

  it('limits one client address across both instances, and no other address', async () => {
    const statuses: number[] = [];
    const answeredBy = new Set<string>();
    for (let attempt = 0; attempt < 14; attempt++) {
      const client = new HttpClient(proxy.baseUrl);
      const response = await client.request('/api/auth/request-password-reset', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: client.origin, ...fromClient('203.0.113.50') },
        body: JSON.stringify({
          email: `someone-${attempt}@example.test`,
          redirectTo: '/auth/reset-password',
        }),
      });
      statuses.push(response.status);
      answeredBy.add(response.headers.get('x-upstream') ?? '');
    }
    expect(answeredBy.size).toBe(2);
    expect(statuses).toEqual([...Array(10).fill(200), ...Array(4).fill(429)]);
    const other = new HttpClient(proxy.baseUrl);
    const elsewhere = await other.request('/api/auth/request-password-reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: other.origin, ...fromClient('203.0.113.51') },
      body: JSON.stringify({ email: 'someone-else@example.test', redirectTo: '/auth/reset-password' }),
    });
    expect(elsewhere.status).toBe(200);
  });

  it("locks a user out after five failures whichever instance counted them, and records the client's address", async () => {
    const person = await createTestUser(getDatabase());
    const signIn = (password: string, attempt: number) => {
      const client = new HttpClient(proxy.baseUrl);
      return client.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: client.origin,
          ...fromClient(`198.51.100.${attempt}`),
        },
        body: JSON.stringify({ email: person.email, password }),
      });
    };
    const answeredBy = new Set<string>();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await signIn('not-the-password', attempt);
      expect(response.status).toBe(401);
      answeredBy.add(response.headers.get('x-upstream') ?? '');
    }
    expect(answeredBy.size).toBe(2);
    expect((await signIn(person.password, 6)).status).toBe(429);
    expect((await signIn(person.password, 7)).status).toBe(429);

    const other = await createTestUser(getDatabase());
    const client = new HttpClient(proxy.baseUrl);
    const signedIn = await client.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: client.origin, ...fromClient('198.51.100.77') },
      body: JSON.stringify({ email: other.email, password: other.password }),
    });
    expect(signedIn.status).toBe(200);
    const [row] = await getDatabase().select().from(session).where(eq(session.userId, other.id));
    expect(row?.ipAddress).toBe('198.51.100.77');
  });

  it('runs the scheduled cleanup on one instance at a time', async () => {
    const db = getDatabase();
    const person = await createTestUser(db);
    const expired = ['expired-a', 'expired-b'];
    const remaining = async () =>
      (await db.select({ id: session.id }).from(session).where(inArray(session.id, expired))).length;
    const outputs = () => instances.map((instance) => instance.output());

    // The test plays an instance in the middle of its cleanup: it holds the lock for 2.5 s.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let lockTaken = () => {};
    const taken = new Promise<void>((resolve) => {
      lockTaken = resolve;
    });
    const holder = db.transaction(async (tx) => {
      const [lock] = await tx
        .select({ taken: sql<boolean>`pg_try_advisory_xact_lock(${CLEANUP_LOCK_KEY})` })
        .from(sql`(values (1)) as once`);
      expect(lock?.taken).toBe(true);
      lockTaken();
      await released;
    });
    await taken;
    const before = outputs().map((output) => output.length);
    await db.insert(session).values(
      expired.map((id) => ({
        id,
        token: `token-${id}`,
        userId: person.id,
        expiresAt: new Date(Date.now() - 60_000),
      })),
    );
    await sleep(2_500);
    const whileHeld = outputs().map((output, i) => output.slice(before[i]));
    expect(await remaining()).toBe(2);
    for (const output of whileHeld) {
      expect(output).toContain('cleanup skipped: another instance is running it');
      expect(output).not.toContain('"removed"');
    }

    release();
    await holder;
    const deadline = Date.now() + 5_000;
    while ((await remaining()) > 0 && Date.now() < deadline) await sleep(200);
    expect(await remaining()).toBe(0);
  });
});
