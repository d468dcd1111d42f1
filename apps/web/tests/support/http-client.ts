import { toJSONAsync } from 'seroval';
import { decodeSeroval } from './seroval-json';

/** A cookie-carrying client for the app, as a browser on `baseUrl` would call it. */
export class HttpClient {
  cookie = '';
  /** Headers sent with every request unless the request sets them (a simulated client address, say). */
  defaultHeaders: Record<string, string> = {};

  constructor(
    readonly baseUrl: string,
    readonly origin: string = new URL(baseUrl).origin,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie && !headers.has('cookie')) headers.set('cookie', this.cookie);
    for (const [name, value] of Object.entries(this.defaultHeaders)) {
      if (!headers.has(name)) headers.set(name, value);
    }
    const response = await fetch(new URL(path, this.baseUrl), { redirect: 'manual', ...init, headers });
    this.absorbCookies(response);
    return response;
  }

  private absorbCookies(response: Response) {
    const jar = new Map(
      this.cookie
        .split('; ')
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
    );
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim())) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** POST to better-auth's JSON API. */
  authPost(path: string, body: unknown): Promise<Response> {
    return this.request(`/api/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.origin },
      body: JSON.stringify(body),
    });
  }

  signIn(credentials: { email: string; password: string }) {
    return this.authPost('sign-in/email', credentials);
  }

  /**
   * Calls a server function by id (`<file under src>--<export name>`) the way Start's client does.
   * `origin` can be overridden to forge a cross-site call; `path` calls another URL path with the same
   * request (to try paths that are not the function's own).
   */
  async serverFn(
    id: string,
    options: {
      method?: 'GET' | 'POST';
      data?: unknown;
      origin?: string | null;
      headers?: Record<string, string>;
      path?: string;
    } = {},
  ): Promise<{ status: number; body: unknown; response: Response }> {
    const method = options.method ?? 'POST';
    const headers: Record<string, string> = {
      ...options.headers,
      'x-tsr-serverFn': 'true',
      accept: 'application/json',
    };
    const origin = options.origin === undefined ? this.origin : options.origin;
    if (origin !== null) headers.origin = origin;
    const payload = JSON.stringify(await toJSONAsync({ data: options.data }));
    const path = options.path ?? `/_serverFn/${encodeURIComponent(id)}`;
    const response =
      method === 'GET'
        ? await this.request(`${path}?payload=${encodeURIComponent(payload)}`, { method, headers })
        : await this.request(path, {
            method,
            headers: { ...headers, 'content-type': 'application/json' },
            body: payload,
          });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = decodeSeroval(JSON.parse(text));
    } catch {
      // not a serialized payload (for example the CSRF refusal)
    }
    return { status: response.status, body, response };
  }
}

/** A client signed in as `person` (email + password); throws when the sign-in is not answered 200. */
export async function signedInClient(
  baseUrl: string,
  person: { email: string; password: string },
): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const response = await client.signIn(person);
  if (response.status !== 200) throw new Error(`signing in ${person.email} answered ${response.status}`);
  return client;
}
