import type { DestinationStream } from 'pino';
import { describe, expect, it } from 'vitest';
import { addUserToLogContext, withLogContext } from './log-context';
import { createLogger, logMail } from './logger';
import { mailEntriesInLog } from './mail-line';

function capture(pretty = false) {
  const lines: string[] = [];
  const destination: DestinationStream = { write: (line) => void lines.push(line) };
  return { logger: createLogger({ pretty, destination, level: 'info' }), text: () => lines.join('') };
}

const TOKEN = 'Zt3cretSessi0nT0kenValue';

describe('logger', () => {
  it('writes JSON lines with the level as a word and an ISO time', () => {
    const { logger, text } = capture();
    logger.info({ reqId: 'r1', status: 200 }, 'request');
    expect(JSON.parse(text())).toMatchObject({ level: 'info', reqId: 'r1', status: 200, msg: 'request' });
    expect(JSON.parse(text()).time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('adds the request id to every line logged while serving the request, by whoever logs it', async () => {
    const { logger, text } = capture();
    await withLogContext({ reqId: 'r-42' }, async () => {
      await Promise.resolve();
      logger.warn({ source: 'better-auth' }, 'inside');
      logger.info({ reqId: 'own' }, 'own id');
    });
    logger.info('outside');
    const [inside, own, outside] = text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { reqId?: string; source?: string });
    expect(inside).toMatchObject({ reqId: 'r-42', source: 'better-auth' });
    expect(own?.reqId).toBe('own');
    expect(outside?.reqId).toBeUndefined();
    expect(text().match(/"reqId"/g)).toHaveLength(2);
  });

  it("names the user learnt while serving a request on that request's later lines only", async () => {
    const { logger, text } = capture();
    addUserToLogContext({ userId: 'nobody' });
    await Promise.all([
      withLogContext({ reqId: 'signs-in' }, async () => {
        logger.info('before');
        await Promise.resolve();
        addUserToLogContext({ userId: 'u-1', orgId: 'o-1' });
        logger.info('after');
      }),
      withLogContext({ reqId: 'other' }, async () => {
        await Promise.resolve();
        await Promise.resolve();
        logger.info('other');
      }),
    ]);
    logger.info('outside');
    const lines = text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; userId?: string; orgId?: string });
    const byMessage = Object.fromEntries(lines.map((line) => [line.msg, line]));
    expect(byMessage.after).toMatchObject({ userId: 'u-1', orgId: 'o-1' });
    for (const message of ['before', 'other', 'outside']) expect(byMessage[message]?.userId).toBeUndefined();
  });

  it("shares a request's context and the process's logger with a second copy of the module", async () => {
    // The built server bundles this package twice (nitro's entry and the SSR bundle); a query suffix gives
    // Vite a second instance of each module the same way.
    const secondCopy = (module: string): Promise<unknown> =>
      import(/* @vite-ignore */ `${module}?second-copy`);
    const copy = (await secondCopy('./log-context')) as typeof import('./log-context');
    const loggerCopy = (await secondCopy('./logger')) as typeof import('./logger');
    const seen = await withLogContext({ reqId: 'r-copy' }, async () => {
      copy.addUserToLogContext({ userId: 'u-copy' });
      return copy.currentLogContext();
    });
    expect(seen).toEqual({ reqId: 'r-copy', userId: 'u-copy' });
    expect(loggerCopy.logger).toBe((await import('./logger')).logger);
  });

  it('keeps tokens, cookies, passwords, TOTP secrets and links with tokens out', () => {
    const { logger, text } = capture();
    logger.info({ password: TOKEN, body: { newPassword: TOKEN, token: TOKEN }, headers: { cookie: TOKEN } });
    logger.info({ totp: { totpURI: `otpauth://totp/Kit:a?secret=${TOKEN}`, backupCodes: [TOKEN] } });
    logger.info(`link https://app.test/api/auth/verify-email?token=${TOKEN}&callbackURL=/`);
    logger.info(`reset https://app.test/api/auth/reset-password/${TOKEN}?callbackURL=/x`);
    logger.warn(`header better-auth.session_token=${TOKEN}.sig; other=1`);
    logger.warn(`uri otpauth://totp/Kit:a?secret=${TOKEN}&issuer=Kit`);
    const failedQuery = new Error(`Failed query: select * from session where token = $1\nparams: ${TOKEN}`, {
      cause: new Error('column "token" does not exist'),
    });
    logger.error({ err: failedQuery }, 'unexpected server error');
    logger.error(failedQuery);
    expect(text()).not.toContain(TOKEN);
    expect(text()).toContain('column \\"token\\" does not exist');
    expect(text()).toContain('Failed query: select * from session');
  });

  it('writes readable lines in development, and emails as [mail] lines', () => {
    const { logger, text } = capture(true);
    logger.info(
      { reqId: 'abcdef123456', method: 'GET', path: '/dashboard', status: 200, durationMs: 4 },
      'request',
    );
    logMail({ to: 'a@example.test', subject: 'Hi', links: ['http://localhost/x'] }, logger);
    const [request, mail] = text().split('\n');
    expect(request).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}\[abcdef12\] GET \/dashboard 200 4ms request$/);
    expect(mail).toBe('[mail] {"to":"a@example.test","subject":"Hi","links":["http://localhost/x"]}');
  });

  it('finds emails in both formats', () => {
    const json = capture();
    logMail({ to: 'a@example.test', subject: 'A', links: [] }, json.logger);
    const pretty = capture(true);
    logMail({ to: 'b@example.test', subject: 'B', links: [] }, pretty.logger);
    const found = mailEntriesInLog(`noise\n${json.text()}${pretty.text()}{"msg":"x"}\n`);
    expect(found.map((entry) => entry.to)).toEqual(['a@example.test', 'b@example.test']);
  });
});
