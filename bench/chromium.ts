/**
 * How Juxta drives a browser: Debian's Chromium (never a playwright download), headless, with the
 * flags this machine's closed network needs. Shared by `npm run bench:web` and the e2e tests.
 */
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is (`apt-get install chromium`); `CHROMIUM_PATH` overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
