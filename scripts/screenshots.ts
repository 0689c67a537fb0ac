/**
 * `npm run screenshots -- [paths…]`: captures built pages in light and dark, at 360 px and 1280 px wide, into
 * .tmp/screenshots/ for a person to look at. Needs `npm run preview` (or `npm start`) running on port 4321.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './browser.ts';

const base = process.env['BASE_URL'] ?? 'http://127.0.0.1:4321';
const paths =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/stories/rwanda-us-talks/', '/deals/us-rwanda/'];
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(base + path);
      const name = `${path.replace(/\W+/g, '_') || 'home'}-${colorScheme}-${width}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
