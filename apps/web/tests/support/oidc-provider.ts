// A real OpenID provider (oidc-provider) on 127.0.0.1 for the sign-in tests: one confidential client whose
// redirect URI is the app's /api/auth/callback/oidc, PKCE required, the `iss` authorization response
// parameter (RFC 9207, always on in oidc-provider 9), and accounts the test defines. Its own minimal login
// page (login + password, consent granted with the login) serves both an HTTP client and a browser.
// No Vitest imports: the end-to-end setup uses it too.
import { generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface ProviderAccount {
  /** The subject: the provider's stable id for the account (what the app stores as the account id). */
  sub: string;
  email: string;
  /** The provider's `email_verified` claim. */
  emailVerified: boolean;
  name: string;
  /** When set, the login form must be given it; otherwise any password (or none) passes. */
  password?: string;
}

export interface LoginInput {
  /** The account's sub or email. */
  login: string;
  password?: string;
}

/** The claims of an id_token, as the provider issued them. */
export type IdTokenClaims = Record<string, unknown> & { iss: string; sub: string; aud: string | string[] };

export interface OidcProvider {
  issuer: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  /** The provider's accounts by sub; tests may add accounts while it runs. */
  accounts: Map<string, ProviderAccount>;
  addAccount(account: ProviderAccount): ProviderAccount;
  /**
   * Replaces the id_token of every following token response by what `forge` returns (given the claims
   * the provider issued); `undefined` restores the provider's own. For the id_token checks of the client.
   */
  forgeIdTokens(forge: ((claims: IdTokenClaims) => string) | undefined): void;
  /** Every id_token the token endpoint handed out (after any forging), oldest first. */
  issuedIdTokens: string[];
  /** An id_token signed with this provider's key (the one its JWKS publishes). */
  signIdToken(claims: Record<string, unknown>): string;
  /** An id_token signed with a key that no JWKS publishes, under this provider's key id. */
  signWithUnknownKey(claims: Record<string, unknown>): string;
  /**
   * Follows an authorization URL of this provider over HTTP as a browser would: the login form is
   * submitted with `login` (or the interaction cancelled), and the URL the provider finally redirects to
   * (the client's redirect URI with `code`, `state` and `iss`, or with `error`) is returned.
   */
  completeLoginOverHttp(authorizeUrl: string, login: LoginInput | 'cancel'): Promise<string>;
  stop(): Promise<void>;
}

const SCOPE_CLAIMS = { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] };

export async function startOidcProvider(options: {
  /** The app's origin: the client's only redirect URI is `${appBaseUrl}/api/auth/callback/oidc`. */
  appBaseUrl: string;
  accounts?: ProviderAccount[];
  clientId?: string;
  clientSecret?: string;
}): Promise<OidcProvider> {
  const clientId = options.clientId ?? 'kit-app';
  const clientSecret = options.clientSecret ?? `secret-${randomUUID()}`;
  const accounts = new Map((options.accounts ?? []).map((account) => [account.sub, account]));
  const keyId = `key-${randomUUID().slice(0, 8)}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingJwk = { ...privateKey.export({ format: 'jwk' }), kid: keyId, use: 'sig', alg: 'RS256' };
  let forge: ((claims: IdTokenClaims) => string) | undefined;
  const issuedIdTokens: string[] = [];

  // The issuer carries the port, so the server listens before the provider exists.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${new URL(options.appBaseUrl).origin}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // better-auth sends the secret in the token request's body.
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [signingJwk] },
    cookies: { keys: [randomUUID()] },
    pkce: { required: () => true },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
    },
    claims: SCOPE_CLAIMS,
    scopes: ['openid', 'email', 'profile'],
    // The id_token carries email and name too (as Google's and Keycloak's do), not only sub.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
  });

  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (ctx.oidc?.route !== 'token' || typeof body?.id_token !== 'string') return;
    if (forge) ctx.body = { ...body, id_token: forge(decodeClaims(body.id_token)) };
    issuedIdTokens.push((ctx.body as { id_token: string }).id_token);
  });

  const providerCallback = provider.callback();
  handle = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const match = /^\/interaction\/([^/]+)(\/abort)?$/.exec(url.pathname);
    if (!match) return providerCallback(req, res);
    interaction(provider, accounts, req, res, match[2] === '/abort').catch((error: unknown) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain');
      res.end(String(error));
    });
  };

  const signIdToken = (claims: Record<string, unknown>) => signJwt(claims, privateKey, keyId);

  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    accounts,
    addAccount(account) {
      accounts.set(account.sub, account);
      return account;
    },
    forgeIdTokens(next) {
      forge = next;
    },
    issuedIdTokens,
    signIdToken,
    signWithUnknownKey: (claims) =>
      signJwt(claims, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, keyId),
    completeLoginOverHttp: (authorizeUrl, login) => completeLoginOverHttp(issuer, authorizeUrl, login),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The login page (or, with a provider session already there, the consent it grants at once). */
async function interaction(
  provider: Provider,
  accounts: Map<string, ProviderAccount>,
  req: IncomingMessage,
  res: ServerResponse,
  abort: boolean,
) {
  const details = await provider.interactionDetails(req, res);
  if (abort) {
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The user cancelled the sign-in.' },
      { mergeWithLastSubmission: false },
    );
  }
  const grantConsent = async (accountId: string) => {
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    return grant.save();
  };
  if (details.prompt.name === 'consent' && details.session) {
    const grantId = await grantConsent(details.session.accountId);
    return provider.interactionFinished(req, res, { consent: { grantId } });
  }
  if (req.method !== 'POST') return sendLoginPage(res, details.uid);
  const form = new URLSearchParams(await readBody(req));
  const login = form.get('login') ?? '';
  const account =
    accounts.get(login) ?? [...accounts.values()].find((candidate) => candidate.email === login);
  if (!account || (account.password !== undefined && account.password !== form.get('password'))) {
    return sendLoginPage(res, details.uid, 'Unknown login or wrong password.');
  }
  const grantId = await grantConsent(account.sub);
  return provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.sub }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

function sendLoginPage(res: ServerResponse, uid: string, error?: string) {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  res.statusCode = error ? 401 : 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body>
<h1>Test identity provider</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<label>Username <input name="login" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button>
</form>
<a href="${escapeHtml(`${action}/abort`)}">Cancel</a>
</body></html>`);
}

async function completeLoginOverHttp(
  issuer: string,
  authorizeUrl: string,
  login: LoginInput | 'cancel',
): Promise<string> {
  const cookies = new Map<string, string>();
  const send = async (url: URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookies.size > 0) {
      headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(header)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  const origin = new URL(issuer).origin;
  let url = new URL(authorizeUrl);
  let submitted = false;
  for (let hop = 0; hop < 10; hop++) {
    if (url.origin !== origin) return url.toString();
    let response = await send(url);
    if (response.status === 200 && /^\/interaction\/[^/]+$/.test(url.pathname) && !submitted) {
      submitted = true;
      await response.body?.cancel();
      response =
        login === 'cancel'
          ? await send(new URL(`${url.pathname}/abort`, origin))
          : await send(url, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ login: login.login, password: login.password ?? '' }).toString(),
            });
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`The provider answered ${url} with ${response.status}: ${await response.text()}`);
    }
    url = new URL(location, url);
  }
  throw new Error('The provider redirected too many times.');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export function decodeClaims(jwt: string): IdTokenClaims {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as IdTokenClaims;
}

function signJwt(claims: Record<string, unknown>, key: KeyObject, keyId: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT', kid: keyId })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(signingInput), key);
  return `${signingInput}.${signature.toString('base64url')}`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
