// `pnpm db:grant-admin <email>`: gives an existing user the app-level admin role (the first admin of
// a production deployment has no other way in).
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { createDatabase } from '../client';
import { parseDatabaseEnv } from '../env';
import { user } from '../schema';
import { loadDotEnv } from './load-env';

loadDotEnv();

const email = z.email().safeParse(process.argv[2]?.trim().toLowerCase());
if (!email.success) {
  console.error('Usage: pnpm db:grant-admin <email of an existing user>');
  process.exit(1);
}

const handle = createDatabase({
  url: process.env.DATABASE_URL || undefined,
  maxConnections: 1,
  prepare: parseDatabaseEnv().prepare,
});
try {
  const updated = await handle.db
    .update(user)
    .set({ role: 'admin' })
    .where(eq(sql`lower(${user.email})`, email.data))
    .returning({ id: user.id });
  if (updated.length === 0) {
    console.error(`No user has the email ${email.data}. Sign up with it first, then run this again.`);
    process.exitCode = 1;
  } else {
    console.log(`${email.data} is now an admin. They see /admin on their next page load.`);
  }
} finally {
  await handle.close();
}
