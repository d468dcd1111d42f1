// Issue 9, item 9: the forms' limits hold on better-auth's own endpoints, a malformed server-function
// body is the client's error (400), and a password change always ends the other sessions.
import { getDatabase } from '@kit/database';
import { organization, user } from '@kit/database/schema';
import { createTestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

const SIGNED_IN_READ = 'features.user.users.functions.fetchMySessions';
const CREATE_ORGANIZATION = 'features.organization.organizations.functions.createOrganization';

describe('inputs (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('refuses a 1 MB name (and any name over the form limit) on sign-up, creating no user', async () => {
    for (const length of [1_000_000, 2_000]) {
      const email = `long-${crypto.randomUUID().slice(0, 8)}@example.test`;
      const response = await new HttpClient(app.baseUrl).authPost('sign-up/email', {
        name: 'n'.repeat(length),
        email,
        password: 'long-enough-password',
      });
      expect(response.status, `${length} characters`).toBe(400);
      expect(await getDatabase().select().from(user).where(eq(user.email, email))).toEqual([]);
    }
  });

  it('refuses a 1 MB name and a non-https image on update-user, changing nothing', async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    const [before] = await getDatabase().select().from(user).where(eq(user.id, person.id));
    expect((await client.authPost('update-user', { name: 'n'.repeat(1_000_000) })).status).toBe(400);
    expect((await client.authPost('update-user', { name: 'n'.repeat(2_000) })).status).toBe(400);
    expect((await client.authPost('update-user', { image: 'javascript:alert(1)' })).status).toBe(400);
    expect((await client.authPost('update-user', { image: `https://${'i'.repeat(3000)}` })).status).toBe(400);
    const [after] = await getDatabase().select().from(user).where(eq(user.id, person.id));
    expect(after).toEqual(before);
    expect((await client.authPost('update-user', { name: 'A Normal Name' })).status).toBe(200);
  });

  it("answers 400 to a server-function body that is not Start's format, changing nothing", async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    const organizationsBefore = await getDatabase().select().from(organization);
    const path = `/_serverFn/${encodeURIComponent(CREATE_ORGANIZATION)}`;
    const headers = { 'content-type': 'application/json', 'x-tsr-serverFn': 'true', origin: client.origin };
    for (const body of ['garbage', '{"foo":1}', '{"t":{"t":99}}', '']) {
      const response = await client.request(path, { method: 'POST', headers, body });
      expect(response.status, body).toBe(400);
      expect(await response.text()).not.toMatch(/Seroval|JSON|Unexpected/);
    }
    // A form body that does not parse as one.
    const form = await client.request(path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'multipart/form-data; boundary=zz' },
      body: '--zz\r\nbroken',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).not.toMatch(/FormData|parse/i);
    const query = await client.request(`/_serverFn/${encodeURIComponent(SIGNED_IN_READ)}?payload=garbage`, {
      headers: { 'x-tsr-serverFn': 'true', origin: client.origin },
    });
    expect(query.status).toBe(400);
    expect(await getDatabase().select().from(organization)).toEqual(organizationsBefore);
    // A well-formed call still works.
    expect((await client.serverFn(SIGNED_IN_READ, { method: 'GET' })).status).toBe(200);
  });

  it('ends the other sessions on a password change even when the client asks to keep them', async () => {
    const person = await createTestUser(getDatabase());
    const current = new HttpClient(app.baseUrl);
    const other = new HttpClient(app.baseUrl);
    expect((await current.signIn(person)).status).toBe(200);
    expect((await other.signIn(person)).status).toBe(200);
    const change = await current.authPost('change-password', {
      currentPassword: person.password,
      newPassword: 'a-brand-new-password',
      revokeOtherSessions: false,
    });
    expect(change.status).toBe(200);
    expect((await other.serverFn(SIGNED_IN_READ, { method: 'GET' })).status).toBe(401);
    expect((await current.serverFn(SIGNED_IN_READ, { method: 'GET' })).status).toBe(200);
  });
});
