import { mailEntriesInLog } from '@kit/logger';

export interface LoggedEmail {
  to: string;
  subject: string;
  links: string[];
  text: string;
}

/** The emails the development transport wrote into a server's log output, oldest first. */
export function emailsInLog(output: string): LoggedEmail[] {
  return mailEntriesInLog(output).map((entry) => ({ ...entry, text: entry.text ?? '' }));
}
