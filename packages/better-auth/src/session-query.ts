import type { Database } from '@kit/database';
import { member, organization, organizationBilling, session, user } from '@kit/database/schema';
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Membership } from './identity';
import type { PageDataSelection } from './page-data';

const impersonator = alias(user, 'impersonator');

function prepareSessionQuery(db: Database, pageData?: PageDataSelection) {
  const organizations = db
    .select({
      list: sql<Membership[]>`coalesce(json_agg(json_build_object(
        'id', ${organization.id}, 'name', ${organization.name}, 'slug', ${organization.slug},
        'logo', ${organization.logo}, 'role', ${member.role},
        'subscription', case when ${organizationBilling.organizationId} is null then null else json_build_object(
          'planId', ${organizationBilling.planId}, 'status', ${organizationBilling.status},
          'pastDueSince', ${organizationBilling.pastDueSince}
        ) end
      ) order by ${asc(organization.name)}, ${asc(organization.id)}), '[]'::json)`,
    })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .leftJoin(organizationBilling, eq(organizationBilling.organizationId, member.organizationId))
    .where(eq(member.userId, session.userId));
  return db
    .select({
      session,
      user,
      impersonator: {
        id: impersonator.id,
        role: impersonator.role,
        banned: impersonator.banned,
        banExpires: impersonator.banExpires,
      },
      organizations: sql<Membership[]>`(${organizations})`,
      pageData: pageData
        ? sql<unknown>`${pageData.select(db, { userId: session.userId, activeOrganizationId: session.activeOrganizationId })}`
        : sql<unknown>`null`,
    })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .leftJoin(impersonator, eq(impersonator.id, session.impersonatedBy))
    .where(eq(session.token, sql.placeholder('token')))
    .limit(1)
    .prepare(pageData ? `kit_session_by_token_${pageData.name}` : 'kit_session_by_token');
}

// Built once per database: the statement runs on every signed-in request. Its SQL is built once; whether
// PostgreSQL keeps it as a named statement is the client's `prepare` (DATABASE_PREPARE): with it off, as a
// transaction-mode pooler needs, postgres.js sends it unnamed each time (tests/connection-pooler.test.ts).
// One per page-data selection as well ('' for none).
const preparedByDatabase = new WeakMap<Database, Map<string, ReturnType<typeof prepareSessionQuery>>>();

/**
 * Everything a signed-in request needs to know about its caller, in one statement: the session, its
 * user (every column: `onboarded_at` too, for the onboarding guard), the admin impersonating (if any),
 * and every organization the user belongs to with their role and its subscription as the webhooks last
 * stored it. With `pageData`, also what the request's page renders (`pageData` column; null without).
 */
export async function selectSessionByToken(db: Database, token: string, pageData?: PageDataSelection) {
  let byName = preparedByDatabase.get(db);
  if (!byName) {
    byName = new Map();
    preparedByDatabase.set(db, byName);
  }
  const key = pageData?.name ?? '';
  let prepared = byName.get(key);
  if (!prepared) {
    prepared = prepareSessionQuery(db, pageData);
    byName.set(key, prepared);
  }
  const [row] = await prepared.execute({ token });
  return row;
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof selectSessionByToken>>>;
