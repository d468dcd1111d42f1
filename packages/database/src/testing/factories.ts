import type { Database } from '../client';
import { member, organization } from '../schema';
import { insertPasswordUser } from '../users';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

export async function createTestUser(
  db: Database,
  overrides: {
    email?: string;
    name?: string;
    password?: string;
    role?: 'admin' | 'user';
    /** false: a user who has not been through onboarding yet (the app sends them to it). */
    onboarded?: boolean;
  } = {},
): Promise<TestUser> {
  const suffix = crypto.randomUUID().slice(0, 8);
  const input = {
    email: overrides.email ?? `user-${suffix}@example.test`,
    name: overrides.name ?? `Test User ${suffix}`,
    password: overrides.password ?? TEST_PASSWORD,
    role: overrides.role ?? 'user',
    onboarded: overrides.onboarded ?? true,
  };
  const id = await insertPasswordUser(db, input);
  return { id, email: input.email, password: input.password, name: input.name };
}

export async function createTestOrganization(
  db: Database,
  input: { members: Array<{ userId: string; role: 'owner' | 'admin' | 'member' }>; name?: string },
): Promise<{ id: string; name: string; slug: string }> {
  const suffix = crypto.randomUUID().slice(0, 8);
  const created = { id: crypto.randomUUID(), name: input.name ?? `Org ${suffix}`, slug: `org-${suffix}` };
  await db.insert(organization).values(created);
  if (input.members.length > 0) {
    await db.insert(member).values(
      input.members.map((m) => ({
        id: crypto.randomUUID(),
        organizationId: created.id,
        userId: m.userId,
        role: m.role,
      })),
    );
  }
  return created;
}

type Fetcher = (request: Request) => Promise<Response>;

/**
 * Signs in through better-auth's HTTP endpoint (a handler or a running server's fetch) and returns
 * the `Cookie` header value a browser would send afterwards.
 */
export async function signInAs(
  fetcher: Fetcher,
  baseUrl: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const response = await fetcher(
    new Request(new URL('/api/auth/sign-in/email', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin },
      body: JSON.stringify(credentials),
    }),
  );
  if (!response.ok) {
    throw new Error(
      `Sign-in as ${credentials.email} failed with ${response.status}: ${await response.text()}`,
    );
  }
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (cookies.length === 0) throw new Error('Sign-in returned no cookie.');
  return cookies.join('; ');
}
