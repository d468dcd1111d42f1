// The emails a Stripe event calls for, sent after its transaction committed (once per event: a
// redelivery is a duplicate and never gets here). They go to the organization's billing managers.

import { BILLING_PATH } from '@kit/auth/entitlements';
import { organizationRoleCan } from '@kit/better-auth/permissions';
import { getAuthEnv } from '@kit/better-auth/setup';
import type { BillingPlans } from '@kit/billing/plans';
import type { BillingNotice } from '@kit/billing/webhooks';
import { getDatabase } from '@kit/database';
import { member, organization, user } from '@kit/database/schema';
import { eq } from 'drizzle-orm';
import { type BillingEmailRecipient, sendPaymentFailedEmails, sendTrialEndingEmails } from './billing-emails';

/** The members whose role may manage billing (owners by default), with the organization's name. */
async function billingManagersOf(
  organizationId: string,
): Promise<{ organizationName: string; recipients: BillingEmailRecipient[] } | null> {
  const db = getDatabase();
  const [found] = await db
    .select({ name: organization.name })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!found) return null;
  const members = await db
    .select({ email: user.email, name: user.name, locale: user.locale, role: member.role })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, organizationId));
  const recipients = members
    .filter(({ role }) => organizationRoleCan(role, { billing: ['manage'] }))
    .map(({ email, name, locale }) => ({ email, name, locale }));
  return { organizationName: found.name, recipients };
}

export async function sendBillingNotice(notice: BillingNotice, plans: BillingPlans): Promise<void> {
  const managers = await billingManagersOf(notice.organizationId);
  if (!managers) return;
  const details = {
    organizationName: managers.organizationName,
    planName: plans.plans[notice.planId]?.name ?? notice.planId,
    billingUrl: new URL(BILLING_PATH, getAuthEnv().baseUrl).href,
  };
  if (notice.kind === 'payment-failed') {
    await sendPaymentFailedEmails(managers.recipients, { ...details, graceEndsAt: notice.graceEndsAt });
  } else {
    await sendTrialEndingEmails(managers.recipients, { ...details, trialEndsAt: notice.trialEndsAt });
  }
}
