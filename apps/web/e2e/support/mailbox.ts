import { readFileSync } from 'node:fs';
import { emailsInLog, type LoggedEmail } from '@kit/mailers/testing';
import { expect } from '@playwright/test';

/** Waits for the development mail transport to have written an email to `to`, and returns the latest. */
export async function latestEmailTo(to: string, subjectPattern?: RegExp): Promise<LoggedEmail> {
  const logFile = process.env.E2E_SERVER_LOG;
  if (!logFile) throw new Error('E2E_SERVER_LOG is not set: run through the Playwright global setup.');
  let found: LoggedEmail | undefined;
  await expect
    .poll(
      () => {
        const emails = emailsInLog(readFileSync(logFile, 'utf8')).filter(
          (email) => email.to === to && (!subjectPattern || subjectPattern.test(email.subject)),
        );
        found = emails.at(-1);
        return Boolean(found);
      },
      { message: `an email to ${to}` },
    )
    .toBe(true);
  if (!found) throw new Error(`no email to ${to}`);
  return found;
}
