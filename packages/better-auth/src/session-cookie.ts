import { parseCookies } from 'better-auth/cookies';
import { constantTimeEqual, makeSignature } from 'better-auth/crypto';

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
  return constantTimeEqual(await makeSignature(value, secret), signature) ? value : null;
}
