// GET /api/auth/get-session answered from the one-statement session read (session-query.ts) without
// better-auth's handler, where better-auth would answer the same bytes and do nothing else: no cookie
// to set or clear, no row to write or delete. Every other case is left to better-auth (the caller falls
// through to it), so the sliding refresh, cookie clean-up and the kit's after-hooks keep working.
import { getDatabase } from '@kit/database';
import type { BetterAuthOptions } from 'better-auth';
import { getAuthTables } from 'better-auth/db';
import type { AuthSession } from './create-auth';
import { expiresAfterImpersonationDeadline } from './impersonation-policy';
import { getAuth } from './server';
import { cookieNamesOf, readSignedCookie } from './session-cookie';
import { selectSessionByToken } from './session-query';
import { isDueForRefresh, sessionRowState } from './session-row';

export { GET_SESSION_PATH, isPlainGetSession } from './get-session-path';

/** The headers better-auth's get-session sets on its JSON answer. */
const GET_SESSION_HEADERS = {
  'content-type': 'application/json',
  'cache-control': 'no-store',
  pragma: 'no-cache',
} as const;

type Model = 'session' | 'user';

// Per better-auth options: the [output key, row key] pairs better-auth's get-session returns for each
// model, in its order (its adapter's: the schema's fields, then `id`), less the fields marked
// `returned: false` (what its parseSessionOutput / parseUserOutput drop). The JSON then has the same
// bytes as better-auth's, not just the same values (get-session-answer.test.ts compares them).
const outputFields = new WeakMap<BetterAuthOptions, Record<Model, Array<[string, string]>>>();

function outputFieldsOf(options: BetterAuthOptions, model: Model): Array<[string, string]> {
  let fields = outputFields.get(options);
  if (!fields) {
    const tables = getAuthTables(options);
    const of = (name: Model): Array<[string, string]> => [
      ...Object.entries(tables[name]?.fields ?? {})
        .filter(([, field]) => field.returned !== false)
        .map(([key, field]): [string, string] => [key, field.fieldName ?? key]),
      ['id', 'id'],
    ];
    fields = { session: of('session'), user: of('user') };
    outputFields.set(options, fields);
  }
  return fields[model];
}

/** A row of the one statement as better-auth's get-session outputs it. */
function asOutput<Row extends object>(options: BetterAuthOptions, model: Model, row: Row): Row {
  const values = row as Record<string, unknown>;
  const output: Record<string, unknown> = {};
  for (const [key, rowKey] of outputFieldsOf(options, model)) output[key] = values[rowKey];
  return output as Row;
}

export interface GetSessionAnswer {
  /** better-auth's JSON body, byte for byte. */
  body: string;
  /** The headers better-auth's get-session sets on it. */
  headers: Readonly<Record<string, string>>;
  /** Whom the answer names (null: signed out), for the request's log line. */
  session: AuthSession | null;
}

/**
 * A plain `GET /api/auth/get-session`: any query string (`disableRefresh`, `disableCookieCache`, or
 * one better-auth refuses) is better-auth's to read.
 */
function answer(session: AuthSession | null): GetSessionAnswer {
  return { body: JSON.stringify(session), headers: GET_SESSION_HEADERS, session };
}

/**
 * better-auth's answer to a plain get-session (`isPlainGetSession`), or null when
 * only better-auth can give it: a session data cookie (it clears it), the session cookie twice (the
 * kit's plugin drops both), a cookie it cannot verify, a session that is gone, expired, banned or ended
 * by the kit's policy (it clears the cookie or deletes the row), a sliding refresh due (it writes the
 * row and re-sets the cookie), or an impersonation whose expiry is past its deadline (a hook moves it).
 */
export async function answerGetSession(request: Request): Promise<GetSessionAnswer | null> {
  const cookies = request.headers.get('cookie');
  // Without cookies better-auth answers null; this answer does not even set better-auth up.
  if (!cookies) return answer(null);
  const { authCookies, secret, options } = await getAuth().$context;
  const names = cookieNamesOf(cookies);
  if (names.some((name) => name.startsWith(authCookies.sessionData.name))) return null;
  const sessionCookies = names.filter((name) => name === authCookies.sessionToken.name).length;
  if (sessionCookies === 0) return answer(null);
  if (sessionCookies > 1) return null;
  const token = await readSignedCookie(cookies, authCookies.sessionToken.name, secret);
  if (!token) return null;
  const row = await selectSessionByToken(getDatabase(), token);
  const now = Date.now();
  if (!row || sessionRowState(row, now) !== 'current') return null;
  const dontRemember =
    names.includes(authCookies.dontRememberToken.name) &&
    (await readSignedCookie(cookies, authCookies.dontRememberToken.name, secret)) !== null;
  if (!dontRemember && isDueForRefresh(row.session, now)) return null;
  if (expiresAfterImpersonationDeadline(row.session)) return null;
  return answer({
    session: asOutput(options, 'session', row.session),
    user: asOutput(options, 'user', row.user),
  });
}
