// Issue 9, item 1: behind a proxy the client IP is the X-Forwarded-For entry the proxy appended, not
// the left-most one, which the client writes itself.
import { getDatabase } from '@kit/database';
import { auditLog, session } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

/** What a load balancer forwards: whatever the client put in the header, then the address it saw. */
function forwardedFor(forged: string, seenByProxy: string) {
  return `${forged}, ${seenByProxy}`;
}

describe('client IP behind a trusted proxy (TRUST_PROXY=true)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true', TRUST_PROXY: 'true' });
  });
  afterAll(() => app.stop());

  it('limits password-reset requests by the address the proxy saw, whatever the client forges', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      const client = new HttpClient(app.baseUrl);
      const response = await client.request('/api/auth/request-password-reset', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: client.origin,
          'x-forwarded-for': forwardedFor(`10.9.${attempt}.1`, '203.0.113.200'),
        },
        body: JSON.stringify({
          email: `someone-${attempt}@example.test`,
          redirectTo: '/auth/reset-password',
        }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
  });

  it('records that address on the session and in the audit log', async () => {
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const target = await createTestUser(getDatabase());
    const client = new HttpClient(app.baseUrl);
    const headers = { 'x-forwarded-for': forwardedFor('6.6.6.6', '198.51.100.23') };
    const signIn = await client.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', origin: client.origin },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(signIn.status).toBe(200);
    const [row] = await getDatabase().select().from(session).where(eq(session.userId, admin.id));
    expect(row?.ipAddress).toBe('198.51.100.23');
    const ban = await client.serverFn('features.admin.user-actions.functions.banUser', {
      data: { userId: target.id, reason: 'spam' },
      headers,
    });
    expect(ban.status).toBe(200);
    const [entry] = await getDatabase().select().from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(entry?.ipAddress).toBe('198.51.100.23');
  });
});
