import { hashPassword } from 'better-auth/crypto';
import type { Database } from './client';
import { account, user } from './schema';

export interface NewPasswordUser {
  email: string;
  password: string;
  name: string;
  role?: 'admin' | 'user';
  emailVerified?: boolean;
  /** Counts as having finished onboarding (default true: seeded and test users skip it). */
  onboarded?: boolean;
}

/** Inserts a user with an email+password credential, as better-auth's sign-up would. */
export async function insertPasswordUser(db: Database, input: NewPasswordUser): Promise<string> {
  const id = crypto.randomUUID();
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.insert(user).values({
      id,
      email: input.email.toLowerCase(),
      name: input.name,
      emailVerified: input.emailVerified ?? true,
      role: input.role ?? 'user',
      onboardedAt: (input.onboarded ?? true) ? new Date() : null,
    });
    await tx.insert(account).values({
      id: crypto.randomUUID(),
      accountId: id,
      providerId: 'credential',
      userId: id,
      password: passwordHash,
    });
  });
  return id;
}
