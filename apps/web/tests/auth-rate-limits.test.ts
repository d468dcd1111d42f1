// Rate limits and non-disclosure on the auth endpoints, with rate limiting on as in production.
import { getDatabase } from '@kit/database';
import { createTestUser } from '@kit/database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient } from './support/http-client';

function signInFrom(app: AppServer, ip: string, credentials: { email: string; password: string }) {
  const client = new HttpClient(app.baseUrl);
  return client.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: client.origin, 'x-forwarded-for': ip },
    body: JSON.stringify(credentials),
  });
}

describe('sign-in lockout per user, shared by every instance', () => {
  let first: AppServer;
  let second: AppServer;

  beforeAll(async () => {
    // Two instances on one database, behind a (simulated) proxy so each attempt has its own client IP.
    const env = { AUTH_RATE_LIMIT: 'true', TRUST_PROXY: 'true' };
    [first, second] = await Promise.all([startAppServer(env), startAppServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([first.stop(), second.stop()]);
  });

  it('answers the 6th failed sign-in inside the window with 429 and Retry-After, whatever the IP and instance', async () => {
    const person = await createTestUser(getDatabase());
    const wrong = { email: person.email, password: 'not-the-password' };
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const app = attempt % 2 ? first : second;
      statuses.push((await signInFrom(app, `203.0.113.${attempt}`, wrong)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const sixth = await signInFrom(second, '198.51.100.77', wrong);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    // Locked even with the right password, from yet another address and instance.
    expect((await signInFrom(first, '192.0.2.9', person)).status).toBe(429);
  });

  it('treats an unknown email exactly like a known one', async () => {
    const unknown = {
      email: `ghost-${crypto.randomUUID().slice(0, 6)}@example.test`,
      password: 'whatever-123',
    };
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      statuses.push((await signInFrom(first, `203.0.113.${50 + attempt}`, unknown)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe('per-IP limits', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer({ AUTH_RATE_LIMIT: 'true' });
  });
  afterAll(() => app.stop());

  it('limits password-reset requests from one address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const response = await new HttpClient(app.baseUrl).authPost('request-password-reset', {
        email: `someone-${attempt}@example.test`,
        redirectTo: '/auth/reset-password',
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
  });
});

describe('sign-in never reveals whether an email exists', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.stop());

  it('answers a wrong password and an unknown email with the same status and body, in similar time', async () => {
    const person = await createTestUser(getDatabase());
    const attempt = async (email: string) => {
      const started = performance.now();
      const response = await new HttpClient(app.baseUrl).signIn({ email, password: 'not-the-password' });
      return { status: response.status, body: await response.text(), ms: performance.now() - started };
    };
    const known: Awaited<ReturnType<typeof attempt>>[] = [];
    const unknown: Awaited<ReturnType<typeof attempt>>[] = [];
    for (let round = 0; round < 15; round++) {
      known.push(await attempt(person.email));
      unknown.push(await attempt(`nobody-${round}@example.test`));
    }
    expect(new Set([...known, ...unknown].map((r) => `${r.status} ${r.body}`)).size).toBe(1);
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const knownMs = median(known.map((r) => r.ms));
    const unknownMs = median(unknown.map((r) => r.ms));
    console.log(
      `sign-in median: wrong password ${knownMs.toFixed(1)} ms, unknown email ${unknownMs.toFixed(1)} ms`,
    );
    // Both hash a password; a gap of an order of magnitude would mean one path skips the hash.
    expect(Math.max(knownMs, unknownMs) / Math.min(knownMs, unknownMs)).toBeLessThan(3);
  });

  it('answers a password-reset request for a known and an unknown email the same, in similar time', async () => {
    const person = await createTestUser(getDatabase());
    const request = async (email: string) => {
      const started = performance.now();
      const response = await new HttpClient(app.baseUrl).authPost('request-password-reset', {
        email,
        redirectTo: '/auth/reset-password',
      });
      return { status: response.status, body: await response.text(), ms: performance.now() - started };
    };
    const known: Awaited<ReturnType<typeof request>>[] = [];
    const unknown: Awaited<ReturnType<typeof request>>[] = [];
    for (let round = 0; round < 15; round++) {
      known.push(await request(person.email));
      unknown.push(await request(`nobody-reset-${round}@example.test`));
    }
    expect(new Set([...known, ...unknown].map((r) => `${r.status} ${r.body}`)).size).toBe(1);
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const knownMs = median(known.map((r) => r.ms));
    const unknownMs = median(unknown.map((r) => r.ms));
    console.log(
      `password-reset median: known email ${knownMs.toFixed(1)} ms, unknown email ${unknownMs.toFixed(1)} ms`,
    );
    // The email goes out in the background: neither answer waits for it (an SMTP round trip would).
    expect(Math.abs(knownMs - unknownMs)).toBeLessThan(30);
  });
});
