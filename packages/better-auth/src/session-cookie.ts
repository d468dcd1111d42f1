import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { parseCookies } from 'better-auth/cookies';

/**
 * The value of a cookie better-auth signed (`value.signature`, the signature an HMAC-SHA256 of the value
 * with the auth secret, base64), or null when it is missing or its signature does not match. The same
 * check better-auth makes, so the session can be read without its endpoint.
 */
export async function readSignedCookie(
  cookieHeader: string | null,
  name: string,
  secret: string,
): Promise<string | null> {
  if (!cookieHeader) return null;
  const signed = parseCookies(cookieHeader).get(name);
  if (!signed) return null;
  const separator = signed.lastIndexOf('.');
  if (separator < 1) return null;
  const value = signed.slice(0, separator);
  const signature = signed.slice(separator + 1);
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  return timingSafeEqual(Buffer.from(sign(value, secret)), Buffer.from(signature)) ? value : null;
}

// node:crypto rather than WebCrypto (better-auth's makeSignature): the same HMAC-SHA256 of the value,
// keyed with the secret's UTF-8 bytes, computed synchronously with a key made once per secret. WebCrypto
// runs each signature as an async job, which cost more than the rest of a session read.
const keys = new Map<string, KeyObject>();

function sign(value: string, secret: string): string {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return createHmac('sha256', key).update(value).digest('base64');
}

/** The name of one `name=value` pair of a Cookie header. */
function nameOf(pair: string): string {
  return pair.slice(0, Math.max(pair.indexOf('='), 0)).trim();
}

/** The names of a Cookie header's pairs, in order, repeats included. */
export function cookieNamesOf(cookieHeader: string): string[] {
  return cookieHeader.split(';').map(nameOf);
}

/**
 * True when the header carries the cookie more than once (a sibling subdomain or a narrower path can
 * add a second one). Parsers disagree on which one counts (better-auth's endpoints take the first, its
 * `parseCookies` the last), so such a request is read as carrying no session at all.
 */
export function carriesCookieMoreThanOnce(cookieHeader: string | null, name: string): boolean {
  if (!cookieHeader) return false;
  return cookieNamesOf(cookieHeader).filter((pairName) => pairName === name).length > 1;
}

/** The Cookie header without any cookie of that name. */
export function withoutCookie(cookieHeader: string, name: string): string {
  return cookieHeader
    .split(';')
    .filter((pair) => nameOf(pair) !== name)
    .map((pair) => pair.trim())
    .join('; ');
}
