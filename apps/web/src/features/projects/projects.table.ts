import { organization } from '@kit/database/schema';
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Projects belong to one organization and go with it when it is deleted. */
export const projects = pgTable(
  'projects',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [index('projects_organization_id_created_at_idx').on(table.organizationId, table.createdAt)],
);
