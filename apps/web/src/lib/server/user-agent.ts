// A user agent in the words a person reads ("Firefox 140", "Windows 10"), for the sessions page and the
// activity log; the full string stays in the database.
import { UAParser } from 'ua-parser-js';

export interface DeviceDescription {
  /** The browser's name and major version; null when the agent does not say. */
  browser: string | null;
  /** The operating system's name and version; null when the agent does not say. */
  os: string | null;
}

export function describeUserAgent(userAgent: string | null): DeviceDescription {
  if (!userAgent) return { browser: null, os: null };
  const { browser, os } = UAParser(userAgent);
  return {
    browser: [browser.name, browser.major].filter(Boolean).join(' ') || null,
    os: [os.name, os.version].filter(Boolean).join(' ') || null,
  };
}
