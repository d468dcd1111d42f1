// The recipient's language in billing emails over HTTP (production build, Stripe stand-in): a user's
// `locale` is stored at sign-up from the request's language and kept current by rememberLocale, and the
// payment-failed email a webhook causes speaks it.
import { getDatabase } from '@kit/database';
import { user } from '@kit/database/schema';
import { createTestUser, type TestUser } from '@kit/database/testing';
import { emailsInLog } from '@kit/mailers/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingApp, createSubscribedOrganization, startBillingApp } from './support/billing';
import { HttpClient } from './support/http-client';

const REMEMBER_LOCALE = 'lib.i18n.remember-locale.functions.rememberLocale';

let billing: BillingApp;

beforeAll(async () => {
  billing = await startBillingApp();
});

afterAll(async () => {
  await billing?.stop();
});

async function storedLocaleOf(email: string) {
  const [row] = await getDatabase().select({ locale: user.locale }).from(user).where(eq(user.email, email));
  return row?.locale;
}

async function signedIn(person: TestUser) {
  const client = new HttpClient(billing.app.baseUrl);
  const response = await client.signIn({ email: person.email, password: person.password });
  expect(response.status).toBe(200);
  return client;
}

function signUp(email: string, headers: Record<string, string>, extra: Record<string, unknown> = {}) {
  const client = new HttpClient(billing.app.baseUrl);
  return client.request('/api/auth/sign-up/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: client.origin, ...headers },
    body: JSON.stringify({ email, password: 'password-1234', name: 'Neue Person', ...extra }),
  });
}

const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID()}@example.test`;

describe('the stored locale', () => {
  it('is the language of the sign-up request: the locale cookie, else Accept-Language, else English', async () => {
    const german = uniqueEmail('de');
    expect((await signUp(german, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' })).status).toBe(200);
    expect(await storedLocaleOf(german)).toBe('de');

    const cookieWins = uniqueEmail('cookie');
    expect((await signUp(cookieWins, { 'accept-language': 'en-US', cookie: 'locale=de' })).status).toBe(200);
    expect(await storedLocaleOf(cookieWins)).toBe('de');

    const french = uniqueEmail('fr');
    expect((await signUp(french, { 'accept-language': 'fr-FR' })).status).toBe(200);
    expect(await storedLocaleOf(french)).toBe('en');
  });

  it('cannot be chosen in the sign-up body', async () => {
    const email = uniqueEmail('body');
    const response = await signUp(email, { 'accept-language': 'en' }, { locale: 'de' });
    // better-auth refuses a field marked `input: false`; either way no 'de' is stored.
    expect(response.status).toBe(400);
    expect(await storedLocaleOf(email)).not.toBe('de');
  });

  it('rememberLocale stores the signed-in user’s switch, refuses an unknown locale (400) and no session (401)', async () => {
    const person = await createTestUser(getDatabase());
    const client = await signedIn(person);
    expect(await storedLocaleOf(person.email)).toBeNull();

    const switched = await client.serverFn(REMEMBER_LOCALE, { data: { locale: 'de' } });
    expect(switched.status).toBe(200);
    expect(await storedLocaleOf(person.email)).toBe('de');

    const unknown = await client.serverFn(REMEMBER_LOCALE, { data: { locale: 'fr' } });
    expect(unknown.status).toBe(400);
    expect(await storedLocaleOf(person.email)).toBe('de');

    const anonymous = await new HttpClient(billing.app.baseUrl).serverFn(REMEMBER_LOCALE, {
      data: { locale: 'en' },
    });
    expect(anonymous.status).toBe(401);
    expect(await storedLocaleOf(person.email)).toBe('de');

    expect((await client.serverFn(REMEMBER_LOCALE, { data: { locale: 'en' } })).status).toBe(200);
    expect(await storedLocaleOf(person.email)).toBe('en');
  });
  it('rememberLocale refuses an impersonating admin (403), leaving the user’s language as it was', async () => {
    const person = await createTestUser(getDatabase());
    expect(
      (await (await signedIn(person)).serverFn(REMEMBER_LOCALE, { data: { locale: 'de' } })).status,
    ).toBe(200);
    const admin = await createTestUser(getDatabase(), { role: 'admin' });
    const adminClient = await signedIn(admin);
    const impersonate = await adminClient.serverFn('features.admin.user-actions.functions.impersonateUser', {
      data: { userId: person.id },
    });
    expect(impersonate.status).toBe(200);

    const refused = await adminClient.serverFn(REMEMBER_LOCALE, { data: { locale: 'en' } });
    expect(refused.status).toBe(403);
    expect(await storedLocaleOf(person.email)).toBe('de');
  });
});

describe('billing emails in the recipient’s language', () => {
  async function paymentFailedEmailTo(org: Awaited<ReturnType<typeof createSubscribedOrganization>>) {
    billing.standIn.setSubscription(org.subscriptionId, { status: 'past_due' });
    const invoice = billing.standIn.createInvoice(org.subscriptionId, { status: 'open' });
    const delivery = await billing.deliver(billing.standIn.event('invoice.payment_failed', invoice));
    expect(delivery.status, delivery.body).toBe(200);
    const emails = emailsInLog(billing.app.output()).filter((mail) => mail.to === org.owner.email);
    expect(emails).toHaveLength(1);
    return emails[0];
  }

  it('a German owner gets the payment-failed email in German, an English one in English', async () => {
    const germanOrg = await createSubscribedOrganization(billing);
    const englishOrg = await createSubscribedOrganization(billing);
    const germanOwner = await signedIn(germanOrg.owner);
    expect((await germanOwner.serverFn(REMEMBER_LOCALE, { data: { locale: 'de' } })).status).toBe(200);

    const german = await paymentFailedEmailTo(germanOrg);
    expect(german?.subject).toMatch(/^Zahlung für .+ fehlgeschlagen$/);
    expect(german?.text).toContain('Zur Abrechnung');

    const english = await paymentFailedEmailTo(englishOrg);
    expect(english?.subject).toMatch(/^Payment failed for .+$/);
    expect(english?.text).not.toContain('Zur Abrechnung');
  });
});
