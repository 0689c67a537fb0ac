// The French and Spanish editions as a reader meets them: the switcher keeps the page, search stays in the
// language, translated quotations say so, and each edition has its own feed.
import { expect, test } from '@playwright/test';
import { axeViolations, watch } from './site.ts';

test('the language switcher leads to the same page in each language', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL ?? '').origin);
  await page.goto('/deals/us-rwanda/');
  const switcher = page.locator('header nav.languages');
  await expect(switcher.locator('a[aria-current="true"]')).toHaveText('English');
  await switcher.locator('a', { hasText: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/deals\/us-rwanda\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('h1')).toContainText('Rwanda');
  await expect(page.locator('h1')).not.toHaveAttribute('lang', 'en');
  await expect(page.locator('header nav[aria-label="Navigation principale"], header nav').first()).toContainText(
    'Accords',
  );
  await page.locator('header nav.languages a', { hasText: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/deals\/us-rwanda\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('header nav.languages a[hreflang="en"]')).toHaveAttribute('href', '/deals/us-rwanda/');
  expect(problems).toEqual([]);
});

test('a translated quotation is marked as translated, and the story says who translated its quotations', async ({
  page,
}) => {
  await page.goto('/fr/deals/us-rwanda/');
  const quote = page.locator('#event-us-rwanda-2025-05-04-talks-confirmed blockquote');
  await expect(quote).toContainText('«');
  await expect(quote.locator('footer')).toContainText('(traduction)');
  await page.goto('/es/stories/rwanda-us-talks/');
  await expect(page.locator('article.story')).toContainText('traducciones de la redacción');
});

for (const [locale, query, count] of [
  ['fr', 'expulsés', /\d+ résultats?\./],
  ['es', 'deportados', /\d+ resultados?\./],
] as const) {
  test(`search in ${locale} finds ${locale} pages only`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-status')).toHaveText(count, { timeout: 20_000 });
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('each language has its own feed, in its language', async ({ request }) => {
  for (const [path, lang] of [
    ['/feeds/stories.atom', 'en'],
    ['/fr/feeds/stories.atom', 'fr'],
    ['/es/feeds/corrections.atom', 'es'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain(`xml:lang="${lang}"`);
  }
});
