import { getDatabase, onDatabaseQuery } from '@kit/database';
import { session as sessionTable } from '@kit/database/schema';
import { createTestUser, signInAs } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getSession,
  requireActiveOrganizationId,
  requireFreshSession,
  requireSession,
  toClientIdentity,
} from './context';
import { getAuth } from './server';

const BASE_URL = 'http://localhost:3000';

function requestWith(cookie: string): Request {
  return new Request(`${BASE_URL}/dashboard`, { headers: { cookie } });
}

function sessionToken(cookie: string): string {
  const value = cookie.split('; ').find((part) => part.startsWith('kit.session_token='));
  // The cookie holds `<token>.<signature>`; the database row holds the token.
  return decodeURIComponent(value?.split('=')[1] ?? '').split('.')[0] ?? '';
}

describe('context module', () => {
  let cookie: string;

  beforeAll(async () => {
    const user = await createTestUser(getDatabase());
    cookie = await signInAs((request) => getAuth().handler(request), BASE_URL, user);
  });

  it('looks the session up once per request, however often it is asked', async () => {
    const queries: string[] = [];
    const stop = onDatabaseQuery((query) => {
      queries.push(query);
    });
    const request = requestWith(cookie);
    try {
      const [first, second, third] = await Promise.all([
        getSession(request),
        getSession(request),
        getSession(request),
      ]);
      expect(first?.user.id).toBeDefined();
      expect(second).toBe(first);
      expect(third).toBe(first);
      await requireActiveOrganizationId(request).catch(() => undefined);
      toClientIdentity(await requireSession(request), { billingEnabled: false });
      await requireSession(request);
    } finally {
      stop();
    }
    // One query in all: the session row joined with its user.
    expect(queries.filter((query) => /from "session"/i.test(query))).toHaveLength(1);
    expect(queries).toHaveLength(1);
  });

  it('reads a request without a cookie as no session, and requireSession throws 401', async () => {
    const request = new Request(`${BASE_URL}/dashboard`);
    expect(await getSession(request)).toBeNull();
    await expect(requireSession(request)).rejects.toMatchObject({ status: 401 });
  });

  it('reads an expired session as no session', async () => {
    const user = await createTestUser(getDatabase());
    const expiring = await signInAs((request) => getAuth().handler(request), BASE_URL, user);
    await getDatabase()
      .update(sessionTable)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessionTable.token, sessionToken(expiring)));
    expect(await getSession(requestWith(expiring))).toBeNull();
  });

  it('reads a deleted session as no session', async () => {
    const user = await createTestUser(getDatabase());
    const deleted = await signInAs((request) => getAuth().handler(request), BASE_URL, user);
    expect(await getSession(requestWith(deleted))).not.toBeNull();
    await getDatabase()
      .delete(sessionTable)
      .where(eq(sessionTable.token, sessionToken(deleted)));
    expect(await getSession(requestWith(deleted))).toBeNull();
  });

  it('gives the personal account when no organization is active', async () => {
    const identity = await getSession(requestWith(cookie));
    expect(identity).toMatchObject({ activeOrganizationId: null, role: null, organizations: [] });
    expect(toClientIdentity(identity, { billingEnabled: true })).toMatchObject({
      activeOrganizationId: null,
      role: null,
      organizations: [],
      billingEnabled: true,
    });
  });

  it('never counts an impersonation session as fresh, even right after it began', async () => {
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const user = await createTestUser(getDatabase());
    const impersonation = await signInAs((request) => getAuth().handler(request), BASE_URL, user);
    await getDatabase()
      .update(sessionTable)
      .set({ impersonatedBy: admin.id })
      .where(eq(sessionTable.token, sessionToken(impersonation)));
    expect((await getSession(requestWith(impersonation)))?.session.impersonatedBy).toBe(admin.id);
    await expect(requireFreshSession(requestWith(impersonation))).rejects.toMatchObject({
      status: 403,
      code: 'SESSION_NOT_FRESH',
    });
    // The same session, not impersonated, is fresh.
    await getDatabase()
      .update(sessionTable)
      .set({ impersonatedBy: null })
      .where(eq(sessionTable.token, sessionToken(impersonation)));
    await expect(requireFreshSession(requestWith(impersonation))).resolves.toBeDefined();
  });
});
