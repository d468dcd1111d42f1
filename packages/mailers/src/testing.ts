import { MAIL_LOG_PREFIX } from './transports';

export interface LoggedEmail {
  to: string;
  subject: string;
  links: string[];
  text: string;
}

/** The emails the development transport wrote into a server's log output, oldest first. */
export function emailsInLog(output: string): LoggedEmail[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(`${MAIL_LOG_PREFIX} `))
    .map((line) => JSON.parse(line.slice(MAIL_LOG_PREFIX.length + 1)) as LoggedEmail);
}
