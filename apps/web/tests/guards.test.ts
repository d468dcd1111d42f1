import { getDatabase } from '@kit/database';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

describe('route guards over HTTP (production build)', () => {
  let app: AppServer;
  let member: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    app = await startAppServer();
    [member, admin] = await Promise.all([
      createTestUser(getDatabase()),
      createTestUser(getDatabase(), { role: 'admin' }),
    ]);
  });
  afterAll(() => app.stop());

  it('redirects an anonymous /dashboard to sign-in with the path to come back to', async () => {
    const response = await new HttpClient(app.baseUrl).request('/dashboard');
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(new URL(response.headers.get('location') ?? '', app.baseUrl).pathname).toBe('/auth/sign-in');
    expect(response.headers.get('location')).toContain('/auth/sign-in?redirect=%2Fdashboard');
  });

  it('redirects an anonymous /admin to sign-in', async () => {
    const response = await new HttpClient(app.baseUrl).request('/admin');
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toContain('/auth/sign-in?redirect=%2Fadmin');
  });

  it('answers 404 on /admin to a signed-in non-admin, and 200 to the admin', async () => {
    const user = await signedInClient(app.baseUrl, member);
    const refused = await user.request('/admin');
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(admin.email);

    const adminClient = await signedInClient(app.baseUrl, admin);
    const allowed = await adminClient.request('/admin');
    expect(allowed.status).toBe(200);
    const users = await adminClient.request('/admin/users');
    expect(users.status).toBe(200);
    expect(await users.text()).toContain(member.email);
    expect((await user.request('/admin/users')).status).toBe(404);
  });

  it('serves /dashboard to a signed-in user', async () => {
    const user = new HttpClient(app.baseUrl);
    await user.signIn(member);
    const response = await user.request('/dashboard');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Personal account');
  });

  it('redirects /auth/sign-in and /auth/sign-up to the dashboard when signed in', async () => {
    const user = new HttpClient(app.baseUrl);
    await user.signIn(member);
    for (const path of ['/auth/sign-in', '/auth/sign-up']) {
      const response = await user.request(path);
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get('location') ?? '', app.baseUrl).pathname).toBe('/dashboard');
    }
  });

  it('honours ?redirect= only for same-origin paths', async () => {
    const user = new HttpClient(app.baseUrl);
    await user.signIn(member);
    const local = await user.request('/auth/sign-in?redirect=%2Forganizations%2Fnew');
    expect(new URL(local.headers.get('location') ?? '', app.baseUrl).pathname).toBe('/organizations/new');
    for (const evil of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const response = await user.request(`/auth/sign-in?redirect=${encodeURIComponent(evil)}`);
      const location = new URL(response.headers.get('location') ?? '', app.baseUrl);
      expect(location.origin).toBe(new URL(app.baseUrl).origin);
      expect(location.pathname).toBe('/dashboard');
    }
  });

  it('serves the sign-in page to anonymous visitors', async () => {
    const response = await new HttpClient(app.baseUrl).request('/auth/sign-in');
    expect(response.status).toBe(200);
  });
});
