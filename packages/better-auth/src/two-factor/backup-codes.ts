// Backup codes are stored as digests, never as text that could be read back (better-auth's 'plain'
// stores them in clear, and 'encrypted' can be undone with the server's secret). better-auth checks a code
// by looking it up in the decoded list, so the list stays digests and the submitted code is turned into
// its digest before the check (digestSubmittedBackupCode). A code is then shown only once: when made.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { HookContext } from '../hooks/hook-context';

const DIGEST_PREFIX = 'sha256:';
const storedCodesSchema = z.array(z.string());

function digestOf(code: string): string {
  return `${DIGEST_PREFIX}${createHash('sha256').update(code).digest('hex')}`;
}

/**
 * better-auth's `backupCodeOptions.storeBackupCodes`. It hands over the list as JSON: new codes in clear
 * (they never start with the prefix), or what is left of the stored digests after a code was used.
 */
export const hashedBackupCodes = {
  encrypt: async (json: string) =>
    JSON.stringify(
      storedCodesSchema
        .parse(JSON.parse(json))
        .map((entry) => (entry.startsWith(DIGEST_PREFIX) ? entry : digestOf(entry))),
    ),
  decrypt: async (stored: string) => stored,
};

/** Before /two-factor/verify-backup-code: the code is compared as its digest (any text, digests too). */
export function digestSubmittedBackupCode(ctx: HookContext) {
  const body = ctx.body as { code?: unknown } | undefined;
  if (typeof body?.code !== 'string') return undefined;
  return { context: { body: { ...body, code: digestOf(body.code) } } };
}
