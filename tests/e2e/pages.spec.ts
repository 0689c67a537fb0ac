// Every built page: loads cleanly, stays on its own origin, has the base landmarks, and passes axe.
import { localeOfPath } from '../../src/i18n/locales.ts';
import { expect, test } from '@playwright/test';
import { axeViolations, builtPages, watch } from './site.ts';

const pages = builtPages();

test('the build has every fixed page (the axe sweep below covers what was built), deal pages and story pages', () => {
  for (const path of [
    '/',
    '/stories/',
    '/deals/',
    '/timeline/',
    '/sources/',
    '/methodology/',
    '/corrections/',
    '/data/',
    '/search/',
    '/styleguide/',
    '/embed/map/',
    '/embed/timeline/',
    '/404.html',
  ]) {
    expect(pages).toContain(path);
  }
  expect(pages.filter((p) => p.startsWith('/deals/') && p !== '/deals/').length).toBeGreaterThanOrEqual(3);
  expect(pages.filter((p) => p.startsWith('/stories/') && p !== '/stories/').length).toBeGreaterThanOrEqual(1);
});

for (const path of pages) {
  test.describe(path, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const javaScriptEnabled of [true, false]) {
        const js = javaScriptEnabled ? 'JS on' : 'JS off';
        test(`loads cleanly and passes axe (${colorScheme}, ${js})`, async ({ browser, baseURL }) => {
          // axe itself needs script execution, so "JS off" serves the page's own scripts empty instead: the DOM is
          // then exactly what a reader without JavaScript gets.
          const context = await browser.newContext({ colorScheme });
          if (!javaScriptEnabled) {
            await context.route('**/*.js', (route) =>
              route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
            );
          }
          const page = await context.newPage();
          const problems = watch(page, new URL(baseURL ?? '').origin);
          const response = await page.goto(path);
          expect(response?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', localeOfPath(path));
          await expect(page.locator('h1')).toHaveCount(1);
          await expect(page.locator('main#main')).toHaveCount(1);
          expect(await page.title()).toMatch(/\S/);
          expect(await axeViolations(page)).toEqual([]);
          expect(problems).toEqual([]);
          await context.close();
        });
      }
    }
  });
}

test('axe passes with the map tooltip and the timeline card open', async ({ page }) => {
  await page.goto('/');
  const map = page.locator('world-map').first();
  await expect(map.locator('.controls')).toBeVisible();
  await map.locator('a[data-deal][tabindex="0"]').focus();
  await expect(map.locator('.tooltip')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/timeline/');
  const timeline = page.locator('deal-timeline').first();
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline.locator('.controls')).toBeVisible();
  await timeline.locator('a[data-event][tabindex="0"]').focus();
  await expect(timeline.locator('.card')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/deals/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('security headers from public/_headers are served, and pages carry a hashed CSP', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
  const html = await response.text();
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp).toContain("default-src 'self'");
});
