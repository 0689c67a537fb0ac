/** Where the browser for tests lives, and how to start it on a machine with no network but the registries. */
import { existsSync } from 'node:fs';

/** Flags that stop Chromium from reaching for hosts it cannot reach, and let it run as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROME_PATH when set, else the first Chromium found in the usual places, else undefined. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export function chromiumPath(): string {
  const path = findChromium();
  if (!path)
    throw new Error(
      'No Chromium found: run `node scripts/ensure-browser.ts` (it installs Debian chromium), or set CHROME_PATH.',
    );
  return path;
}
