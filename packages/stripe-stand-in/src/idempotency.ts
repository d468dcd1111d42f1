import { StripeApiError } from './errors';
import type { Params } from './form';

export interface StoredAnswer {
  status: number;
  body: string;
}

interface Entry extends StoredAnswer {
  fingerprint: string;
}

/** JSON with sorted keys: the same parameters in another order are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Stripe's idempotent requests: a POST whose `Idempotency-Key` was seen before gets the stored answer
 * again, without a second effect; the same key with other parameters (or on another endpoint) is a 400
 * `idempotency_error`. Only answers of requests that ran (2xx) are stored, as Stripe stores no result
 * for a request that failed validation or never reached the endpoint.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  /** The stored answer for this key, `undefined` if the key is new; throws if the parameters differ. */
  replay(key: string, method: string, path: string, params: Params): StoredAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.fingerprint !== fingerprint(method, path, params)) {
      throw new StripeApiError(
        400,
        'idempotency_error',
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return { status: entry.status, body: entry.body };
  }

  remember(key: string, method: string, path: string, params: Params, answer: StoredAnswer): void {
    if (answer.status >= 200 && answer.status < 300) {
      this.entries.set(key, { ...answer, fingerprint: fingerprint(method, path, params) });
    }
  }
}

function fingerprint(method: string, path: string, params: Params): string {
  return `${method} ${path} ${canonical(params)}`;
}
