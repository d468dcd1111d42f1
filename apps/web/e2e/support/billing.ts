import { createDatabase } from '@kit/database';
import { createTestOrganization, createTestUser, type TestUser } from '@kit/database/testing';

/** The Stripe prices global-setup.ts gives the stand-in and the app. */
export const E2E_PRICES = { pro: 'price_e2e_pro', team: 'price_e2e_team' } as const;

/** Holds the stand-in's webhook deliveries (they answer 200 but do not reach the app) until released. */
export async function holdWebhooks(): Promise<void> {
  const response = await fetch(`${process.env.E2E_WEBHOOK_RELAY_URL}/hold`, { method: 'POST' });
  if (!response.ok) throw new Error(`holding webhooks failed: ${response.status}`);
}

/** Delivers the held webhooks to the app; answers the app's status for each. */
export async function releaseWebhooks(): Promise<number[]> {
  const response = await fetch(`${process.env.E2E_WEBHOOK_RELAY_URL}/release`, { method: 'POST' });
  if (!response.ok) throw new Error(`releasing webhooks failed: ${response.status}`);
  return ((await response.json()) as { statuses: number[] }).statuses;
}

/** An organization with an owner and a member, straight in the database. */
export async function createOrganizationWithMember(
  name: string,
): Promise<{ owner: TestUser; member: TestUser; organizationId: string }> {
  const handle = createDatabase({ url: process.env.DATABASE_URL });
  try {
    const owner = await createTestUser(handle.db, { name: 'Olga Owner' });
    const member = await createTestUser(handle.db, { name: 'Mats Member' });
    const organization = await createTestOrganization(handle.db, {
      name,
      members: [
        { userId: owner.id, role: 'owner' },
        { userId: member.id, role: 'member' },
      ],
    });
    return { owner, member, organizationId: organization.id };
  } finally {
    await handle.close();
  }
}
