// The most common passwords are refused wherever a password is chosen (OWASP ASVS 5.0 asks for at least
// the top 3,000 that fit the policy). The list ships in @zxcvbn-ts/language-common (about 49,000 passwords
// by frequency, about 18,000 of them long enough for the policy): checked offline, case-insensitively.

import { PASSWORD_TOO_COMMON } from '@kit/errors';
import { APIError } from 'better-auth/api';
import { fieldLimits } from '../field-limits';
import type { HookContext } from './hook-context';

/** The body field that carries the new password, per endpoint that sets one. */
const NEW_PASSWORD_FIELD: Record<string, string> = {
  '/sign-up/email': 'password',
  '/reset-password': 'newPassword',
  '/change-password': 'newPassword',
  '/admin/create-user': 'password',
  '/admin/set-user-password': 'newPassword',
};

let commonPasswords: Promise<Set<string>> | undefined;

/** Loaded on first use: the list is decompressed when imported, which need not slow the server's start. */
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) =>
      new Set(
        dictionary['passwords-common']
          .filter(
            (password) =>
              password.length >= fieldLimits.passwordMinLength &&
              password.length <= fieldLimits.passwordMaxLength,
          )
          .map((password) => password.toLowerCase()),
      ),
  );
  return commonPasswords;
}

async function isCommonPassword(password: string): Promise<boolean> {
  return (await loadCommonPasswords()).has(password.toLowerCase());
}

/** Before an endpoint that sets a password: a common one is refused with 400, nothing changed. */
export async function refuseCommonPassword(ctx: HookContext): Promise<void> {
  const field = NEW_PASSWORD_FIELD[ctx.path];
  if (!field || !ctx.body || typeof ctx.body !== 'object') return;
  const password = (ctx.body as Record<string, unknown>)[field];
  if (typeof password !== 'string' || !(await isCommonPassword(password))) return;
  throw new APIError('BAD_REQUEST', {
    code: PASSWORD_TOO_COMMON,
    message: 'This password is one of the most common ones, the first that attackers try. Choose another.',
  });
}
