/** Prefix of an email's line in a development log; one JSON object follows it on the same line. */
export const MAIL_LOG_PREFIX = '[mail]';

/** The fields an email written to the log carries (the development mail transport). */
export interface MailLogEntry {
  to: string;
  subject: string;
  links: string[];
  text?: string;
  withheld?: string;
}

/**
 * The emails in a server's log output, oldest first: `[mail] {json}` lines (development) and JSON lines
 * with a `mail` field (production).
 */
export function mailEntriesInLog(output: string): MailLogEntry[] {
  const entries: MailLogEntry[] = [];
  for (const line of output.split('\n')) {
    if (line.startsWith(`${MAIL_LOG_PREFIX} `)) {
      entries.push(JSON.parse(line.slice(MAIL_LOG_PREFIX.length + 1)) as MailLogEntry);
    } else if (line.startsWith('{') && line.includes('"mail":')) {
      const parsed = JSON.parse(line) as { mail?: MailLogEntry };
      if (parsed.mail) entries.push(parsed.mail);
    }
  }
  return entries;
}
