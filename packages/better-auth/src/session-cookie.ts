import { parseCookies } from 'better-auth/cookies';
import { constantTimeEqual, getCryptoKey } from 'better-auth/crypto';

/**
 * The value of a cookie better-auth signed (`value.signature`, the signature an HMAC-SHA256 of the value
 * with the auth secret, base64), or null when it is missing or its signature does not match. The same
 * check better-auth makes, with its own primitives, so the session can be read without its endpoint.
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
  return constantTimeEqual(await sign(value, secret), signature) ? value : null;
}

// The HMAC key, imported once per secret rather than on every request (better-auth's makeSignature
// imports it each time; the signature is the same).
const keys = new Map<string, Promise<CryptoKey>>();

async function sign(value: string, secret: string): Promise<string> {
  let key = keys.get(secret);
  if (!key) {
    key = getCryptoKey(secret);
    keys.set(secret, key);
  }
  const signature = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(value));
  return btoa(String.fromCharCode(...new Uint8Array(signature)));
}

/** The name of one `name=value` pair of a Cookie header. */
function nameOf(pair: string): string {
  return pair.slice(0, Math.max(pair.indexOf('='), 0)).trim();
}

/**
 * True when the header carries the cookie more than once (a sibling subdomain or a narrower path can
 * add a second one). Parsers disagree on which one counts (better-auth's endpoints take the first, its
 * `parseCookies` the last), so such a request is read as carrying no session at all.
 */
export function carriesCookieMoreThanOnce(cookieHeader: string | null, name: string): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').filter((pair) => nameOf(pair) === name).length > 1;
}

/** The Cookie header without any cookie of that name. */
export function withoutCookie(cookieHeader: string, name: string): string {
  return cookieHeader
    .split(';')
    .filter((pair) => nameOf(pair) !== name)
    .map((pair) => pair.trim())
    .join('; ');
}
