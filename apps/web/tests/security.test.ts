import { getDatabase } from '@kit/database';
import { organization } from '@kit/database/schema';
import { createTestOrganization, createTestUser } from '@kit/database/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, runAppServerExpectingExit, startAppServer, TEST_SECRET } from './support/app-server';
import { HttpClient } from './support/http-client';

const UPDATE = 'features.organization.organizations.functions.updateOrganizationSettings';
// A second front end the operator trusts (TRUSTED_ORIGINS): its calls pass the origin check.
const CONSOLE_ORIGIN = 'https://console.example.test';

describe('security defaults (production build)', () => {
  let app: AppServer;
  let owner: HttpClient;
  let orgId: string;
  let orgSlug: string;

  beforeAll(async () => {
    app = await startAppServer({ TRUSTED_ORIGINS: CONSOLE_ORIGIN });
    const db = getDatabase();
    const user = await createTestUser(db);
    const org = await createTestOrganization(db, {
      name: 'Original',
      members: [{ userId: user.id, role: 'owner' }],
    });
    orgId = org.id;
    orgSlug = org.slug;
    owner = new HttpClient(app.baseUrl);
    await owner.signIn(user);
    const switched = await owner.serverFn('features.organization.organizations.functions.switchAccount', {
      data: { organizationId: org.id },
    });
    expect(switched.status).toBe(200);
  });
  afterAll(() => app.stop());

  async function organizationName() {
    const [row] = await getDatabase()
      .select({ name: organization.name })
      .from(organization)
      .where(eq(organization.id, orgId));
    return row?.name;
  }

  it('refuses a server-function POST from a foreign Origin with 403 and changes nothing', async () => {
    const forged = await owner.serverFn(UPDATE, {
      data: { name: 'Hacked', slug: orgSlug, logo: '' },
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    expect(await organizationName()).toBe('Original');
  });

  it('refuses a cross-site Sec-Fetch-Site and a request with no origin information', async () => {
    const crossSite = await owner.request(`/_serverFn/${encodeURIComponent(UPDATE)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tsr-serverFn': 'true',
        'sec-fetch-site': 'cross-site',
        origin: new URL(app.baseUrl).origin,
      },
      body: JSON.stringify({ t: 0 }),
    });
    expect(crossSite.status).toBe(403);
    const bare = await owner.serverFn(UPDATE, {
      data: { name: 'Hacked', slug: orgSlug, logo: '' },
      origin: null,
    });
    expect(bare.status).toBe(403);
    expect(await organizationName()).toBe('Original');
  });

  it('accepts a TRUSTED_ORIGINS origin, and refuses one that only begins like it', async () => {
    for (const lookalike of [`${CONSOLE_ORIGIN}.evil.example`, 'https://console.example.test:8443']) {
      const refused = await owner.serverFn(UPDATE, {
        data: { name: 'Hacked', slug: orgSlug, logo: '' },
        origin: lookalike,
      });
      expect(refused.status, lookalike).toBe(403);
    }
    expect(await organizationName()).toBe('Original');
    const trusted = await owner.serverFn(UPDATE, {
      data: { name: 'Original', slug: orgSlug, logo: '' },
      origin: CONSOLE_ORIGIN,
    });
    expect(trusted.status).toBe(200);
  });

  it('accepts the same call from the app origin', async () => {
    const allowed = await owner.serverFn(UPDATE, { data: { name: 'Renamed', slug: orgSlug, logo: '' } });
    expect(allowed.status).toBe(200);
    expect(await organizationName()).toBe('Renamed');
  });

  it('puts the security headers on every kind of response', async () => {
    const anonymous = new HttpClient(app.baseUrl);
    const responses = await Promise.all([
      anonymous.request('/'),
      anonymous.request('/auth/sign-in'),
      anonymous.request('/dashboard'),
      anonymous.request('/no-such-page'),
      anonymous.request('/api/health'),
      anonymous.request('/api/auth/get-session'),
      anonymous.request('/favicon.svg'),
      // Refused by h3 before the app reads it: a malformed percent-encoding.
      anonymous.request('/dashboard/%E0%A4%A', { headers: { accept: 'text/html' } }),
      anonymous.request('/%E0%A4%A'),
      owner.serverFn(UPDATE, { data: { name: 'x' }, origin: 'https://evil.example' }).then((r) => r.response),
    ]);
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('isolates every page from other windows but the marketing pages', async () => {
    const anonymous = new HttpClient(app.baseUrl);
    const openerPolicyOf = async (path: string, client = anonymous) =>
      (await client.request(path)).headers.get('cross-origin-opener-policy');
    for (const path of ['/auth/sign-in', '/auth/sign-up', '/dashboard', '/no-such-page']) {
      expect(await openerPolicyOf(path), path).toBe('same-origin');
    }
    expect(await openerPolicyOf('/settings/profile', owner)).toBe('same-origin');
    for (const path of ['/', '/terms', '/privacy', '/?from=mail']) {
      expect(await openerPolicyOf(path), path).toBeNull();
    }
  });

  it('keeps inline scripts behind a per-response nonce', async () => {
    const [first, second] = await Promise.all([
      new HttpClient(app.baseUrl).request('/'),
      new HttpClient(app.baseUrl).request('/'),
    ]);
    const nonceOf = (response: Response) =>
      /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    expect(await first.text()).toContain(`nonce="${nonceOf(first)}"`);
  });

  it('does not leak a stack trace in a server-function error', async () => {
    const anonymous = new HttpClient(app.baseUrl);
    const result = await anonymous.serverFn(UPDATE, { data: { name: 'x' } });
    expect(result.status).toBe(401);
    expect(JSON.stringify(result.body)).not.toMatch(/at .*\.(m?js|ts):\d+/);
  });
});

describe('auth rate limit (on by default in production)', () => {
  it('answers 429 with Retry-After to a burst of sign-ins, whatever X-Forwarded-For says', async () => {
    const app = await startAppServer({ AUTH_RATE_LIMIT: undefined });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let attempt = 0; attempt < 6; attempt++) {
        const response = await new HttpClient(app.baseUrl).request('/api/auth/sign-in/email', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: new URL(app.baseUrl).origin,
            'x-forwarded-for': `198.51.100.${attempt}`,
          },
          body: JSON.stringify({ email: 'nobody@example.test', password: 'wrong-password' }),
        });
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('retry-after');
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });
});

describe('health check', () => {
  it('answers 200 with the database up', async () => {
    const app = await startAppServer();
    try {
      const response = await fetch(`${app.baseUrl}/api/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', db: 'up' });
    } finally {
      await app.stop();
    }
  });

  it('answers 503 when the database is unreachable', async () => {
    const app = await startAppServer({ DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' });
    try {
      const response = await fetch(`${app.baseUrl}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'error', db: 'down' });
    } finally {
      await app.stop();
    }
  });
});

describe('production environment check', () => {
  it('exits at once naming BETTER_AUTH_SECRET when it is missing or short', async () => {
    const missing = await runAppServerExpectingExit({ DATABASE_URL: process.env.DATABASE_URL });
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain('BETTER_AUTH_SECRET');
    const short = await runAppServerExpectingExit({
      DATABASE_URL: process.env.DATABASE_URL,
      BETTER_AUTH_SECRET: 'too-short',
    });
    expect(short.code).not.toBe(0);
    expect(short.output).toContain('BETTER_AUTH_SECRET must be at least 32 characters');
  });

  it('treats the built server as production even without NODE_ENV', async () => {
    const result = await runAppServerExpectingExit({
      NODE_ENV: undefined,
      DATABASE_URL: process.env.DATABASE_URL,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('BETTER_AUTH_SECRET is required in production');
  });

  it('exits at once naming DATABASE_URL when it is missing', async () => {
    const result = await runAppServerExpectingExit({ BETTER_AUTH_SECRET: TEST_SECRET });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('DATABASE_URL');
  });
});
