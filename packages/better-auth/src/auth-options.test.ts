// Settings whose change would reopen a known hole: a test fails before such a change ships.
import { getDatabase } from '@kit/database';
import { describe, expect, it } from 'vitest';
import { createAuth } from './create-auth';
import { parseAuthEnv } from './env';
import { getAuth } from './server';
import { allSignInMethods } from './sign-in-methods';

const noEmails = {
  sendVerificationEmail: async () => {},
  sendPasswordResetEmail: async () => {},
  sendMagicLinkEmail: async () => {},
};

function authFor(baseUrl: string) {
  const env = parseAuthEnv({ ...process.env, NODE_ENV: 'test', BETTER_AUTH_URL: baseUrl });
  return createAuth(getDatabase(), env, {
    emails: noEmails,
    signInMethods: allSignInMethods,
    signInPath: '/auth/sign-in',
    twoFactorPath: '/auth/two-factor',
  });
}

describe('auth options', () => {
  it('keeps the session cookie cache off: a cached session would skip the row checks (bans, two-factor, revocation)', async () => {
    const context = await getAuth().$context;
    expect(context.options.session?.cookieCache?.enabled).toBe(false);
    expect(context.sessionConfig.cookieRefreshCache).toBe(false);
  });

  it('limits IPv6 clients per /64', async () => {
    const context = await getAuth().$context;
    expect(context.options.advanced?.ipAddress?.ipv6Subnet).toBe(64);
  });

  it('names every auth cookie __Host-kit.* on https, kit.* on http', async () => {
    const secure = await authFor('https://app.example.test').$context;
    expect(secure.authCookies.sessionToken.name).toBe('__Host-kit.session_token');
    expect(secure.authCookies.sessionToken.attributes).toMatchObject({ secure: true, path: '/' });
    expect(secure.authCookies.sessionToken.attributes).not.toHaveProperty('domain');
    expect(secure.createAuthCookie('two_factor').name).toBe('__Host-kit.two_factor');
    const plain = await authFor('http://localhost:3000').$context;
    expect(plain.authCookies.sessionToken.name).toBe('kit.session_token');
    expect(plain.authCookies.sessionToken.attributes.secure).toBe(false);
  });
});
