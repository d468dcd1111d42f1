// The billing emails the Stripe webhooks send: each recipient's language, the organization, the link
// and the date in the rendered email, and one failing recipient not stopping the others.
import { logger } from '@kit/logger';
import { type OutgoingEmail, setMailTransport } from '@kit/mailers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BillingEmailRecipient,
  sendPaymentFailedEmails,
  sendTrialEndingEmails,
} from '../src/features/billing/billing-emails';

const ENGLISH: BillingEmailRecipient = { email: 'ada@example.test', name: 'Ada', locale: 'en' };
const GERMAN: BillingEmailRecipient = { email: 'bernd@example.test', name: 'Bernd', locale: 'de' };
const details = {
  organizationName: 'Acme Räder GmbH',
  planName: 'Pro',
  billingUrl: 'https://app.example.test/organization/billing',
};

function captureEmails(failFor: string[] = []) {
  const sent: OutgoingEmail[] = [];
  const restore = setMailTransport({
    kind: 'log',
    send: async (email) => {
      if (failFor.includes(email.to)) throw new Error('mailbox unavailable');
      sent.push(email);
    },
  });
  const to = (address: string) => {
    const found = sent.filter((email) => email.to === address);
    expect(found, address).toHaveLength(1);
    return found[0] as OutgoingEmail;
  };
  return { sent, restore, to };
}

describe('billing emails', () => {
  let restore: () => void = () => {};
  afterEach(() => {
    restore();
    vi.restoreAllMocks();
  });

  it('tells each billing manager, in their language, that the payment failed and until when the plan works', async () => {
    const mail = captureEmails();
    restore = mail.restore;
    await sendPaymentFailedEmails([ENGLISH, GERMAN], {
      ...details,
      graceEndsAt: new Date('2026-12-03T10:00:00Z'),
    });

    const english = mail.to(ENGLISH.email);
    expect(english.subject).toBe('Payment failed for Acme Räder GmbH');
    expect(english.html).toContain('lang="en"');
    expect(english.text).toContain('Hi Ada, the latest payment for the Pro plan of Acme Räder GmbH failed.');
    expect(english.text).toMatch(/keeps working until December 3, 2026 at 10:00\sAM UTC\./);
    expect(english.html).toContain(`href="${details.billingUrl}"`);
    expect(english.text).toContain(details.billingUrl);

    const german = mail.to(GERMAN.email);
    expect(german.subject).toBe('Zahlung für Acme Räder GmbH fehlgeschlagen');
    expect(german.html).toContain('lang="de"');
    expect(german.text).toContain('Hallo Bernd, die letzte Zahlung für den Tarif Pro von Acme Räder GmbH');
    expect(german.text).toContain('bleibt bis zum 3. Dezember 2026 um 10:00 UTC aktiv.');
    expect(german.text).toContain('Abrechnung von Acme Räder GmbH');
    expect(german.html).toContain(`href="${details.billingUrl}"`);
    expect(german.text).not.toMatch(/payment|December/i);
  });

  it('tells each billing manager, in their language, when the trial ends', async () => {
    const mail = captureEmails();
    restore = mail.restore;
    await sendTrialEndingEmails([ENGLISH, GERMAN], {
      ...details,
      trialEndsAt: new Date('2027-01-15T23:30:00Z'),
    });

    const english = mail.to(ENGLISH.email);
    expect(english.subject).toBe('The Pro trial of Acme Räder GmbH ends soon');
    expect(english.text).toMatch(
      /Hi Ada, the Pro trial of Acme Räder GmbH ends on January 15, 2027 at 11:30\sPM UTC\./,
    );
    expect(english.text).toContain('add a payment method');
    expect(english.html).toContain(`href="${details.billingUrl}"`);

    const german = mail.to(GERMAN.email);
    expect(german.subject).toBe('Die Testphase des Tarifs Pro für Acme Räder GmbH endet bald');
    expect(german.html).toContain('lang="de"');
    expect(german.text).toContain('endet am 15. Januar 2027 um 23:30 UTC.');
    expect(german.text).toContain('Hinterlegen Sie eine Zahlungsmethode');
    expect(german.html).toContain(`href="${details.billingUrl}"`);
    expect(german.text).not.toMatch(/trial|January/i);
  });

  it('writes in the default language (English) when the recipient has no language the app speaks', async () => {
    const mail = captureEmails();
    restore = mail.restore;
    const recipients = [
      { email: 'none@example.test', name: '', locale: null },
      { email: 'fr@example.test', name: 'Claire', locale: 'fr' },
      { email: 'at@example.test', name: 'Anna', locale: 'de-AT' },
    ];
    await sendTrialEndingEmails(recipients, { ...details, trialEndsAt: new Date('2027-01-15T12:00:00Z') });

    expect(mail.to('none@example.test').text).toContain('Hi there, the Pro trial');
    expect(mail.to('fr@example.test').subject).toBe('The Pro trial of Acme Räder GmbH ends soon');
    expect(mail.to('at@example.test').subject).toBe(
      'Die Testphase des Tarifs Pro für Acme Räder GmbH endet bald',
    );
  });

  it('still sends to the others when one recipient fails, and logs the failure without the address', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => {});
    for (const send of [sendPaymentFailedEmails, sendTrialEndingEmails] as const) {
      logged.mockClear();
      const mail = captureEmails([ENGLISH.email]);
      restore = mail.restore;
      await send([ENGLISH, GERMAN], {
        ...details,
        graceEndsAt: new Date('2026-12-03T10:00:00Z'),
        trialEndsAt: new Date('2026-12-03T10:00:00Z'),
      });
      mail.restore();

      expect(mail.sent.map((email) => email.to)).toEqual([GERMAN.email]);
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields, message] = logged.mock.calls[0] ?? [];
      expect(message).toBe('could not send a billing email');
      expect(fields).toMatchObject({ recipient: 0, recipients: 2 });
      expect(JSON.stringify(fields)).not.toContain(ENGLISH.email);
    }
  });
});
