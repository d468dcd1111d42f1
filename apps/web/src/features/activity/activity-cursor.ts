import { ValidationError } from '@kit/errors';
import { m } from '~/paraglide/messages';

/** A position in the log: created_at to the microsecond (ISO, UTC; a JS Date would drop them) and the id. */
export interface ActivityPosition {
  createdAt: string;
  id: string;
}

const MICROSECOND_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(position: ActivityPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

/** A real instant (a regular expression lets 2024-13-45T99:99:99 through, which PostgreSQL then rejects). */
function isRealInstant(iso: string): boolean {
  const milliseconds = iso.slice(0, 23);
  const parsed = new Date(`${milliseconds}Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 23) === milliseconds;
}

/** The position a cursor names; a 400 for anything this server did not hand out. */
export function decodeCursor(cursor: string): ActivityPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    MICROSECOND_ISO.test(value[0]) &&
    isRealInstant(value[0]) &&
    typeof value[1] === 'string' &&
    value[1].length <= 64
  ) {
    return { createdAt: value[0], id: value[1] };
  }
  throw new ValidationError({ cursor: [m.activity_err_cursor()] });
}
