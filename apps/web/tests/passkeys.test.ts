// Passkey endpoints over HTTP against the production build: the attacks a browser would not make. The
// ceremonies themselves run in Chromium with a virtual authenticator (e2e/passkeys.spec.ts).
import { getDatabase } from '@kit/database';
import { passkey, session, user } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';
import { createSoftwarePasskey, type SoftwarePasskey } from './support/software-passkey';

async function passkeyOf(owner: TestUser, name = 'Owner key') {
  const [row] = await getDatabase()
    .insert(passkey)
    .values({
      id: crypto.randomUUID(),
      name,
      publicKey: 'cHVibGljLWtleQ',
      userId: owner.id,
      credentialID: `credential-${crypto.randomUUID()}`,
      counter: 0,
      deviceType: 'singleDevice',
      backedUp: false,
    })
    .returning();
  if (!row) throw new Error('no passkey row');
  return row;
}

async function passkeyRow(id: string) {
  const [row] = await getDatabase().select().from(passkey).where(eq(passkey.id, id));
  return row;
}

describe('passkey endpoints (production build)', () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  const signedIn = (person: TestUser) => signedInClient(app.baseUrl, person);

  it("refuses to rename or remove another user's passkey, changing nothing", async () => {
    const owner = await createTestUser(getDatabase());
    const key = await passkeyOf(owner);
    const attacker = await signedIn(await createTestUser(getDatabase()));
    const renamed = await attacker.authPost('passkey/update-passkey', { id: key.id, name: 'Mine now' });
    const removed = await attacker.authPost('passkey/delete-passkey', { id: key.id });
    for (const response of [renamed, removed]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await passkeyRow(key.id)).toMatchObject({ name: 'Owner key', userId: owner.id });
    // The owner still can.
    const owned = await signedIn(owner);
    expect((await owned.authPost('passkey/update-passkey', { id: key.id, name: 'Renamed' })).status).toBe(
      200,
    );
    expect((await passkeyRow(key.id))?.name).toBe('Renamed');
  });

  it("lists only the caller's own passkeys", async () => {
    const owner = await createTestUser(getDatabase());
    await passkeyOf(owner);
    const other = await signedIn(await createTestUser(getDatabase()));
    const response = await other.request('/api/auth/passkey/list-user-passkeys', {
      headers: { origin: other.origin },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it('refuses to start registering a passkey without a session, or with a session older than 10 minutes', async () => {
    const anonymous = await new HttpClient(app.baseUrl).request(
      '/api/auth/passkey/generate-register-options',
    );
    expect(anonymous.status).toBe(401);

    const person = await createTestUser(getDatabase());
    const client = await signedIn(person);
    expect((await client.request('/api/auth/passkey/generate-register-options')).status).toBe(200);
    await getDatabase()
      .update(session)
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(session.userId, person.id));
    const stale = await client.request('/api/auth/passkey/generate-register-options');
    expect(stale.status).toBe(403);
    expect(((await stale.json()) as { code?: string }).code).toBe('SESSION_NOT_FRESH');
    // Removing one needs a fresh session too.
    const key = await passkeyOf(person);
    expect((await client.authPost('passkey/delete-passkey', { id: key.id })).status).toBe(403);
    expect(await passkeyRow(key.id)).toBeDefined();
  });

  it('opens no session for a made-up passkey answer', async () => {
    const client = new HttpClient(app.baseUrl);
    const options = await client.request('/api/auth/passkey/generate-authenticate-options');
    expect(options.status).toBe(200);
    const forged = await client.authPost('passkey/verify-authentication', {
      response: {
        id: 'bm90LWEtY3JlZGVudGlhbA',
        rawId: 'bm90LWEtY3JlZGVudGlhbA',
        type: 'public-key',
        response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
        clientExtensionResults: {},
      },
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBeLessThan(500);
    expect(client.cookie).not.toContain('session_token');
  });

  describe('user verification (fingerprint, face or PIN)', () => {
    async function softwarePasskeyOf(owner: TestUser): Promise<SoftwarePasskey> {
      const key = createSoftwarePasskey();
      await getDatabase().insert(passkey).values({
        id: crypto.randomUUID(),
        name: 'Software key',
        publicKey: key.publicKey,
        userId: owner.id,
        credentialID: key.credentialId,
        counter: 0,
        deviceType: 'singleDevice',
        backedUp: false,
      });
      return key;
    }

    /** The browser's part: ask for options, let the passkey sign the challenge, post the answer. */
    async function signInWithPasskey(key: SoftwarePasskey, userVerified: boolean) {
      const client = new HttpClient(app.baseUrl);
      const optionsResponse = await client.request('/api/auth/passkey/generate-authenticate-options');
      expect(optionsResponse.status).toBe(200);
      const options = (await optionsResponse.json()) as {
        challenge: string;
        rpId: string;
        userVerification?: string;
      };
      const response = await client.authPost('passkey/verify-authentication', {
        response: key.assert({ ...options, origin: client.origin, userVerified }),
      });
      return { client, response, asked: options.userVerification };
    }

    const sessionsOf = (userId: string) =>
      getDatabase().select().from(session).where(eq(session.userId, userId));

    it.each([
      ['with two-factor on', true],
      ['without two-factor', false],
    ])(
      'opens no session for an assertion without the UV flag (%s); with it, signs in',
      async (_label, twoFactor) => {
        const owner = await createTestUser(getDatabase());
        if (twoFactor) {
          await getDatabase().update(user).set({ twoFactorEnabled: true }).where(eq(user.id, owner.id));
        }
        const key = await softwarePasskeyOf(owner);

        const unverified = await signInWithPasskey(key, false);
        expect(unverified.response.status).toBe(401);
        expect(await unverified.response.json()).toMatchObject({
          code: 'PASSKEY_USER_VERIFICATION_REQUIRED',
        });
        expect(unverified.client.cookie).not.toContain('session_token');
        expect(await sessionsOf(owner.id)).toEqual([]);
        // The browser is asked for it, so it prompts rather than skips.
        expect(unverified.asked).toBe('required');

        // The same passkey with the user verified: a passkey is two factors, so no code is asked for.
        const verified = await signInWithPasskey(key, true);
        expect(verified.response.status).toBe(200);
        expect(verified.client.cookie).toContain('session_token=');
        expect(await sessionsOf(owner.id)).toHaveLength(1);
      },
    );
  });
});
