// What never reaches a log line: session tokens, cookies, passwords, TOTP secrets and links that carry
// a token. Object fields are censored by name (pino's redact paths); free text (messages, error
// messages and stacks, request paths) is scrubbed by pattern, since a driver error quotes its parameters.

export const REDACTED = '[redacted]';

const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'sessionToken',
  'secret',
  'totpURI',
  'backupCodes',
  'cookie',
  'authorization',
  'set-cookie',
];

/** pino redact paths: each secret field at the top level and one or two levels down. */
export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(field) ? field : `["${field}"]`;
  const member = key.startsWith('[') ? key : `.${key}`;
  return [key, `*${member}`, `*.*${member}`];
});

const TEXT_PATTERNS: Array<[RegExp, string]> = [
  // drizzle's DrizzleQueryError: "Failed query: …\nparams: <the values, a session token among them>"
  [/(\bparams:)[^\n]*/g, `$1 ${REDACTED}`],
  // Query parameters that carry a credential: ?token=…, &code=…, callback states.
  [
    /([?&](?:token|code|state|secret|password|otp|access_token|id_token|refresh_token)=)[^&\s"'#]*/gi,
    `$1${REDACTED}`,
  ],
  // Tokens in the path: better-auth's /reset-password/<token>, /verify-email/<token>.
  [/(\/(?:reset-password|verify-email)\/)[^/?#\s"']+/gi, `$1${REDACTED}`],
  // Cookie headers and Set-Cookie values: name=value pairs of the auth cookies.
  // Cookie names are lower-case (`kit.session_token`); upper-case names (environment variables in
  // start-up errors, such as ALLOW_INSECURE_AUTH_URL=true) are left readable.
  [/((?:__Secure-|__Host-)?[a-z0-9_.-]*(?:session|token|auth)[a-z0-9_.-]*=)[^;\s"',]+/g, `$1${REDACTED}`],
  // TOTP provisioning URIs hold the shared secret.
  [/otpauth:\/\/[^\s"']+/gi, `otpauth://${REDACTED}`],
  [/(\bBearer\s+)[\w.~+/-]+=*/gi, `$1${REDACTED}`],
];

/** `text` with every credential-shaped part replaced by [redacted]. */
export function scrubText(text: string): string {
  let scrubbed = text;
  for (const [pattern, replacement] of TEXT_PATTERNS) scrubbed = scrubbed.replace(pattern, replacement);
  return scrubbed;
}
