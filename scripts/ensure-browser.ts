/**
 * Makes sure a Chromium exists for the browser tests, the way `playwright install --with-deps` would on Debian:
 * CHROME_PATH if set, else an installed Chromium, else (as root, with apt) Debian's `chromium` package.
 * Otherwise it stops with a one-line instruction. Playwright's own browser download does not work offline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

function install(): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log('ensure-browser: no Chromium found; installing Debian chromium with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

let path = findChromium();
if (process.env['CHROME_PATH'] && !existsSync(process.env['CHROME_PATH'])) {
  console.error(`ensure-browser: CHROME_PATH=${process.env['CHROME_PATH']} does not exist.`);
  process.exit(1);
}
if (!path) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      'ensure-browser: no Chromium found. Run `sudo apt-get install -y chromium` or set CHROME_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
  install();
  path = findChromium();
  if (!path) {
    console.error('ensure-browser: apt-get finished but no Chromium was found; set CHROME_PATH.');
    process.exit(1);
  }
}
console.log(`ensure-browser: using ${path}`);
