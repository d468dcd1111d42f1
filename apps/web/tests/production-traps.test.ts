// Issue 9, item 8: configurations that would be unsafe in production are refused, whatever NODE_ENV
// says, and production keeps tokens out of its log.
import { spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import path from 'node:path';
import { getDatabase } from '@kit/database';
import { user } from '@kit/database/schema';
import { seedUsers } from '@kit/database/seed';
import { createTestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runAppServerExpectingExit, startAppServer, TEST_SECRET } from './support/app-server';
import { HttpClient } from './support/http-client';

const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';
const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');

describe('production traps (production build)', () => {
  it('refuses the development secret, set or fallen back to, even with NODE_ENV=development', async () => {
    const base = { DATABASE_URL: process.env.DATABASE_URL, BETTER_AUTH_URL: 'http://localhost:3999' };
    const fallback = await runAppServerExpectingExit({ ...base, NODE_ENV: 'development' });
    expect(fallback.code).toBe(1);
    expect(fallback.output).toContain('BETTER_AUTH_SECRET is required in production');
    const explicit = await runAppServerExpectingExit({
      ...base,
      NODE_ENV: 'development',
      BETTER_AUTH_SECRET: DEVELOPMENT_SECRET,
    });
    expect(explicit.code).toBe(1);
    expect(explicit.output).toContain('BETTER_AUTH_SECRET is the development secret');
  });

  it('refuses to start without BETTER_AUTH_URL', async () => {
    const result = await runAppServerExpectingExit({
      DATABASE_URL: process.env.DATABASE_URL,
      BETTER_AUTH_SECRET: TEST_SECRET,
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('BETTER_AUTH_URL is required in production');
  });

  it('says which port is taken, as a JSON line, and exits 1 when it cannot listen', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const result = await runAppServerExpectingExit({
        PORT: String(port),
        DATABASE_URL: process.env.DATABASE_URL,
        BETTER_AUTH_SECRET: TEST_SECRET,
        BETTER_AUTH_URL: `http://localhost:${port}`,
      });
      expect(result.code).toBe(1);
      const lines = result.output.trim().split('\n');
      const last = JSON.parse(lines.at(-1) ?? '') as { level: string; msg: string };
      expect(last).toMatchObject({
        level: 'fatal',
        msg: `Port ${port} is already in use: stop what listens there, or set PORT to a free port.`,
      });
    } finally {
      taken.close();
    }
  });

  it('keeps reset and verification links out of the log without SMTP_URL', async () => {
    const app = await startAppServer({ MAIL_LOG_LINKS: undefined });
    try {
      const person = await createTestUser(getDatabase());
      const client = new HttpClient(app.baseUrl);
      const reset = await client.authPost('request-password-reset', {
        email: person.email,
        redirectTo: '/auth/reset-password',
      });
      expect(reset.status).toBe(200);
      const signUp = await client.authPost('sign-up/email', {
        name: 'New Person',
        email: `new-${crypto.randomUUID().slice(0, 8)}@example.test`,
        password: 'new-person-password',
      });
      expect(signUp.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const mails = emailsInLog(app.output());
      expect(mails.map((mail) => mail.subject).sort()).toEqual([
        'Confirm your email address',
        'Reset your password',
      ]);
      expect(app.output()).not.toMatch(/reset-password\/|verify-email\?token=|token=/);
    } finally {
      await app.stop();
    }
  });

  it('pnpm db:seed refuses a database that has users, unless told otherwise', async () => {
    await createTestUser(getDatabase());
    const run = (args: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn('pnpm', ['--silent', 'db:seed', ...args], {
          cwd: REPOSITORY_ROOT,
          env: { PATH: process.env.PATH, DATABASE_URL: process.env.DATABASE_URL },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
        });
        child.stderr.on('data', (chunk) => {
          output += chunk;
        });
        child.once('exit', (code) => resolve({ code, output }));
      });
    const seedAdmin = () => getDatabase().select().from(user).where(eq(user.email, seedUsers.admin.email));

    const refused = await run([]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('Refusing to seed');
    expect(await seedAdmin()).toEqual([]);

    const allowed = await run(['--allow-existing-users']);
    expect(allowed.code, allowed.output).toBe(0);
    expect(await seedAdmin()).toHaveLength(1);
  }, 60_000);
});
