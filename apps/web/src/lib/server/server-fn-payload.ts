// Start reads a server function's input as seroval JSON (the `payload` query of a GET, the JSON body of a
// POST), or as form data. A body in another shape makes Start throw while parsing, before any middleware
// could turn the error into a status: it would answer 500 with the parser's message. Checked here first,
// it is a 400.
import { defaultSerovalDeserializerPlugins } from '@tanstack/react-start';
import { fromJSON } from 'seroval';

function isFormBody(contentType: string): boolean {
  return (
    contentType.includes('multipart/form-data') || contentType.includes('application/x-www-form-urlencoded')
  );
}

/** The serialized payload of a server-function request, or null when it carries none. */
async function serializedPayload(request: Request): Promise<string | null> {
  if (request.method === 'GET') return new URL(request.url).searchParams.get('payload');
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.includes('application/json')) return null;
  // An empty JSON body is not "no payload" to Start: it fails to parse it.
  return request.clone().text();
}

async function isReadableForm(request: Request): Promise<boolean> {
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

/** True when Start can read the request's payload (or there is none). */
export async function hasReadablePayload(request: Request): Promise<boolean> {
  if (request.method !== 'GET' && isFormBody(request.headers.get('content-type') ?? '')) {
    return isReadableForm(request);
  }
  const text = await serializedPayload(request);
  if (text === null) return true;
  try {
    // Start's own plugins without the app's serialization adapters (those serialize answers, and need the
    // Start context, which request middleware does not have yet).
    fromJSON(JSON.parse(text), { plugins: defaultSerovalDeserializerPlugins });
    return true;
  } catch {
    return false;
  }
}
