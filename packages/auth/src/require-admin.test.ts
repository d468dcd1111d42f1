import { getAuth } from '@kit/better-auth/server';
import { getDatabase } from '@kit/database';
import { createTestUser, signInAs } from '@kit/database/testing';
import { isNotFound, isRedirect } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { requireAdmin } from './authorize';

const BASE_URL = 'http://localhost:3000';

async function requestAs(role: 'admin' | 'user' | null): Promise<Request> {
  const headers = new Headers();
  if (role) {
    const user = await createTestUser(getDatabase(), { role });
    headers.set('cookie', await signInAs((request) => getAuth().handler(request), BASE_URL, user));
  }
  return new Request(`${BASE_URL}/admin/users?search=x`, { headers });
}

describe('requireAdmin', () => {
  it('sends an anonymous visitor to sign-in, back to where they were going', async () => {
    const request = await requestAs(null);
    const thrown = await requireAdmin(request).catch((error: unknown) => error);
    expect(isRedirect(thrown)).toBe(true);
    expect(
      (thrown as Response).headers.get('location') ?? (thrown as { options: { href: string } }).options.href,
    ).toContain('/auth/sign-in?redirect=%2Fadmin%2Fusers%3Fsearch%3Dx');
  });

  it('answers "not found" to a signed-in non-admin', async () => {
    const request = await requestAs('user');
    const thrown = await requireAdmin(request).catch((error: unknown) => error);
    expect(isNotFound(thrown)).toBe(true);
  });

  it('returns the session of an admin', async () => {
    const request = await requestAs('admin');
    await expect(requireAdmin(request)).resolves.toMatchObject({ user: { role: 'admin' } });
  });
});
