import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, prepareTemplateDatabase, startPostgresServer } from '@kit/database/testing';
import { startStripeStandIn } from '@kit/stripe-stand-in';
import { appMigrations } from '../scripts/lib/app-migrations';
import { freePort, startAppServer } from '../tests/support/app-server';
import { type OidcProvider, type ProviderAccount, startOidcProvider } from '../tests/support/oidc-provider';
import { E2E_PRICES } from './support/billing';
import { OIDC_PROVIDER_NAME } from './support/oidc';
import { startWebhookRelay } from './support/webhook-relay';

const WEBHOOK_SECRET = 'whsec_e2e';

export default async function globalSetup() {
  const postgres = await startPostgresServer();
  await prepareTemplateDatabase(postgres.url, [appMigrations]);
  process.env.DATABASE_URL = await createTestDatabase(postgres.url);
  // The server's log holds the emails of the development mail transport; tests read links there.
  process.env.E2E_SERVER_LOG = path.join(mkdtempSync(path.join(tmpdir(), 'kit-e2e-')), 'server.log');
  // An OpenID provider the app trusts ("Continue with Test SSO"). It registers the app's callback URL,
  // so the app's port is chosen first.
  const port = await freePort();
  const idp = await startOidcProvider({ appBaseUrl: `http://localhost:${port}` });
  const accounts = await startAccountsEndpoint(idp);
  process.env.E2E_OIDC_ACCOUNTS_URL = accounts.url;
  // Billing is on, as a fork that sells plans runs it: a Stripe stand-in whose hosted checkout pays at once
  // and delivers signed webhooks (through a relay the tests can hold) to the app.
  const relay = await startWebhookRelay(`http://localhost:${port}/api/billing/webhook`);
  process.env.E2E_WEBHOOK_RELAY_URL = relay.controlUrl;
  const stripe = await startStripeStandIn({ webhookUrl: relay.url, webhookSecret: WEBHOOK_SECRET });
  stripe.addPrice({ id: E2E_PRICES.pro, unitAmount: 1900, currency: 'eur' });
  stripe.addPrice({ id: E2E_PRICES.team, unitAmount: 900, currency: 'eur' });
  const app = await startAppServer(
    {
      OIDC_DISCOVERY_URL: idp.discoveryUrl,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_PROVIDER_NAME,
      STRIPE_SECRET_KEY: 'sk_test_e2e',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: stripe.url,
      STRIPE_PRICE_PRO: E2E_PRICES.pro,
      STRIPE_PRICE_TEAM: E2E_PRICES.team,
    },
    { logFile: process.env.E2E_SERVER_LOG, port },
  );
  process.env.E2E_BASE_URL = app.baseUrl;
  return async () => {
    await app.stop();
    await stripe.close();
    await relay.stop();
    await accounts.stop();
    await idp.stop();
    await postgres.stop();
  };
}

/**
 * The tests run in other processes than this setup: they add the provider's accounts they need by
 * posting them here (e2e/support/oidc.ts), on 127.0.0.1 only.
 */
async function startAccountsEndpoint(idp: OidcProvider): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      try {
        if (req.method !== 'POST') throw new Error('POST an account');
        idp.addAccount(JSON.parse(body) as ProviderAccount);
        res.statusCode = 204;
        res.end();
      } catch (error) {
        res.statusCode = 400;
        res.end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/accounts`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
