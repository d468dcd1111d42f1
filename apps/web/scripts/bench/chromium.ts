import { type Browser, chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What Chromium needs on this kind of machine: no sandbox (root), no GPU, no background traffic. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A `Cookie` header ("name=value; …") as the browser's cookies for the origin of `url`. */
export function browserCookies(cookie: string, url: string) {
  const origin = new URL(url).origin;
  return cookie.split('; ').map((pair) => {
    const separator = pair.indexOf('=');
    return { name: pair.slice(0, separator), value: pair.slice(separator + 1), url: origin };
  });
}
