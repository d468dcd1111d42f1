import { MAIL_LOG_PREFIX } from './mail-line';

const LEVEL_COLUMN = 5;
// Fields the readable line shows in its own place; the rest follow as key=value.
const PLACED = new Set(['level', 'time', 'msg', 'reqId', 'method', 'path', 'fn', 'status', 'durationMs']);

function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * One pino JSON line as a line for a person (development): time, level, request id, method, route or
 * server function, status, duration, then the other fields; an error's stack on the lines below.
 */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  if (entry.mail !== undefined) return `${MAIL_LOG_PREFIX} ${JSON.stringify(entry.mail)}\n`;
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : '';
  const parts = [
    time,
    String(entry.level ?? '')
      .toUpperCase()
      .padEnd(LEVEL_COLUMN),
  ];
  if (entry.reqId) parts.push(`[${formatValue(entry.reqId).slice(0, 8)}]`);
  if (entry.method) parts.push(formatValue(entry.method));
  if (entry.fn ?? entry.path) parts.push(formatValue(entry.fn ?? entry.path));
  if (entry.status !== undefined) parts.push(formatValue(entry.status));
  if (entry.durationMs !== undefined) parts.push(`${formatValue(entry.durationMs)}ms`);
  if (entry.msg) parts.push(formatValue(entry.msg));
  const { err, ...rest } = entry;
  for (const [key, value] of Object.entries(rest)) {
    if (!PLACED.has(key) && value !== undefined) parts.push(`${key}=${formatValue(value)}`);
  }
  const stack = err && typeof err === 'object' && 'stack' in err ? `\n${String(err.stack)}` : '';
  return `${parts.filter(Boolean).join(' ')}${stack}\n`;
}
