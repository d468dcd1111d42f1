// A user agent in a few words for the activity log ("Firefox on Windows"); the full string stays in the
// database for the admin panel.

const BROWSERS: Array<[RegExp, string]> = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
  [/curl\//i, 'curl'],
];

const SYSTEMS: Array<[RegExp, string]> = [
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

function firstMatch(list: Array<[RegExp, string]>, value: string): string | undefined {
  return list.find(([pattern]) => pattern.test(value))?.[1];
}

/** "Chrome · macOS", or the first 40 characters of an agent neither list knows; null when absent. */
export function shortUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = firstMatch(BROWSERS, userAgent);
  const system = firstMatch(SYSTEMS, userAgent);
  if (!browser && !system) return userAgent.length > 40 ? `${userAgent.slice(0, 40)}…` : userAgent;
  return [browser, system].filter(Boolean).join(' · ');
}
