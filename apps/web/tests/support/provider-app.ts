// The production build with the test OpenID provider (oidc-provider on 127.0.0.1) configured, and the
// steps a test takes through it as a browser would.
import { expect } from 'vitest';
import { type AppServer, freePort, startAppServer } from './app-server';
import type { HttpClient } from './http-client';
import { type OidcProvider, type ProviderAccount, startOidcProvider } from './oidc-provider';

export interface ProviderApp {
  app: AppServer;
  idp: OidcProvider;
  stop: () => Promise<void>;
}

/** The provider first: it registers the app's callback URL, so the app's port is chosen before either starts. */
export async function startProviderApp(env: Record<string, string> = {}): Promise<ProviderApp> {
  const port = await freePort();
  const idp = await startOidcProvider({ appBaseUrl: `http://localhost:${port}` });
  const app = await startAppServer(
    {
      OIDC_DISCOVERY_URL: idp.discoveryUrl,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      ...env,
    },
    { port },
  );
  return {
    app,
    idp,
    stop: async () => {
      await app.stop();
      await idp.stop();
    },
  };
}

/** A verified account at the provider. */
export function providerAccount(
  idp: OidcProvider,
  email = `idp-${crypto.randomUUID().slice(0, 8)}@example.test`,
): ProviderAccount {
  return idp.addAccount({
    sub: `sub-${crypto.randomUUID()}`,
    email,
    emailVerified: true,
    name: 'Pat Provider',
  });
}

/** Sign-in started in the app, login at the provider, back to the app: the app's answer to the callback. */
export async function signInWithProvider(
  { app, idp }: ProviderApp,
  client: HttpClient,
  login: ProviderAccount,
): Promise<Response> {
  const started = await client.authPost('sign-in/social', {
    provider: 'oidc',
    callbackURL: '/dashboard',
    errorCallbackURL: '/auth/sign-in',
  });
  expect(started.status).toBe(200);
  const { url } = (await started.json()) as { url: string };
  const callback = new URL(await idp.completeLoginOverHttp(url, { login: login.sub }));
  expect(callback.origin).toBe(app.baseUrl);
  return client.request(callback.pathname + callback.search);
}

/** Whom get-session names for the client's cookies (null: signed out). */
export async function signedInEmail(client: HttpClient): Promise<string | null> {
  const response = await client.request('/api/auth/get-session', { headers: { origin: client.origin } });
  const body = (await response.json()) as { user?: { email: string } } | null;
  return body?.user?.email ?? null;
}
