// Which request the early get-session answer serves, without loading better-auth: the server entry asks
// this on every request.

export const GET_SESSION_PATH = '/api/auth/get-session';

/** A plain `GET /api/auth/get-session`: no query flags, which only better-auth's own handler honours. */
export function isPlainGetSession(request: Request, url: URL): boolean {
  return request.method === 'GET' && url.pathname === GET_SESSION_PATH && url.search === '';
}
