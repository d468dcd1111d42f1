// "Run it in production" item 1 and "Hardening 3" item 6: the production log is JSON lines that say
// who asked for what and how it went, and no token, cookie, password, TOTP secret or link with a token
// reaches it, not even through a failing query whose error quotes its parameters.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { getDatabase } from '@kit/database';
import { createTestOrganization, createTestUser } from '@kit/database/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server';
import { HttpClient, signedInClient } from './support/http-client';

interface LogLine {
  level: string;
  time: string;
  msg: string;
  reqId?: string;
  method?: string;
  path?: string;
  fn?: string;
  status?: number;
  durationMs?: number;
  userId?: string;
  orgId?: string;
  err?: { message: string };
}

function logLines(app: AppServer): LogLine[] {
  return app
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The session token: the cookie's value before its signature. */
function sessionToken(client: HttpClient): string {
  const value = /session_token=([^;]+)/.exec(client.cookie)?.[1] ?? '';
  const token = decodeURIComponent(value).split('.')[0] ?? '';
  expect(token.length).toBeGreaterThan(20);
  return token;
}

const waitForLog = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('server log (production build)', () => {
  let app: AppServer;
  beforeAll(async () => {
    // As in production: emailed links are withheld from the log.
    app = await startAppServer({ MAIL_LOG_LINKS: undefined });
  });
  afterAll(() => app.stop());

  it('writes one JSON line per request with its id, route or server function, status, duration and user', async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    const page = await client.request('/dashboard');
    expect(page.status).toBe(200);
    const call = await client.serverFn('features.user.users.functions.fetchMySessions', { method: 'GET' });
    expect(call.status).toBe(200);
    await waitForLog();
    const requests = logLines(app).filter((line) => line.msg === 'request');
    const pageLine = requests.find((line) => line.reqId === page.headers.get('x-request-id'));
    expect(pageLine).toMatchObject({ level: 'info', method: 'GET', path: '/dashboard', status: 200 });
    expect(pageLine?.userId).toBe(person.id);
    expect(pageLine?.durationMs).toBeTypeOf('number');
    expect(pageLine?.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    const fnLine = requests.find((line) => line.reqId === call.response.headers.get('x-request-id'));
    expect(fnLine).toMatchObject({ fn: 'features.user.users.functions.fetchMySessions', status: 200 });
    expect(fnLine?.userId).toBe(person.id);
    expect(pageLine?.orgId).toBeUndefined();
  });

  it('names the active organization on the lines of a session that has one', async () => {
    const person = await createTestUser(getDatabase());
    const team = await createTestOrganization(getDatabase(), {
      members: [{ userId: person.id, role: 'owner' }],
    });
    const client = await signedInClient(app.baseUrl, person);
    const switched = await client.serverFn('features.organization.organizations.functions.switchAccount', {
      data: { organizationId: team.id },
    });
    expect(switched.status).toBe(200);
    const page = await client.request('/dashboard');
    expect(page.status).toBe(200);
    await waitForLog();
    const pageLine = logLines(app).find((line) => line.reqId === page.headers.get('x-request-id'));
    expect(pageLine).toMatchObject({ path: '/dashboard', status: 200, userId: person.id, orgId: team.id });
  });

  it("names the user on better-auth's own endpoints: the one signing in, then the session's", async () => {
    const person = await createTestUser(getDatabase());
    const client = new HttpClient(app.baseUrl);
    const signIn = await client.signIn(person);
    expect(signIn.status).toBe(200);
    const sessions = await client.request('/api/auth/list-sessions');
    expect(sessions.status).toBe(200);
    const anonymous = await new HttpClient(app.baseUrl).request('/api/auth/list-sessions');
    expect(anonymous.status).toBe(401);
    await waitForLog();
    const lineOf = (response: Response) =>
      logLines(app).find(
        (line) => line.msg === 'request' && line.reqId === response.headers.get('x-request-id'),
      );
    expect(lineOf(signIn)).toMatchObject({ path: '/api/auth/sign-in/email', status: 200, userId: person.id });
    expect(lineOf(sessions)).toMatchObject({
      path: '/api/auth/list-sessions',
      status: 200,
      userId: person.id,
    });
    expect(lineOf(anonymous)).toMatchObject({ path: '/api/auth/list-sessions', status: 401 });
    expect(lineOf(anonymous)?.userId).toBeUndefined();
  });

  it('logs a request refused before Start reads it (a path that names no server function)', async () => {
    const refused = await new HttpClient(app.baseUrl).request('/_serverFn/nope/extra');
    expect(refused.status).toBe(404);
    const requestId = refused.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await waitForLog();
    const line = logLines(app).find((entry) => entry.msg === 'request' && entry.reqId === requestId);
    expect(line).toMatchObject({ method: 'GET', path: '/_serverFn/nope/extra', status: 404 });
  });

  it('logs a path refused before the app reads it, and answers a browser with a page in its language', async () => {
    const client = new HttpClient(app.baseUrl);
    const page = await client.request('/dashboard/%E0%A4%A', {
      headers: { accept: 'text/html', 'accept-language': 'de' },
    });
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<a href="/">Zur Startseite</a>');
    const json = await client.request('/%E0%A4%A');
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: true, status: 400, message: 'Bad Request' });
    await waitForLog();
    for (const [response, path] of [
      [page, '/dashboard/%E0%A4%A'],
      [json, '/%E0%A4%A'],
    ] as const) {
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const line = logLines(app).find((entry) => entry.msg === 'request' && entry.reqId === requestId);
      expect(line).toMatchObject({ level: 'info', method: 'GET', path, status: 400 });
    }
  });

  it("keeps a token out of the line of a malformed path, and a proxy's id on it", async () => {
    const token = 'reset-token-that-must-not-be-logged';
    const refused = await new HttpClient(app.baseUrl).request(`/reset-password/${token}/%E0%A4%A`, {
      headers: { 'x-request-id': 'proxy-id-1234' },
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-request-id')).toBe('proxy-id-1234');
    await waitForLog();
    const line = logLines(app).find((entry) => entry.msg === 'request' && entry.reqId === 'proxy-id-1234');
    expect(line).toMatchObject({ status: 400 });
    expect(line?.durationMs).toBeTypeOf('number');
    expect(app.output()).not.toContain(token);
  });

  it('answers a URL that does not parse (a Host port above 65535) like any refused request', async () => {
    const token = 'reset-token-behind-a-bad-host';
    // fetch() cannot send such a Host header; node:http can.
    const refused = await new Promise<IncomingMessage & { body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          port: app.port,
          path: `/reset-password/${token}`,
          headers: { host: 'localhost:99999', accept: 'text/html', 'x-request-id': 'proxy-id-bad-host' },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk) => {
            body += chunk;
          });
          response.on('end', () => resolve(Object.assign(response, { body })));
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['x-request-id']).toBe('proxy-id-bad-host');
    expect(refused.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(refused.headers['x-frame-options']).toBe('DENY');
    expect(refused.body).toContain('<a href="/">');
    await waitForLog();
    const line = logLines(app).find(
      (entry) => entry.msg === 'request' && entry.reqId === 'proxy-id-bad-host',
    );
    expect(line).toMatchObject({ level: 'info', method: 'GET', status: 400 });
    expect(app.output()).not.toContain(token);
  });

  it("keeps a proxy's request id, and replaces one that is not an id", async () => {
    const client = new HttpClient(app.baseUrl);
    const idOf = async (requestId: string) =>
      (await client.request('/', { headers: { 'x-request-id': requestId } })).headers.get('x-request-id');
    expect(await idOf('0f9e8d7c6b5a49382716')).toBe('0f9e8d7c6b5a49382716');
    for (const forged of ['"},{"level":"fatal"', 'see <a href=x>', 'short', 'x'.repeat(101)]) {
      expect(await idOf(forged), forged).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('keeps tokens, cookies, passwords, TOTP secrets and links with tokens out, even of a failing query', async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedInClient(app.baseUrl, person);
    const token = sessionToken(client);
    const signedCookieValue = /session_token=([^;]+)/.exec(client.cookie)?.[1] ?? 'missing-cookie';
    const secrets = [token, signedCookieValue, decodeURIComponent(signedCookieValue), person.password];

    // A TOTP secret, handed out in a response.
    const enabled = await client.authPost('two-factor/enable', { password: person.password });
    expect(enabled.status).toBe(200);
    const { totpURI } = (await enabled.json()) as { totpURI: string };
    secrets.push(new URL(totpURI).searchParams.get('secret') ?? 'missing-secret');

    // Links with tokens (made up: their shape is what matters), in the query and in the path.
    const linkToken = `link${crypto.randomUUID().replaceAll('-', '')}`;
    const resetToken = `reset${crypto.randomUUID().replaceAll('-', '')}`;
    secrets.push(linkToken, resetToken);
    await client.request(`/api/auth/verify-email?token=${linkToken}&callbackURL=/dashboard`);
    await client.request(`/api/auth/reset-password/${resetToken}?callbackURL=/auth/reset-password`);
    await client.request(`/api/auth/magic-link/verify?token=${linkToken}`);
    await new HttpClient(app.baseUrl).signIn({ email: person.email, password: `${person.password}-wrong` });
    secrets.push(`${person.password}-wrong`);

    // The session query fails: its error quotes the query's parameters, the session token among them.
    await getDatabase().execute(sql`alter table "session" rename column "token" to "token_moved"`);
    let failedCall: Response;
    try {
      const call = await client.serverFn('features.user.users.functions.fetchMySessions', { method: 'GET' });
      expect(call.status).toBe(500);
      failedCall = call.response;
      const page = await client.request('/dashboard');
      expect(page.status).toBeGreaterThanOrEqual(500);
      await waitForLog();
    } finally {
      await getDatabase().execute(sql`alter table "session" rename column "token_moved" to "token"`);
    }

    const output = app.output();
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/otpauth:\/\/totp\/[^[]/);
    // The failure is still there to read, with the request id the client was shown.
    const failure = logLines(app).find(
      (line) =>
        line.msg === 'unexpected server error' && line.reqId === failedCall.headers.get('x-request-id'),
    );
    expect(failure?.err?.message).toMatch(/Failed query: .*"session"/s);
    expect(failure?.err?.message).toContain('params: [redacted]');
  });

  it("logs an auth endpoint's unexpected error once, as a redacted JSON line with the request id", async () => {
    const person = await createTestUser(getDatabase());
    // A refusal (an unreadable body) is answered, and printed nowhere as a plain-text line.
    const unreadable = await new HttpClient(app.baseUrl).request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(unreadable.status).toBe(400);

    // Signing in inserts a session row; the insert fails, and its error quotes the new session's token.
    await getDatabase().execute(sql`alter table "session" rename column "token" to "token_moved"`);
    let response: Response;
    try {
      response = await new HttpClient(app.baseUrl).signIn({ email: person.email, password: person.password });
      await waitForLog();
    } finally {
      await getDatabase().execute(sql`alter table "session" rename column "token_moved" to "token"`);
    }
    expect(response.status).toBe(500);
    const requestId = response.headers.get('x-request-id') ?? 'missing-request-id';
    const body = (await response.json()) as { message: string };
    expect(body.message).toContain(requestId);
    expect(JSON.stringify(body)).not.toMatch(/insert|params|token/i);

    const output = app.output();
    expect(output).not.toContain('SERVER_ERROR');
    expect(output).not.toContain('[Better Auth]');
    expect(output).not.toMatch(/params: \[(?!redacted\])/);
    const failure = logLines(app).find(
      (line) => line.msg === 'unexpected server error' && line.reqId === requestId,
    );
    expect(failure?.err?.message).toMatch(/Failed query: insert into "session"/);
    expect(failure?.err?.message).toContain('params: [redacted]');
  });

  it('writes nothing but JSON lines, from listening to shut down', async () => {
    const own = await startAppServer();
    expect((await fetch(`${own.baseUrl}/`)).status).toBe(200);
    expect(await own.stop()).toBe(0);
    const lines = own
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    const notJson = lines.filter((line) => {
      try {
        return typeof (JSON.parse(line) as LogLine).level !== 'string';
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
    const messages = lines.map((line) => (JSON.parse(line) as LogLine).msg);
    expect(messages[0]).toBe('listening');
    expect(lines[0]).toContain(`:${own.port}/`);
    expect(messages).toContain('shutting down: finishing the requests in flight');
    expect(messages.at(-1)).toBe('shut down');
  });
});
