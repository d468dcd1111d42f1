import { createDatabase } from '@kit/database';
import { session, user } from '@kit/database/schema';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';
import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';

/**
 * A fresh user (an admin with `role: 'admin'`), optionally owning an organization, straight in the
 * database; past onboarding unless `onboarded: false`.
 */
export async function createUser(
  options: { role?: 'admin' | 'user'; name?: string; organization?: string; onboarded?: boolean } = {},
): Promise<TestUser & { organizationId?: string }> {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    const user = await createTestUser(handle.db, {
      role: options.role,
      name: options.name,
      onboarded: options.onboarded,
    });
    if (!options.organization) return user;
    const organization = await createTestOrganization(handle.db, {
      name: options.organization,
      members: [{ userId: user.id, role: 'owner' }],
    });
    return { ...user, organizationId: organization.id };
  } finally {
    await handle.close();
  }
}

/** An organization nobody belongs to (what deleting its last member leaves behind). */
export async function createEmptyOrganization(name: string): Promise<string> {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    return (await createTestOrganization(handle.db, { name, members: [] })).id;
  } finally {
    await handle.close();
  }
}

/** Makes every session of the account half an hour old, past the fresh age of sensitive changes. */
export async function ageSessionsOf(email: string): Promise<void> {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    const [owner] = await handle.db.select({ id: user.id }).from(user).where(eq(user.email, email));
    if (!owner) throw new Error(`no account for ${email}`);
    await handle.db
      .update(session)
      .set({ createdAt: new Date(Date.now() - 30 * 60_000) })
      .where(eq(session.userId, owner.id));
  } finally {
    await handle.close();
  }
}

/** Signs in through the auth API: the context's cookie jar then holds the session. */
export async function signInContext(context: BrowserContext, user: TestUser): Promise<void> {
  const baseUrl = process.env.E2E_BASE_URL ?? '';
  const response = await context.request.post('/api/auth/sign-in/email', {
    headers: { origin: new URL(baseUrl).origin },
    data: { email: user.email, password: user.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Makes the organization the active account through the account switcher, as a person would. */
export async function activateOrganization(page: Page, organizationName: string): Promise<void> {
  const viewport = page.viewportSize();
  // The switcher sits in the sidebar, which narrow screens tuck into the drawer.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/dashboard');
  await page.waitForLoadState('networkidle');
  await page.getByTestId('account-switcher').click();
  await page.getByRole('menuitemradio', { name: organizationName }).click();
  await expect(page.getByTestId('active-account')).toContainText(organizationName);
  if (viewport) await page.setViewportSize(viewport);
}

/** A new page in a new context, signed in as `user`. */
export async function signedInPage(
  browser: Browser,
  user: TestUser,
  contextOptions: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
  const context = await browser.newContext(contextOptions);
  await signInContext(context, user);
  return context.newPage();
}
