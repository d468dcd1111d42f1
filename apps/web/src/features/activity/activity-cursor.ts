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
    typeof value[1] === 'string' &&
    value[1].length <= 64
  ) {
    return { createdAt: value[0], id: value[1] };
  }
  throw new ValidationError({ cursor: [m.activity_err_cursor()] });
}
