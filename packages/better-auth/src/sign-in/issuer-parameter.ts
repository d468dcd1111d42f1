import type { BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware } from 'better-auth/api';
import type { HookContext } from '../hooks/hook-context';

const DISCOVERY_TIMEOUT_MS = 10_000;

/**
 * RFC 9207: a provider whose discovery document says it names itself (`iss`) in every authorization
 * response must do so. better-auth compares `iss` when a callback carries one; a callback without it,
 * from such a provider, is refused here too, so stripping `iss` cannot dodge the comparison (a mix-up of
 * providers). Providers that do not advertise it are unaffected.
 */
export function requireAdvertisedIssuerParameter(options: {
  providerId: string;
  discoveryUrl: string;
  errorUrl: string;
}): BetterAuthPlugin {
  let advertised: Promise<boolean> | undefined;
  const advertises = () => {
    advertised ??= readAdvertisement(options.discoveryUrl).catch(() => {
      advertised = undefined; // asked again on the next callback
      return false;
    });
    return advertised;
  };
  return {
    id: 'kit-issuer-parameter',
    hooks: {
      before: [
        {
          matcher: (ctx) => isCallbackOf(ctx, options.providerId),
          handler: createAuthMiddleware(async (ctx) => {
            if (responseParameter(ctx, 'iss') || !(await advertises())) return;
            const refused = new URL(options.errorUrl);
            refused.searchParams.set('error', 'issuer_missing');
            throw ctx.redirect(refused.toString());
          }),
        },
      ],
    },
  };
}

async function readAdvertisement(discoveryUrl: string): Promise<boolean> {
  const response = await fetch(discoveryUrl, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const document = (await response.json()) as { authorization_response_iss_parameter_supported?: unknown };
  return document.authorization_response_iss_parameter_supported === true;
}

function isCallbackOf(ctx: { path?: string; params?: unknown }, providerId: string): boolean {
  if (!ctx.path?.startsWith('/callback/')) return false;
  const id = (ctx.params as Record<string, unknown> | undefined)?.id ?? ctx.path.slice('/callback/'.length);
  return id === providerId;
}

/** A parameter of the provider's answer: in the query, or in the body for `response_mode=form_post`. */
function responseParameter(ctx: HookContext, name: string): string | undefined {
  for (const source of [ctx.query, ctx.body]) {
    const value = (source as Record<string, unknown> | undefined)?.[name];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}
